#include "WasmerBackend.h"

#include "WasmerAccount.h"
#include "WasmerAccountDecoder.h"
#include "WasmerBrowse.h"
#include "WasmerDecoder.h"
#include "graphql/GraphQlClient.h"
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

// The same words the DataPM server uses, so views can treat "not found" alike for every dialect.
Error notFound(const PackageId& id)
{
    Error error;
    error.kind = Error::Kind::GraphQl;
    error.token = QStringLiteral("PACKAGE_NOT_FOUND");
    error.message = QStringLiteral("PACKAGE_NOT_FOUND - %1").arg(id.toString());
    return error;
}

} // namespace

WasmerBackend::WasmerBackend(QNetworkAccessManager* network, const QUrl& endpoint,
                             std::shared_ptr<const HeaderProvider> headers, QObject* parent)
    : RegistryBackend(parent)
    , m_client(new GraphQlClient(network, endpoint, QStringLiteral("wasmer"), std::move(headers), this))
    , m_browse(std::make_unique<WasmerBrowse>(m_client, this))
    , m_account(std::make_unique<WasmerAccount>(m_client, this))
{}

WasmerBackend::~WasmerBackend() = default;

Capabilities WasmerBackend::capabilities() const
{
    return Capability::LatestPackages | Capability::SearchPackages | Capability::Catalogs |
           Capability::Versions | Capability::Readme | Capability::SignIn | Capability::ApiKeys |
           Capability::Publish | Capability::AnonymousRead | Capability::Downloads;
}

QUrl WasmerBackend::endpoint() const
{
    return m_client->endpoint();
}

QString WasmerBackend::wireName(const PackageId& id)
{
    if (id.scope.isEmpty() || id.scope == QLatin1String("_"))
        return id.name;
    return id.toString();
}

StatusJob* WasmerBackend::status()
{
    auto* job = new StatusJob(this);
    JobSupport::bind(m_client->run(QStringLiteral("RegistryStatus")), job, &WasmerDecoder::status);
    return job;
}

PackagePageJob* WasmerBackend::latestPackages(const PageRequest& page)
{
    auto* job = new PackagePageJob(this);
    JobSupport::bind(m_client->run(QStringLiteral("RecentPackageVersions"), pageVariables(page)), job,
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
    JobSupport::bind(m_client->run(QStringLiteral("SearchPackages"), variables), job,
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
        return JobSupport::failQueued(
            job, JobSupport::makeError(Error::Kind::Config, QStringLiteral("an empty package name")));
    }
    JobSupport::bind(m_client->run(QStringLiteral("Package"), {{QStringLiteral("name"), wireName(id)}}), job,
                     [id](const QJsonObject& data, Error* error) {
                         std::optional<Package> package = WasmerDecoder::package(
                             data.value(QStringLiteral("getPackage")), &error->message);
                         if (!package && error->message.isEmpty())
                             *error = notFound(id);
                         return package;
                     });
    return job;
}

PackageJob* WasmerBackend::packageVersion(const PackageId& id, const QString& version)
{
    auto* job = new PackageJob(this);
    if (!id.isValid()) {
        return JobSupport::failQueued(
            job, JobSupport::makeError(Error::Kind::Config, QStringLiteral("an empty package name")));
    }
    QJsonObject variables{{QStringLiteral("name"), wireName(id)}};
    if (!version.isEmpty())
        variables.insert(QStringLiteral("version"), version);
    JobSupport::bind(m_client->run(QStringLiteral("PackageVersion"), variables), job,
                     [id](const QJsonObject& data, Error* error) {
                         std::optional<Package> package = WasmerDecoder::packageVersion(
                             data.value(QStringLiteral("getPackageVersion")), &error->message);
                         if (!package && error->message.isEmpty())
                             *error = notFound(id);
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
        m_client->run(QStringLiteral("InterfaceVersion"), variables), job,
        [interfaceName](const QJsonObject& data, Error* error) -> std::optional<PackagePage> {
            const QJsonValue interfaceVersion = data.value(QStringLiteral("getInterfaceVersion"));
            if (interfaceVersion.isNull() || interfaceVersion.isUndefined()) {
                error->kind = Error::Kind::GraphQl;
                error->token = QStringLiteral("INTERFACE_NOT_FOUND");
                error->message = QStringLiteral("INTERFACE_NOT_FOUND - %1").arg(interfaceName);
                return std::nullopt;
            }
            return WasmerDecoder::versionConnection(
                interfaceVersion.toObject().value(QStringLiteral("packageVersions")), true, &error->message);
        });
    return job;
}

// Namespaces, users and the account intents live in their own classes; these only delegate.

CatalogJob* WasmerBackend::catalog(const QString& slug)
{
    return m_browse->catalog(slug);
}

PackagePageJob* WasmerBackend::catalogPackages(const QString& catalogSlug, const PageRequest& page)
{
    return m_browse->catalogPackages(catalogSlug, page);
}

UserJob* WasmerBackend::user(const QString& username)
{
    return m_browse->user(username);
}

CredentialJobResult* WasmerBackend::signIn(const QString& username, const QString& password)
{
    return m_account->signIn(username, password);
}

UserJob* WasmerBackend::currentUser()
{
    return m_account->currentUser();
}

ApiKeyListJob* WasmerBackend::apiKeys()
{
    return m_account->apiKeys();
}

CreatedApiKeyJob* WasmerBackend::createApiKey(const QString& label)
{
    return m_account->createApiKey(label);
}

DoneJob* WasmerBackend::deleteApiKey(const QString& keyId)
{
    return m_account->deleteApiKey(keyId);
}

Credential WasmerBackend::credentialFromPastedKey(const QString& pasted) const
{
    return WasmerAccountDecoder::credentialFromPastedKey(pasted);
}
