#include "WasmerBrowse.h"

#include "WasmerAccountDecoder.h"
#include "WasmerErrors.h"
#include "graphql/GraphQlClient.h"
#include "registry/JobSupport.h"

#include <QJsonObject>

namespace {

template <typename Job> Job* emptyName(Job* job, const QString& sentence)
{
    return JobSupport::failQueued(job, JobSupport::makeUserError(Error::Kind::Config, sentence));
}

} // namespace

WasmerBrowse::WasmerBrowse(GraphQlClient* client, QObject* jobParent)
    : m_client(client)
    , m_jobParent(jobParent)
{}

CatalogJob* WasmerBrowse::catalog(const QString& slug)
{
    auto* job = new CatalogJob(m_jobParent);
    const QString name = slug.trimmed();
    if (name.isEmpty())
        return emptyName(job, tr("Which namespace? The name is empty."));
    JobSupport::bind(m_client->run(QStringLiteral("Namespace"), {{QStringLiteral("name"), name}}), job,
                     [name](const QJsonObject& data, Error* error) {
                         std::optional<Catalog> catalog = WasmerAccountDecoder::namespaceOf(
                             data.value(QStringLiteral("getNamespace")), &error->message);
                         if (!catalog && error->message.isEmpty())
                             *error = WasmerErrors::notFound(QStringLiteral("CATALOG_NOT_FOUND"), name,
                                                             tr("The registry has no such namespace."));
                         return catalog;
                     });
    return job;
}

PackagePageJob* WasmerBrowse::catalogPackages(const QString& catalogSlug, const PageRequest& page)
{
    auto* job = new PackagePageJob(m_jobParent);
    const QString name = catalogSlug.trimmed();
    if (name.isEmpty())
        return emptyName(job, tr("Which namespace? The name is empty."));
    QJsonObject variables{{QStringLiteral("name"), name},
                          {QStringLiteral("first"), page.limit > 0 ? page.limit : kDefaultPageSize}};
    if (!page.cursor.isEmpty())
        variables.insert(QStringLiteral("after"), page.cursor);
    JobSupport::bind(m_client->run(QStringLiteral("NamespacePackages"), variables), job,
                     [name](const QJsonObject& data, Error* error) {
                         std::optional<PackagePage> packages = WasmerAccountDecoder::namespacePackages(
                             data.value(QStringLiteral("getNamespace")), &error->message);
                         if (!packages && error->message.isEmpty())
                             *error = WasmerErrors::notFound(QStringLiteral("CATALOG_NOT_FOUND"), name,
                                                             tr("The registry has no such namespace."));
                         return packages;
                     });
    return job;
}

UserJob* WasmerBrowse::user(const QString& username)
{
    auto* job = new UserJob(m_jobParent);
    const QString name = username.trimmed();
    if (name.isEmpty())
        return emptyName(job, tr("Which user? The name is empty."));
    JobSupport::bind(m_client->run(QStringLiteral("User"), {{QStringLiteral("username"), name}}), job,
                     [name](const QJsonObject& data, Error* error) {
                         std::optional<UserProfile> profile = WasmerAccountDecoder::user(
                             data.value(QStringLiteral("getUser")), &error->message);
                         if (!profile && error->message.isEmpty())
                             *error = WasmerErrors::notFound(QStringLiteral("USER_NOT_FOUND"), name,
                                                             tr("The registry has no such user."));
                         return profile;
                     });
    return job;
}
