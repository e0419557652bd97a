#include "MetabindSearch.h"

#include "MetabindErrors.h"
#include "MetabindPackageList.h"
#include "MetabindSearchDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

MetabindSearch::MetabindSearch(GraphQlClient* client, QObject* jobParent, MetabindPackageList* packages)
    : GraphQlPart(client, jobParent)
    , m_packages(packages)
{}

PackagePageJob* MetabindSearch::searchPackages(const QString& query, const PageRequest& page)
{
    return searchFiltered(query, {}, page);
}

SearchFilterSupport MetabindSearch::filterSupport() const
{
    SearchFilterSupport support;
    support.tag = true;
    support.assetType = true;
    return support;
}

PackagePageJob* MetabindSearch::searchFiltered(const QString& query, const SearchFilters& filters,
                                               const PageRequest& page)
{
    const QString words = query.trimmed();
    const QString tag = filters.tag.trimmed();
    const QString type = filters.assetType.trimmed();
    if (words.isEmpty() && tag.isEmpty() && type.isEmpty())
        return m_packages->page(page);

    // The next page asks again only the lists that have more, each from its own cursor.
    const QJsonObject cursors = QJsonDocument::fromJson(page.cursor.toUtf8()).object();
    const bool next = !page.cursor.isEmpty();
    const auto wanted = [&](const char* list, bool allowed) {
        return allowed && (!next || cursors.contains(QLatin1String(list)));
    };
    QJsonObject variables{
        {QStringLiteral("limit"), page.limit > 0 ? page.limit : kDefaultPageSize},
        {QStringLiteral("withComponents"), wanted("components", tag.isEmpty() && type.isEmpty())},
        {QStringLiteral("withAssets"), wanted("assets", true)},
        {QStringLiteral("withContents"), wanted("contents", type.isEmpty())},
        {QStringLiteral("componentCursor"), cursors.value(QLatin1String("components"))},
        {QStringLiteral("assetCursor"), cursors.value(QLatin1String("assets"))},
        {QStringLiteral("contentCursor"), cursors.value(QLatin1String("contents"))},
    };
    if (!words.isEmpty())
        variables.insert(QStringLiteral("search"), words);
    if (!tag.isEmpty())
        variables.insert(QStringLiteral("tags"), QJsonArray{tag});
    if (!type.isEmpty())
        variables.insert(QStringLiteral("type"), type);
    auto* job = new PackagePageJob(m_jobParent);
    JobSupport::bind(m_client->run(QStringLiteral("Search"), variables), job,
                     [](const QJsonObject& data, QString*) -> std::optional<PackagePage> {
                         QJsonObject more;
                         PackagePage result = MetabindSearchDecoder::page(data, &more);
                         if (result.hasMore)
                             result.nextCursor =
                                 QString::fromUtf8(QJsonDocument(more).toJson(QJsonDocument::Compact));
                         return result;
                     });
    return job;
}

PackageJob* MetabindSearch::open(const PackageId& id)
{
    using Decode = std::optional<Package> (*)(const QJsonObject&, QString*);
    QString operation = QStringLiteral("Content");
    Decode decode = &MetabindSearchDecoder::content;
    if (id.scope == MetabindSearchDecoder::kComponent) {
        operation = QStringLiteral("Component");
        decode = &MetabindSearchDecoder::component;
    } else if (id.scope == MetabindSearchDecoder::kAsset) {
        operation = QStringLiteral("Asset");
        decode = &MetabindSearchDecoder::asset;
    }
    auto* job = new PackageJob(m_jobParent);
    JobSupport::bind(m_client->run(operation, {{QStringLiteral("id"), id.name}}), job,
                     [id, decode](const QJsonObject& data, Error* error) {
                         std::optional<Package> package = decode(data, &error->message);
                         if (!package && error->message.isEmpty())
                             *error = MetabindErrors::packageNotFound(id.toString());
                         return package;
                     });
    return job;
}
