#pragma once

#include "registry/RegistryBackend.h"

#include <QObject>

class GraphQlClient;

// DataPmBackend's publishing intents (the backend only delegates here): package-file checks and the version
// editor (pure), the publish job, and the small mutations around it (catalog, delete, make public).
class DataPmPublishing
{
public:
    // Cheap to make: it holds only the backend's client and the parent for its jobs.
    DataPmPublishing(GraphQlClient* client, QObject* jobParent);

    PackageFileCheck checkPackageFile(const QByteArray& text, const PackageFileFields& overrides) const;
    QByteArray packageFileWithVersion(const QByteArray& text, const QString& version) const;
    PackageFileDraftJob* packageFileFromData(const QUrl& dataUrl, const PackageFileFields& fields);
    PublishJob* publish(const PublishRequest& request);
    CatalogJob* createCatalog(const Catalog& catalog);
    DoneJob* deletePackage(const PackageId& id);
    DoneJob* setPackagePublic(const PackageId& id, bool isPublic);

private:
    GraphQlClient* m_client;
    QObject* m_jobParent;
};
