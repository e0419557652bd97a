#pragma once

#include "registry/GraphQlPart.h"
#include "registry/parts/AccountAccess.h"

class GraphQlClient;
class MetabindRest;

// Metabind's account part: a pasted project key ("org:project:key" or a bare key), sent as x-api-key, and a
// cheap query that tells whether the registry accepts it. Metabind's GraphQL has no "who am I": the profile
// of an accepted key is empty, or names who signed in over REST (rest/MetabindRestAccount).
class MetabindAccount : public AccountAccess, protected GraphQlPart
{
public:
    // `rest` (may be null) tells whether a key is sent at all and who signed in over REST.
    MetabindAccount(GraphQlClient* client, QObject* jobParent, const MetabindRest* rest = nullptr);

    UserJob* currentUser() override;
    Credential credentialFromPastedKey(const QString& pasted) const override;

private:
    const MetabindRest* m_rest;
};
