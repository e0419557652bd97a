#include "WasmerNamespaces.h"

#include "WasmerAccountDecoder.h"
#include "WasmerDecoder.h"
#include "WasmerQueries.h"
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
                     WasmerQueries::orNotFound("getNamespace", &WasmerAccountDecoder::namespaceOf, name));
    return job;
}

PackagePageJob* WasmerNamespaces::groupPackages(const QString& catalogSlug, const PageRequest& page)
{
    auto* job = new PackagePageJob(m_jobParent);
    const QString name = catalogSlug.trimmed();
    if (name.isEmpty())
        return refuse(job, tr("Which namespace? The name is empty."));
    QJsonObject variables = WasmerQueries::pageVariables(page);
    variables.insert(QStringLiteral("name"), name);
    JobSupport::bind(
        m_client->run(QStringLiteral("NamespacePackages"), variables), job,
        WasmerQueries::orNotFound("getNamespace", &WasmerAccountDecoder::namespacePackages, name));
    return job;
}

GroupPageJob* WasmerNamespaces::listGroups(const QString& query, const PageRequest& page)
{
    auto* job = new GroupPageJob(m_jobParent);
    QJsonObject variables = WasmerQueries::pageVariables(page);
    variables.insert(QStringLiteral("query"), query.trimmed());
    JobSupport::bind(m_client->run(QStringLiteral("SearchNamespaces"), variables), job,
                     [](const QJsonObject& data, QString* whyNot) {
                         return WasmerDecoder::groupConnection(data.value(QStringLiteral("search")),
                                                               QStringLiteral("Namespace"), whyNot);
                     });
    return job;
}
