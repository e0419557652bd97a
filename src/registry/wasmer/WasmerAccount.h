#pragma once

#include "graphql/RequestOptions.h"
#include "registry/RegistryBackend.h"

#include <QCoreApplication>

class GraphQlClient;

// WasmerBackend's sign-in and API tokens: tokenAuth, viewer, viewer.apiTokens, generateApiToken,
// revokeApiToken. Requests carry whatever token the backend's HeaderProvider gives. Jobs are children of
// `jobParent` (the backend). Mutations are never retried.
class WasmerAccount
{
    Q_DECLARE_TR_FUNCTIONS(WasmerAccount)
public:
    WasmerAccount(GraphQlClient* client, QObject* jobParent);

    CredentialJobResult* signIn(const QString& username, const QString& password);
    // Fails with token NOT_AUTHENTICATED when viewer is null (no token, or one the registry refuses).
    UserJob* currentUser();
    // The first 100 tokens: people have a handful; a longer list is not worth a paging model here.
    ApiKeyListJob* apiKeys();
    CreatedApiKeyJob* createApiKey(const QString& label);
    DoneJob* deleteApiKey(const QString& keyId);

private:
    RequestOptions mutationOptions() const;

    GraphQlClient* m_client;
    QObject* m_jobParent;
};
