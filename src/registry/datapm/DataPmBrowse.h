#pragma once

#include "registry/RegistryBackend.h"

#include <QCoreApplication>

class GraphQlClient;

// DataPmBackend's catalogs, collections and users: turns the intents into operations and binds the answers
// to DataPmBrowseDecoder. Jobs are children of `jobParent` (the backend).
class DataPmBrowse
{
    Q_DECLARE_TR_FUNCTIONS(DataPmBrowse)
public:
    DataPmBrowse(GraphQlClient* client, QObject* jobParent);

    // An empty query lists every catalog / collection the caller may see.
    CatalogPageJob* searchCatalogs(const QString& query, const PageRequest& page);
    CatalogJob* catalog(const QString& slug);
    PackagePageJob* catalogPackages(const QString& catalogSlug, const PageRequest& page);
    CollectionPageJob* searchCollections(const QString& query, const PageRequest& page);
    CollectionJob* collection(const QString& slug);
    PackagePageJob* collectionPackages(const QString& collectionSlug, const PageRequest& page);
    UserJob* user(const QString& username);

private:
    // `kind` is "catalog" or "collection": the operation <Kind>Packages and the field <kind>Packages.
    PackagePageJob* packageList(const QString& kind, const QString& slug, const PageRequest& page);

    GraphQlClient* m_client;
    QObject* m_jobParent;
};
