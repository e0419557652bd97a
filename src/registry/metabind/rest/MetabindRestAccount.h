#pragma once

#include "registry/parts/ApiKeyManagement.h"
#include "registry/parts/PasswordSignIn.h"

#include <QCoreApplication>

class MetabindRest;
class QObject;

// Metabind's account over REST: signing in with email and password (POST auth/login; the JWT becomes a
// session token for the REST paths only, kept in memory by the account session) and the API keys of the
// project the key in use names: list (active keys), create (the secret "org:project:key" in the answer
// only) and revoke (PUT status "revoked": the key is refused from then on). Without a sign-in, or once it
// has expired, the requests are not sent and the jobs say so (MetabindErrors::notSignedIn).
class MetabindRestAccount : public PasswordSignIn, public ApiKeyManagement
{
    Q_DECLARE_TR_FUNCTIONS(MetabindRestAccount)
public:
    MetabindRestAccount(MetabindRest* rest, QObject* jobParent);

    Identity identity() const override { return Identity::Email; }
    CredentialJobResult* signIn(const QString& email, const QString& password) override;
    ApiKeyListJob* listKeys() override;
    CreatedApiKeyJob* createKey(const QString& label) override;
    DoneJob* deleteKey(const QString& keyId) override;

private:
    MetabindRest* m_rest;
    QObject* m_jobParent;
};
