#include "WasmerBackend.h"

#include "WasmerAccount.h"
#include "WasmerDecoder.h"
#include "WasmerDialect.h"
#include "WasmerDownloads.h"
#include "WasmerErrors.h"
#include "WasmerInterfaces.h"
#include "WasmerNamespaces.h"
#include "WasmerPackageDecoder.h"
#include "WasmerPublishing.h"
#include "WasmerQueries.h"
#include "WasmerUsers.h"
#include "graphql/GraphQlClient.h"
#include "registry/GraphQlAccount.h"
#include "registry/GraphQlLiveUpdates.h"
#include "registry/JobSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace {

// A PackagesFilter for the search (the real schema's input object): only what was asked for.
QJsonObject packagesFilter(const SearchFilters& filters)
{
    QJsonObject filter;
    if (!filters.interfaceName.isEmpty())
        filter.insert(QStringLiteral("withInterfaces"), QJsonArray{filters.interfaceName});
    if (!filters.licence.isEmpty())
        filter.insert(QStringLiteral("license"), filters.licence);
    switch (filters.order) {
    case SearchFilters::Order::Relevance:
        break;
    case SearchFilters::Order::MostDownloaded:
        filter.insert(QStringLiteral("orderBy"), QStringLiteral("TOTAL_DOWNLOADS"));
        break;
    case SearchFilters::Order::RecentlyPublished:
        filter.insert(QStringLiteral("orderBy"), QStringLiteral("PUBLISHED_DATE"));
        break;
    case SearchFilters::Order::Name:
        filter.insert(QStringLiteral("orderBy"), QStringLiteral("ALPHABETICALLY"));
        filter.insert(QStringLiteral("sortBy"), QStringLiteral("ASC"));
        break;
    }
    return filter;
}

} // namespace

struct WasmerBackend::OwnParts
{
    OwnParts(QNetworkAccessManager* network, GraphQlClient* client, QObject* jobParent)
        : namespaces(client, jobParent)
        , interfaces(client, jobParent)
        , users(client, jobParent)
        , account(WasmerAccount::spec(), client, jobParent)
        , downloads(client, jobParent)
        , publishing(network, client, jobParent)
        // packageVersionCreated (wasmer.graphql's Subscription): every version published, as a list row. The
        // token goes in the upgrade request's Authorization header, where Wasmer's own client (backend-api)
        // sends it.
        , live(client, QStringLiteral("PackageVersionCreated"), &liveRow, &WasmerErrors::explain, true)
    {}

    static std::optional<Package> liveRow(const QJsonObject& data)
    {
        QString whyNot;
        return WasmerDecoder::versionRow(data.value(QStringLiteral("packageVersionCreated")).toObject(),
                                         &whyNot);
    }

    WasmerNamespaces namespaces;
    WasmerInterfaces interfaces;
    WasmerUsers users;
    GraphQlAccount account;
    WasmerDownloads downloads;
    WasmerPublishing publishing;
    GraphQlLiveUpdates live;
};

WasmerBackend::WasmerBackend(QNetworkAccessManager* network, const QUrl& endpoint,
                             std::shared_ptr<const HeaderProvider> headers, QObject* parent)
    : GraphQlBackend(network, endpoint, std::move(headers),
                     {Dialect(WasmerDialect::id()), &WasmerErrors::explain, &WasmerDecoder::status,
                      WasmerDialect::cachedOperations()},
                     parent)
    , m_own(std::make_unique<OwnParts>(network, client(), this))
{
    // No collections and no package-file publishing (see whyMissing).
    offer({.search = this,
           .catalogs = &m_own->namespaces,
           .users = &m_own->users,
           .account = &m_own->account,
           .passwordSignIn = &m_own->account,
           .apiKeys = &m_own->account,
           .interfaces = &m_own->interfaces,
           .downloads = &m_own->downloads,
           .folderPublishing = &m_own->publishing,
           .liveUpdates = &m_own->live});
}

WasmerBackend::~WasmerBackend() = default;

std::optional<PackageId> WasmerBackend::packageReference(const QString& text) const
{
    QString reference = text.trimmed();
    if (const qsizetype at = reference.indexOf(QLatin1Char('@')); at > 0)
        reference.truncate(at);
    if (!reference.contains(QLatin1Char('/')))
        reference.prepend(QStringLiteral("_/"));
    return RegistryBackend::packageReference(reference);
}

QString WasmerBackend::referencedVersion(const QString& text) const
{
    const QString reference = text.trimmed();
    const qsizetype at = reference.indexOf(QLatin1Char('@'));
    if (at <= 0 || !packageReference(reference))
        return {};
    const QString version = reference.mid(at + 1);
    return version == QLatin1String("latest") ? QString() : version;
}

QString WasmerBackend::whyMissing(RegistryPart part) const
{
    if (part == RegistryPart::Publishing)
        return tr("Wasmer packages are published from a folder with a wasmer.toml, not from a package file.");
    return RegistryBackend::whyMissing(part);
}

QString WasmerBackend::wireName(const PackageId& id)
{
    if (id.scope.isEmpty() || id.scope == QLatin1String("_"))
        return id.name;
    return id.toString();
}

PackagePageJob* WasmerBackend::latestPackages(const PageRequest& page)
{
    auto* job = new PackagePageJob(this);
    JobSupport::bind(
        client()->run(QStringLiteral("RecentPackageVersions"), WasmerQueries::pageVariables(page)), job,
        [](const QJsonObject& data, QString* whyNot) {
            return WasmerDecoder::versionConnection(data.value(QStringLiteral("recentPackageVersions")), true,
                                                    whyNot);
        });
    return job;
}

PackagePageJob* WasmerBackend::searchPackages(const QString& query, const PageRequest& page)
{
    return searchFiltered(query, {}, page);
}

SearchFilterSupport WasmerBackend::filterSupport() const
{
    using Order = SearchFilters::Order;
    return {true, true, {Order::MostDownloaded, Order::RecentlyPublished, Order::Name}, true, true};
}

PackagePageJob* WasmerBackend::searchFiltered(const QString& query, const SearchFilters& filters,
                                              const PageRequest& page)
{
    const QString trimmed = query.trimmed();
    if (trimmed.isEmpty() && filters.isEmpty())
        return latestPackages(page);
    auto* job = new PackagePageJob(this);
    QJsonObject variables = WasmerQueries::pageVariables(page);
    variables.insert(QStringLiteral("query"), trimmed);
    // Without a filter object the search lists users, namespaces and more besides packages, in the order
    // of relevance; with one, packages only.
    const bool filtered = !filters.isEmpty();
    if (filtered)
        variables.insert(QStringLiteral("filter"), packagesFilter(filters));
    JobSupport::bind(
        client()->run(filtered ? QStringLiteral("SearchFilteredPackages") : QStringLiteral("SearchPackages"),
                      variables),
        job, [filtered](const QJsonObject& data, QString* whyNot) {
            return WasmerDecoder::versionConnection(data.value(QStringLiteral("search")), filtered, whyNot);
        });
    return job;
}

PackageJob* WasmerBackend::package(const PackageId& id)
{
    return packageVersion(id, QString());
}

PackageJob* WasmerBackend::packageVersion(const PackageId& id, const QString& version)
{
    auto* job = new PackageJob(this);
    if (!id.isValid()) {
        return JobSupport::failQueued(job, JobSupport::invalidInput(tr("Which package? The name is empty.")));
    }
    const QJsonObject variables{
        {QStringLiteral("name"), wireName(id)},
        {QStringLiteral("version"), version.isEmpty() ? QStringLiteral("latest") : version}};
    const QString subject = version.isEmpty() ? id.toString() : id.toString() + QLatin1Char('@') + version;
    JobSupport::bind(
        client()->run(QStringLiteral("PackageVersion"), variables), job,
        WasmerQueries::orNotFound("getPackageVersion", &WasmerPackageDecoder::packageVersion, subject));
    return job;
}
