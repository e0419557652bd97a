#include "DataPmBackend.h"

#include "DataPmDecoder.h"
#include "graphql/GraphQlClient.h"
#include "registry/JobSupport.h"

#include <QJsonObject>

namespace {

// The cursor is the offset of the next page as text; empty means the first page.
std::optional<int> offsetFromCursor(const QString& cursor)
{
    if (cursor.isEmpty())
        return 0;
    bool ok = false;
    const int offset = cursor.toInt(&ok);
    if (!ok || offset < 0)
        return std::nullopt;
    return offset;
}

} // namespace

DataPmBackend::DataPmBackend(QNetworkAccessManager* network, const QUrl& endpoint,
                             std::shared_ptr<const HeaderProvider> headers, QObject* parent)
    : RegistryBackend(parent)
    , m_client(new GraphQlClient(network, endpoint, QStringLiteral("datapm"), std::move(headers), this))
{}

DataPmBackend::~DataPmBackend() = default;

Capabilities DataPmBackend::capabilities() const
{
    // No Downloads: DataPM packages describe data sources, they are not archives.
    return Capability::LatestPackages | Capability::SearchPackages | Capability::Catalogs |
           Capability::Collections | Capability::Versions | Capability::Readme | Capability::SignIn |
           Capability::ApiKeys | Capability::Publish | Capability::AnonymousRead;
}

QUrl DataPmBackend::endpoint() const
{
    return m_client->endpoint();
}

StatusJob* DataPmBackend::status()
{
    auto* job = new StatusJob(this);
    JobSupport::bind(m_client->run(QStringLiteral("RegistryStatus")), job, &DataPmDecoder::status);
    return job;
}

PackagePageJob* DataPmBackend::latestPackages(const PageRequest& page)
{
    return packagePage(QStringLiteral("LatestPackages"), QStringLiteral("latestPackages"), {}, page);
}

PackagePageJob* DataPmBackend::searchPackages(const QString& query, const PageRequest& page)
{
    const QString trimmed = query.trimmed();
    if (trimmed.isEmpty())
        return latestPackages(page);
    return packagePage(QStringLiteral("SearchPackages"), QStringLiteral("searchPackages"), trimmed, page);
}

PackagePageJob* DataPmBackend::packagePage(const QString& operation, const QString& field,
                                           const QString& query, const PageRequest& page)
{
    auto* job = new PackagePageJob(this);
    const std::optional<int> offset = offsetFromCursor(page.cursor);
    if (!offset) {
        return JobSupport::failQueued(
            job, JobSupport::makeError(
                     Error::Kind::Config,
                     QStringLiteral("DataPM page cursor is not an offset: %1").arg(page.cursor)));
    }
    const int limit = page.limit > 0 ? page.limit : kDefaultPageSize;
    QJsonObject variables{{QStringLiteral("offSet"), *offset}, {QStringLiteral("limit"), limit}};
    if (!query.isEmpty())
        variables.insert(QStringLiteral("query"), query);
    JobSupport::bind(m_client->run(operation, variables), job,
                     [field, start = *offset, limit](const QJsonObject& data, QString* whyNot) {
                         return DataPmDecoder::packagePage(data, field, start, limit, whyNot);
                     });
    return job;
}

PackageJob* DataPmBackend::package(const PackageId& id)
{
    auto* job = new PackageJob(this);
    if (id.scope.isEmpty() || id.name.isEmpty()) {
        return JobSupport::failQueued(
            job, JobSupport::makeError(
                     Error::Kind::Config,
                     tr("A DataPM package is named “catalog/package”, not “%1”.").arg(id.toString())));
    }
    const QJsonObject identifier{{QStringLiteral("catalogSlug"), id.scope},
                                 {QStringLiteral("packageSlug"), id.name}};
    JobSupport::bind(m_client->run(QStringLiteral("Package"), {{QStringLiteral("identifier"), identifier}}),
                     job, &DataPmDecoder::package);
    return job;
}
