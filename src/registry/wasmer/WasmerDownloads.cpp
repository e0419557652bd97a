#include "WasmerDownloads.h"

#include "WasmerBackend.h"
#include "WasmerPackageDecoder.h"
#include "WasmerQueries.h"
#include "graphql/GraphQlClient.h"

WasmerDownloads::WasmerDownloads(GraphQlClient* client, QObject* jobParent)
    : GraphQlPart(client, jobParent)
{}

DownloadListJob* WasmerDownloads::downloads(const PackageId& id, const QString& version)
{
    auto* job = new DownloadListJob(m_jobParent);
    if (!id.isValid())
        return refuse(job, tr("Which package? The name is empty."));
    const QJsonObject variables{
        {QStringLiteral("name"), WasmerBackend::wireName(id)},
        {QStringLiteral("version"), version.isEmpty() ? QStringLiteral("latest") : version}};
    // A read, and never cached: the request goes to the registry each time.
    JobSupport::bind(m_client->run(QStringLiteral("PackageDownloads"), variables), job,
                     WasmerQueries::orNotFound(
                         "getPackageVersion", &WasmerPackageDecoder::downloads,
                         id.toString() + (version.isEmpty() ? QString() : QLatin1Char('@') + version)));
    return job;
}
