#include "WasmerNamespaces.h"

#include "WasmerAccountDecoder.h"
#include "WasmerErrors.h"
#include "graphql/GraphQlClient.h"
#include "registry/JobSupport.h"

#include <QJsonObject>

WasmerNamespaces::WasmerNamespaces(GraphQlClient* client, QObject* jobParent)
    : GraphQlPart(client, jobParent)
{}

GroupJob* WasmerNamespaces::group(const QString& slug)
{
    auto* job = new GroupJob(m_jobParent);
    const QString name = slug.trimmed();
    if (name.isEmpty())
        return refuse(job, tr("Which namespace? The name is empty."));
    JobSupport::bind(m_client->run(QStringLiteral("Namespace"), {{QStringLiteral("name"), name}}), job,
                     [name](const QJsonObject& data, Error* error) {
                         std::optional<PackageGroup> catalog = WasmerAccountDecoder::namespaceOf(
                             data.value(QStringLiteral("getNamespace")), &error->message);
                         if (!catalog && error->message.isEmpty())
                             *error = WasmerErrors::notFound(name);
                         return catalog;
                     });
    return job;
}

PackagePageJob* WasmerNamespaces::groupPackages(const QString& catalogSlug, const PageRequest& page)
{
    auto* job = new PackagePageJob(m_jobParent);
    const QString name = catalogSlug.trimmed();
    if (name.isEmpty())
        return refuse(job, tr("Which namespace? The name is empty."));
    QJsonObject variables{{QStringLiteral("name"), name},
                          {QStringLiteral("first"), page.limit > 0 ? page.limit : kDefaultPageSize}};
    if (!page.cursor.isEmpty())
        variables.insert(QStringLiteral("after"), page.cursor);
    JobSupport::bind(m_client->run(QStringLiteral("NamespacePackages"), variables), job,
                     [name](const QJsonObject& data, Error* error) {
                         std::optional<PackagePage> packages = WasmerAccountDecoder::namespacePackages(
                             data.value(QStringLiteral("getNamespace")), &error->message);
                         if (!packages && error->message.isEmpty())
                             *error = WasmerErrors::notFound(name);
                         return packages;
                     });
    return job;
}

GroupPageJob* WasmerNamespaces::listGroups(const QString&, const PageRequest&)
{
    // listing() is None: nobody should ask. Say so rather than answer an empty list.
    return JobSupport::failQueued(
        new GroupPageJob(m_jobParent),
        JobSupport::makeError(Error::Kind::Unsupported, QStringLiteral("Wasmer has no list of namespaces")));
}
