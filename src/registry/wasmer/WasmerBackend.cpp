#include "WasmerBackend.h"

#include "WasmerAccount.h"
#include "WasmerAccountDecoder.h"
#include "WasmerDecoder.h"
#include "WasmerDialect.h"
#include "WasmerErrors.h"
#include "WasmerNamespaces.h"
#include "graphql/GraphQlClient.h"
#include "registry/GraphQlUsers.h"
#include "registry/JobSupport.h"

#include <QJsonObject>

namespace {

QJsonObject pageVariables(const PageRequest& page)
{
    QJsonObject variables{{QStringLiteral("first"), page.limit > 0 ? page.limit : kDefaultPageSize}};
    if (!page.cursor.isEmpty())
        variables.insert(QStringLiteral("after"), page.cursor);
    return variables;
}

} // namespace

WasmerBackend::WasmerBackend(QNetworkAccessManager* network, const QUrl& endpoint,
                             std::shared_ptr<const HeaderProvider> headers, QObject* parent)
    : GraphQlBackend(network, endpoint, std::move(headers),
                     {Dialect(WasmerDialect::id()), &WasmerErrors::explain, &WasmerDecoder::status}, parent)
    , m_namespaces(std::make_unique<WasmerNamespaces>(client(), this))
    , m_users(std::make_unique<GraphQlUsers>(
          [](const QJsonObject& data, const QString& username, Error* error) {
              std::optional<UserProfile> profile =
                  WasmerAccountDecoder::user(data.value(QStringLiteral("getUser")), &error->message);
              if (!profile && error->message.isEmpty())
                  *error = WasmerErrors::notFound(username);
              return profile;
          },
          client(), this))
    , m_account(std::make_unique<GraphQlAccount>(WasmerAccount::spec(), client(), this))
{
    // No collections and no publishing (see whyMissing).
    offer({.search = this,
           .catalogs = m_namespaces.get(),
           .users = m_users.get(),
           .account = m_account.get(),
           .passwordSignIn = m_account.get(),
           .apiKeys = m_account.get()});
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

QString WasmerBackend::whyMissing(RegistryPart part) const
{
    if (part == RegistryPart::Publishing)
        return tr(
            "Publishing to Wasmer from Depot is not available yet: use the wasmer CLI (wasmer publish).");
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
    JobSupport::bind(client()->run(QStringLiteral("RecentPackageVersions"), pageVariables(page)), job,
                     [](const QJsonObject& data, QString* whyNot) {
                         return WasmerDecoder::versionConnection(
                             data.value(QStringLiteral("recentPackageVersions")), true, whyNot);
                     });
    return job;
}

PackagePageJob* WasmerBackend::searchPackages(const QString& query, const PageRequest& page)
{
    const QString trimmed = query.trimmed();
    if (trimmed.isEmpty())
        return latestPackages(page);
    auto* job = new PackagePageJob(this);
    QJsonObject variables = pageVariables(page);
    variables.insert(QStringLiteral("query"), trimmed);
    JobSupport::bind(client()->run(QStringLiteral("SearchPackages"), variables), job,
                     [](const QJsonObject& data, QString* whyNot) {
                         return WasmerDecoder::versionConnection(data.value(QStringLiteral("search")), false,
                                                                 whyNot);
                     });
    return job;
}

PackageJob* WasmerBackend::package(const PackageId& id)
{
    auto* job = new PackageJob(this);
    if (!id.isValid()) {
        return JobSupport::failQueued(job, JobSupport::invalidInput(tr("Which package? The name is empty.")));
    }
    JobSupport::bind(client()->run(QStringLiteral("Package"), {{QStringLiteral("name"), wireName(id)}}), job,
                     [id](const QJsonObject& data, Error* error) {
                         std::optional<Package> package = WasmerDecoder::package(
                             data.value(QStringLiteral("getPackage")), &error->message);
                         if (!package && error->message.isEmpty())
                             *error = WasmerErrors::notFound(id.toString());
                         return package;
                     });
    return job;
}

PackageJob* WasmerBackend::packageVersion(const PackageId& id, const QString& version)
{
    auto* job = new PackageJob(this);
    if (!id.isValid()) {
        return JobSupport::failQueued(job, JobSupport::invalidInput(tr("Which package? The name is empty.")));
    }
    QJsonObject variables{{QStringLiteral("name"), wireName(id)}};
    if (!version.isEmpty())
        variables.insert(QStringLiteral("version"), version);
    JobSupport::bind(client()->run(QStringLiteral("PackageVersion"), variables), job,
                     [id](const QJsonObject& data, Error* error) {
                         std::optional<Package> package = WasmerDecoder::packageVersion(
                             data.value(QStringLiteral("getPackageVersion")), &error->message);
                         if (!package && error->message.isEmpty())
                             *error = WasmerErrors::notFound(id.toString());
                         return package;
                     });
    return job;
}

PackagePageJob* WasmerBackend::interfacePackages(const QString& interfaceName, const QString& version,
                                                 const PageRequest& page)
{
    auto* job = new PackagePageJob(this);
    QJsonObject variables = pageVariables(page);
    variables.insert(QStringLiteral("name"), interfaceName);
    if (!version.isEmpty())
        variables.insert(QStringLiteral("version"), version);
    JobSupport::bind(
        client()->run(QStringLiteral("InterfaceVersion"), variables), job,
        [interfaceName](const QJsonObject& data, Error* error) -> std::optional<PackagePage> {
            const QJsonValue interfaceVersion = data.value(QStringLiteral("getInterfaceVersion"));
            if (interfaceVersion.isNull() || interfaceVersion.isUndefined()) {
                *error = WasmerErrors::notFound(interfaceName);
                return std::nullopt;
            }
            return WasmerDecoder::versionConnection(
                interfaceVersion.toObject().value(QStringLiteral("packageVersions")), true, &error->message);
        });
    return job;
}
