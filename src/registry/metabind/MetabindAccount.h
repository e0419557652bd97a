#pragma once

#include "registry/GraphQlPart.h"
#include "registry/parts/AccountAccess.h"

class GraphQlClient;

// Metabind's account part: a pasted project key ("org:project:key" or a bare key), sent as x-api-key, and a
// cheap query that tells whether the registry accepts it. Metabind's GraphQL has no "who am I": the profile
// of an accepted key is empty. Keys are made over REST with a user JWT, which Depot does not do yet.
class MetabindAccount : public AccountAccess, protected GraphQlPart
{
public:
    MetabindAccount(GraphQlClient* client, QObject* jobParent);

    UserJob* currentUser() override;
    Credential credentialFromPastedKey(const QString& pasted) const override;
};
