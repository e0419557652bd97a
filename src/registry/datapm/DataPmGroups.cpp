#include "DataPmGroups.h"

#include "DataPmBrowseDecoder.h"
#include "DataPmPaging.h"
#include "graphql/GraphQlClient.h"
#include "registry/JobSupport.h"

#include <QJsonObject>

DataPmGroups::DataPmGroups(Kind kind, GraphQlClient* client, QObject* jobParent)
    : GraphQlPart(client, jobParent)
    , m_kind(kind)
{}

QString DataPmGroups::singularName() const
{
    return m_kind == Kind::Catalogs ? tr("Catalog") : tr("Collection");
}

QString DataPmGroups::pluralName() const
{
    return m_kind == Kind::Catalogs ? tr("Catalogs") : tr("Collections");
}

QString DataPmGroups::listingHint() const
{
    return m_kind == Kind::Catalogs ? tr("Type in the search field to find catalogs.") : QString();
}

QString DataPmGroups::kindName() const
{
    return m_kind == Kind::Catalogs ? QStringLiteral("catalog") : QStringLiteral("collection");
}

QString DataPmGroups::emptyNameText() const
{
    return m_kind == Kind::Catalogs ? tr("Which catalog? The name is empty.")
                                    : tr("Which collection? The name is empty.");
}

GroupPageJob* DataPmGroups::listGroups(const QString& query, const PageRequest& page)
{
    auto* job = new GroupPageJob(m_jobParent);
    const std::optional<int> offset = DataPmPaging::offsetFromCursor(page.cursor);
    if (!offset)
        return JobSupport::failQueued(job, DataPmPaging::badCursor(page.cursor));
    const bool catalogs = m_kind == Kind::Catalogs;
    const QString trimmed = query.trimmed();
    const int limit = DataPmPaging::limitOf(page);
    if (trimmed.isEmpty() && !catalogs) {
        JobSupport::bind(
            m_client->run(QStringLiteral("LatestCollections"),
                          {{QStringLiteral("offset"), *offset}, {QStringLiteral("limit"), limit}}),
            job, [start = *offset](const QJsonObject& data, QString* whyNot) {
                return DataPmBrowseDecoder::latestCollectionPage(data, start, whyNot);
            });
        return job;
    }
    // The search operations spell the offset "offSet" for catalogs and "offset" for collections.
    const QJsonObject variables{{QStringLiteral("query"), trimmed},
                                {catalogs ? QStringLiteral("offSet") : QStringLiteral("offset"), *offset},
                                {QStringLiteral("limit"), limit}};
    JobSupport::bind(
        m_client->run(catalogs ? QStringLiteral("SearchCatalogs") : QStringLiteral("SearchCollections"),
                      variables),
        job, [catalogs, start = *offset](const QJsonObject& data, QString* whyNot) {
            return catalogs ? DataPmBrowseDecoder::catalogPage(data, start, whyNot)
                            : DataPmBrowseDecoder::collectionPage(data, start, whyNot);
        });
    return job;
}

GroupJob* DataPmGroups::group(const QString& slug)
{
    auto* job = new GroupJob(m_jobParent);
    if (slug.trimmed().isEmpty())
        return JobSupport::failQueued(job, JobSupport::invalidInput(emptyNameText()));
    const QString kind = kindName();
    const QJsonObject identifier{{kind + QStringLiteral("Slug"), slug.trimmed()}};
    JobSupport::bind(
        m_client->run(kind.at(0).toUpper() + kind.mid(1), {{QStringLiteral("identifier"), identifier}}), job,
        m_kind == Kind::Catalogs ? &DataPmBrowseDecoder::catalog : &DataPmBrowseDecoder::collection);
    return job;
}

PackagePageJob* DataPmGroups::groupPackages(const QString& slug, const PageRequest& page)
{
    auto* job = new PackagePageJob(m_jobParent);
    if (slug.trimmed().isEmpty())
        return JobSupport::failQueued(job, JobSupport::invalidInput(emptyNameText()));
    const std::optional<int> offset = DataPmPaging::offsetFromCursor(page.cursor);
    if (!offset)
        return JobSupport::failQueued(job, DataPmPaging::badCursor(page.cursor));
    const int limit = DataPmPaging::limitOf(page);
    const QString kind = kindName();
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
