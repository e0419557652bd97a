#pragma once

#include "registry/GraphQlPart.h"
#include "registry/parts/FolderPublishing.h"

#include <QPointer>

class QNetworkAccessManager;

// Publishing a folder with a wasmer.toml (or wapm.toml): WasmerManifest reads and checks it, WasmerPublishJob
// publishes it. The network access manager carries the signed-URL upload, which goes with no credential.
class WasmerPublishing : public FolderPublishing, protected GraphQlPart
{
public:
    WasmerPublishing(QNetworkAccessManager* network, GraphQlClient* client, QObject* jobParent);

    QStringList manifestFileNames() const override;
    PackageFolder checkFolder(const QString& path) const override;
    PublishJob* publishFolder(const PackageFolder& folder, const FolderPublishOptions& options) override;

private:
    QPointer<QNetworkAccessManager> m_network;
};
