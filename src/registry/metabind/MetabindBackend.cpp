#include "MetabindBackend.h"

#include "MetabindDecoder.h"
#include "MetabindKey.h"
#include "graphql/GraphQlClient.h"
#include "registry/JobSupport.h"

#include <QJsonObject>

MetabindBackend::MetabindBackend(QNetworkAccessManager* network, const QUrl& endpoint,
                                 std::shared_ptr<const HeaderProvider> headers, QObject* parent)
    : RegistryBackend(parent)
    , m_client(new GraphQlClient(network, endpoint, QStringLiteral("metabind"), std::move(headers), this))
{}

MetabindBackend::~MetabindBackend() = default;

Capabilities MetabindBackend::capabilities() const
{
    // Publishing and API keys are REST with a user JWT, outside this GraphQL backend; reads need a key
    // (no AnonymousRead). Versions: the list itself is the version list.
    return Capability::LatestPackages | Capability::Versions;
}

QUrl MetabindBackend::endpoint() const
{
    return m_client->endpoint();
}

StatusJob* MetabindBackend::status()
{
    auto* job = new StatusJob(this);
    JobSupport::bind(m_client->run(QStringLiteral("RegistryStatus")), job, &MetabindDecoder::status);
    return job;
}

PackagePageJob* MetabindBackend::latestPackages(const PageRequest& page)
{
    auto* job = new PackagePageJob(this);
    QJsonObject variables{{QStringLiteral("limit"), page.limit > 0 ? page.limit : kDefaultPageSize}};
    if (!page.cursor.isEmpty())
        variables.insert(QStringLiteral("cursor"), page.cursor);
    JobSupport::bind(m_client->run(QStringLiteral("Packages"), variables), job,
                     &MetabindDecoder::packagePage);
    return job;
}

PackagePageJob* MetabindBackend::searchPackages(const QString& query, const PageRequest& page)
{
    Q_UNUSED(query);
    Q_UNUSED(page);
    return JobSupport::failQueued(
        new PackagePageJob(this),
        JobSupport::makeError(Error::Kind::Unsupported, tr("Metabind registries cannot search packages.")));
}

PackageJob* MetabindBackend::package(const PackageId& id)
{
    auto* job = new PackageJob(this);
    if (id.name.isEmpty()) {
        return JobSupport::failQueued(
            job, JobSupport::makeError(Error::Kind::Config, QStringLiteral("an empty package version")));
    }
    JobSupport::bind(m_client->run(QStringLiteral("Package"), {{QStringLiteral("version"), id.name}}), job,
                     [id](const QJsonObject& data, Error* error) {
                         std::optional<Package> package = MetabindDecoder::package(data, &error->message);
                         if (!package && error->message.isEmpty()) {
                             error->kind = Error::Kind::GraphQl;
                             error->token = QStringLiteral("PACKAGE_NOT_FOUND");
                             error->message = QStringLiteral("PACKAGE_NOT_FOUND - %1").arg(id.toString());
                         }
                         return package;
                     });
    return job;
}

Credential MetabindBackend::credentialFromPastedKey(const QString& pasted) const
{
    return MetabindKey::credentialFromPastedKey(pasted);
}
