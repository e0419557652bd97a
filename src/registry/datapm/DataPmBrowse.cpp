#include "DataPmBrowse.h"

#include "DataPmBrowseDecoder.h"
#include "DataPmPaging.h"
#include "graphql/GraphQlClient.h"
#include "registry/JobSupport.h"

#include <QJsonObject>

namespace {

template <typename Job> Job* emptyName(Job* job, const QString& sentence)
{
    return JobSupport::failQueued(job, JobSupport::makeUserError(Error::Kind::Config, sentence));
}

} // namespace

DataPmBrowse::DataPmBrowse(GraphQlClient* client, QObject* jobParent)
    : m_client(client)
    , m_jobParent(jobParent)
{}

CatalogPageJob* DataPmBrowse::searchCatalogs(const QString& query, const PageRequest& page)
{
    auto* job = new CatalogPageJob(m_jobParent);
    const std::optional<int> offset = DataPmPaging::offsetFromCursor(page.cursor);
    if (!offset)
        return JobSupport::failQueued(job, DataPmPaging::badCursor(page.cursor));
    // The search operations spell the offset "offSet" for catalogs and "offset" for collections.
    const QJsonObject variables{{QStringLiteral("query"), query.trimmed()},
                                {QStringLiteral("offSet"), *offset},
                                {QStringLiteral("limit"), DataPmPaging::limitOf(page)}};
    JobSupport::bind(m_client->run(QStringLiteral("SearchCatalogs"), variables), job,
                     [start = *offset](const QJsonObject& data, QString* whyNot) {
                         return DataPmBrowseDecoder::catalogPage(data, start, whyNot);
                     });
    return job;
}

CatalogJob* DataPmBrowse::catalog(const QString& slug)
{
    auto* job = new CatalogJob(m_jobParent);
    if (slug.trimmed().isEmpty())
        return emptyName(job, tr("Which catalog? The name is empty."));
    const QJsonObject identifier{{QStringLiteral("catalogSlug"), slug.trimmed()}};
    JobSupport::bind(m_client->run(QStringLiteral("Catalog"), {{QStringLiteral("identifier"), identifier}}),
                     job, &DataPmBrowseDecoder::catalog);
    return job;
}

PackagePageJob* DataPmBrowse::catalogPackages(const QString& catalogSlug, const PageRequest& page)
{
    return packageList(QStringLiteral("catalog"), catalogSlug, page);
}

CollectionPageJob* DataPmBrowse::searchCollections(const QString& query, const PageRequest& page)
{
    auto* job = new CollectionPageJob(m_jobParent);
    const std::optional<int> offset = DataPmPaging::offsetFromCursor(page.cursor);
    if (!offset)
        return JobSupport::failQueued(job, DataPmPaging::badCursor(page.cursor));
    const QJsonObject variables{{QStringLiteral("query"), query.trimmed()},
                                {QStringLiteral("offset"), *offset},
                                {QStringLiteral("limit"), DataPmPaging::limitOf(page)}};
    JobSupport::bind(m_client->run(QStringLiteral("SearchCollections"), variables), job,
                     [start = *offset](const QJsonObject& data, QString* whyNot) {
                         return DataPmBrowseDecoder::collectionPage(data, start, whyNot);
                     });
    return job;
}

CollectionJob* DataPmBrowse::collection(const QString& slug)
{
    auto* job = new CollectionJob(m_jobParent);
    if (slug.trimmed().isEmpty())
        return emptyName(job, tr("Which collection? The name is empty."));
    const QJsonObject identifier{{QStringLiteral("collectionSlug"), slug.trimmed()}};
    JobSupport::bind(
        m_client->run(QStringLiteral("Collection"), {{QStringLiteral("identifier"), identifier}}), job,
        &DataPmBrowseDecoder::collection);
    return job;
}

PackagePageJob* DataPmBrowse::collectionPackages(const QString& collectionSlug, const PageRequest& page)
{
    return packageList(QStringLiteral("collection"), collectionSlug, page);
}

UserJob* DataPmBrowse::user(const QString& username)
{
    auto* job = new UserJob(m_jobParent);
    if (username.trimmed().isEmpty())
        return emptyName(job, tr("Which user? The name is empty."));
    JobSupport::bind(
        m_client->run(QStringLiteral("User"), {{QStringLiteral("username"), username.trimmed()}}), job,
        &DataPmBrowseDecoder::user);
    return job;
}

PackagePageJob* DataPmBrowse::packageList(const QString& kind, const QString& slug, const PageRequest& page)
{
    auto* job = new PackagePageJob(m_jobParent);
    if (slug.trimmed().isEmpty())
        return emptyName(job, kind == QLatin1String("catalog") ? tr("Which catalog? The name is empty.")
                                                               : tr("Which collection? The name is empty."));
    const std::optional<int> offset = DataPmPaging::offsetFromCursor(page.cursor);
    if (!offset)
        return JobSupport::failQueued(job, DataPmPaging::badCursor(page.cursor));
    const int limit = DataPmPaging::limitOf(page);
    const QString operation = kind.at(0).toUpper() + kind.mid(1) + QStringLiteral("Packages");
    const QString field = kind + QStringLiteral("Packages");
    const QJsonObject identifier{{kind + QStringLiteral("Slug"), slug.trimmed()}};
    const QJsonObject variables{{QStringLiteral("identifier"), identifier},
                                {QStringLiteral("offset"), *offset},
                                {QStringLiteral("limit"), limit}};
    JobSupport::bind(m_client->run(operation, variables), job,
                     [field, start = *offset, limit](const QJsonObject& data, QString* whyNot) {
                         return DataPmBrowseDecoder::packageList(data, field, start, limit, whyNot);
                     });
    return job;
}
