#pragma once

#include "registry/parts/PackageFilePublishing.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QPointer>

class GraphQlClient;

// DataPmBackend's publishing part: package-file checks and the version editor (pure), the publish job, the
// CSV draft, and the small mutations around a publish (catalogs, delete, make public).
class DataPmPublishing : public PackageFilePublishing
{
    Q_DECLARE_TR_FUNCTIONS(DataPmPublishing)
public:
    // `network` is the backend's: a CSV draft is fetched like every other request (proxy, one cache).
    DataPmPublishing(GraphQlClient* client, QNetworkAccessManager* network, QObject* jobParent);

    QString fileDescription() const override;
    QStringList fileNameFilters() const override;
    PackageFileCheck checkPackageFile(const QByteArray& text, const PackageFileFields& overrides,
                                      const QString& folder) const override;
    QByteArray packageFileWithVersion(const QByteArray& text, const QString& version) const override;
    bool canDraftFromData() const override { return true; }
    PackageFileDraftJob* packageFileFromData(const QUrl& dataUrl, const PackageFileFields& fields) override;
    // The signed-in user's catalogs (myCatalogs).
    GroupListJob* publishTargets() override;
    GroupJob* createTarget(const PackageGroup& catalog) override;
    PublishJob* publish(const PublishRequest& request) override;
    DoneJob* deletePackage(const PackageId& id) override;
    DoneJob* setPackagePublic(const PackageId& id, bool isPublic) override;

private:
    GraphQlClient* m_client;
    QPointer<QNetworkAccessManager> m_network;
    QObject* m_jobParent;
};
