#include "MetabindBackend.h"

#include "MetabindAccount.h"
#include "MetabindDecoder.h"
#include "MetabindDialect.h"
#include "MetabindErrors.h"
#include "graphql/GraphQlClient.h"
#include "publish/MetabindPublishing.h"
#include "registry/JobSupport.h"
#include "rest/MetabindRest.h"
#include "rest/MetabindRestAccount.h"

#include <QJsonObject>

MetabindBackend::MetabindBackend(QNetworkAccessManager* network, const QUrl& endpoint,
                                 std::shared_ptr<const HeaderProvider> headers, QObject* parent)
    : GraphQlBackend(network, endpoint, headers,
                     {Dialect(MetabindDialect::id()), &MetabindErrors::explain, &MetabindDecoder::status},
                     parent)
    , m_rest(std::make_unique<MetabindRest>(client(), std::move(headers)))
    , m_account(std::make_unique<MetabindAccount>(client(), this, m_rest.get()))
    , m_restAccount(std::make_unique<MetabindRestAccount>(m_rest.get(), this))
    , m_publishing(std::make_unique<MetabindPublishing>(m_rest.get(), this))
{
    offer({.account = m_account.get(),
           .passwordSignIn = m_restAccount.get(),
           .apiKeys = m_restAccount.get(),
           .projectPublishing = m_publishing.get()});
}

MetabindBackend::~MetabindBackend() = default;

std::optional<PackageId> MetabindBackend::packageReference(const QString& text) const
{
    const QString version = text.trimmed();
    if (version.isEmpty() || !version.front().isDigit() || version.contains(QLatin1Char(' ')) ||
        version.contains(QLatin1Char('/')))
        return std::nullopt;
    return PackageId{QString(), version};
}

QString MetabindBackend::whyMissing(RegistryPart part) const
{
    switch (part) {
    case RegistryPart::Publishing:
    case RegistryPart::FolderPublishing:
        return tr("Metabind publishes the project kept on the registry, not a file or folder.");
    default:
        return RegistryBackend::whyMissing(part);
    }
}

PackagePageJob* MetabindBackend::latestPackages(const PageRequest& page)
{
    auto* job = new PackagePageJob(this);
    QJsonObject variables{{QStringLiteral("limit"), page.limit > 0 ? page.limit : kDefaultPageSize}};
    if (!page.cursor.isEmpty())
        variables.insert(QStringLiteral("cursor"), page.cursor);
    JobSupport::bind(client()->run(QStringLiteral("Packages"), variables), job,
                     &MetabindDecoder::packagePage);
    return job;
}

PackageJob* MetabindBackend::package(const PackageId& id)
{
    auto* job = new PackageJob(this);
    if (id.name.isEmpty()) {
        return JobSupport::failQueued(job,
                                      JobSupport::invalidInput(tr("Which version? The version is empty.")));
    }
    JobSupport::bind(client()->run(QStringLiteral("Package"), {{QStringLiteral("version"), id.name}}), job,
                     [id](const QJsonObject& data, Error* error) {
                         std::optional<Package> package = MetabindDecoder::package(data, &error->message);
                         if (!package && error->message.isEmpty())
                             *error = MetabindErrors::packageNotFound(id.name);
                         return package;
                     });
    return job;
}
