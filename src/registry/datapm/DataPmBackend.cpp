#include "DataPmBackend.h"

#include "DataPmAccount.h"
#include "DataPmBrowseDecoder.h"
#include "DataPmDecoder.h"
#include "DataPmDialect.h"
#include "DataPmErrors.h"
#include "DataPmGroups.h"
#include "DataPmPackagePages.h"
#include "DataPmPaging.h"
#include "DataPmUsers.h"
#include "graphql/GraphQlClient.h"
#include "publish/DataPmPublishing.h"
#include "registry/JobSupport.h"

#include <QJsonObject>

DataPmBackend::DataPmBackend(QNetworkAccessManager* network, const QUrl& endpoint,
                             std::shared_ptr<const HeaderProvider> headers, QObject* parent)
    : GraphQlBackend(network, endpoint, std::move(headers),
                     {Dialect(DataPmDialect::id()), &DataPmErrors::explain, &DataPmDecoder::status,
                      DataPmDialect::cachedOperations()},
                     parent)
    , m_catalogs(std::make_unique<DataPmGroups>(DataPmGroups::Kind::Catalogs, client(), this))
    , m_collections(std::make_unique<DataPmGroups>(DataPmGroups::Kind::Collections, client(), this))
    , m_users(std::make_unique<DataPmUsers>(client(), this))
    , m_account(std::make_unique<GraphQlAccount>(DataPmAccount::spec(), client(), this))
    , m_publishing(std::make_unique<DataPmPublishing>(client(), network, this))
{
    // Every part there is.
    offer({.search = this,
           .catalogs = m_catalogs.get(),
           .collections = m_collections.get(),
           .users = m_users.get(),
           .account = m_account.get(),
           .passwordSignIn = m_account.get(),
           .apiKeys = m_account.get(),
           .packageFilePublishing = m_publishing.get()});
}

DataPmBackend::~DataPmBackend() = default;

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
    QJsonObject variables;
    if (!query.isEmpty())
        variables.insert(QStringLiteral("query"), query);
    return DataPmPackagePages::run(client(), this, operation, field, variables, page);
}

PackageJob* DataPmBackend::package(const PackageId& id)
{
    auto* job = new PackageJob(this);
    if (id.scope.isEmpty() || id.name.isEmpty()) {
        return JobSupport::failQueued(
            job, JobSupport::invalidInput(
                     tr("A DataPM package is named “catalog/package”, not “%1”.").arg(id.toString())));
    }
    const QJsonObject identifier{{QStringLiteral("catalogSlug"), id.scope},
                                 {QStringLiteral("packageSlug"), id.name}};
    JobSupport::bind(client()->run(QStringLiteral("Package"), {{QStringLiteral("identifier"), identifier}}),
                     job, &DataPmDecoder::package);
    return job;
}

std::optional<QString> DataPmBackend::cursorAfterFullPage(const PageRequest& page) const
{
    // The cursor is the offset of the page (DataPmPaging), so the next one is known before the answer.
    const std::optional<int> offset = DataPmPaging::offsetFromCursor(page.cursor);
    if (!offset)
        return std::nullopt;
    return QString::number(qint64(*offset) + DataPmPaging::limitOf(page));
}
