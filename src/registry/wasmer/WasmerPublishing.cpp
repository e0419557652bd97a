#include "WasmerPublishing.h"

#include "WasmerManifest.h"
#include "WasmerPublishJob.h"

#include <QNetworkAccessManager>

WasmerPublishing::WasmerPublishing(QNetworkAccessManager* network, GraphQlClient* client, QObject* jobParent)
    : GraphQlPart(client, jobParent)
    , m_network(network)
{}

QStringList WasmerPublishing::manifestFileNames() const
{
    return WasmerManifest::fileNames();
}

PackageFolder WasmerPublishing::checkFolder(const QString& path) const
{
    return WasmerManifest::checkFolder(path);
}

PublishJob* WasmerPublishing::publishFolder(const PackageFolder& folder, const FolderPublishOptions& options)
{
    return new WasmerPublishJob(m_network, m_client, folder, options, m_jobParent);
}
