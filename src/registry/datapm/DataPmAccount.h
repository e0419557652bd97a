#pragma once

#include "graphql/RequestOptions.h"
#include "registry/RegistryBackend.h"

#include <QCoreApplication>

class GraphQlClient;

// DataPmBackend's sign-in and API keys: login, me, myCatalogs, myAPIKeys, createAPIKey, deleteAPIKey.
// Requests carry whatever credential the backend's HeaderProvider gives; these intents only make or
// describe credentials. Jobs are children of `jobParent` (the backend). Mutations are never retried.
class DataPmAccount
{
    Q_DECLARE_TR_FUNCTIONS(DataPmAccount)
public:
    DataPmAccount(GraphQlClient* client, QObject* jobParent);

    CredentialJobResult* signIn(const QString& username, const QString& password);
    UserJob* currentUser();
    CatalogPageJob* myCatalogs();
    ApiKeyListJob* apiKeys();
    // With all three scopes: DataPM refuses a key with fewer (ALL_SCOPES_REQUIRED).
    CreatedApiKeyJob* createApiKey(const QString& label);
    DoneJob* deleteApiKey(const QString& keyId);

private:
    RequestOptions mutationOptions() const;

    GraphQlClient* m_client;
    QObject* m_jobParent;
};
