#pragma once

#include "registry/RegistryBackend.h"

#include <QCoreApplication>

class GraphQlClient;

// WasmerBackend's namespaces (Depot's "catalogs") and users: getNamespace, its packages connection, getUser.
// Jobs are children of `jobParent` (the backend).
class WasmerBrowse
{
    Q_DECLARE_TR_FUNCTIONS(WasmerBrowse)
public:
    WasmerBrowse(GraphQlClient* client, QObject* jobParent);

    CatalogJob* catalog(const QString& slug);
    PackagePageJob* catalogPackages(const QString& catalogSlug, const PageRequest& page);
    UserJob* user(const QString& username);

private:
    GraphQlClient* m_client;
    QObject* m_jobParent;
};
