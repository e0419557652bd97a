#include "DataPmBrowseDecoder.h"

#include "DataPmDecoder.h"
#include "registry/JsonFields.h"

#include <QJsonArray>
#include <QJsonValue>

namespace {

using JsonFields::obj;
using JsonFields::str;

// A list the schema allows to be null. The server sends null only next to an error (a row it could not
// resolve nulls the whole list), so null fails here and that error explains the answer: never a silent
// empty list.
std::optional<QJsonArray> listOf(const QJsonValue& value)
{
    if (value.isArray())
        return value.toArray();
    return std::nullopt;
}

// Rows of a list; null rows (objects the server failed to resolve, reported in partial errors) are skipped.
template <typename T, typename DecodeRow>
std::optional<QList<T>> rowsOf(const QJsonArray& rows, const QString& where, DecodeRow decodeRow,
                               QString* whyNot)
{
    QList<T> items;
    for (const QJsonValue& row : rows) {
        if (row.isNull())
            continue;
        if (!row.isObject()) {
            *whyNot = where + QStringLiteral(": a row is not an object");
            return std::nullopt;
        }
        std::optional<T> item = decodeRow(row.toObject(), whyNot);
        if (!item) {
            whyNot->prepend(where + QStringLiteral(": "));
            return std::nullopt;
        }
        items.append(std::move(*item));
    }
    return items;
}

// {<listField>, hasMore, count}, the shape of DataPM's search results.
template <typename T, typename DecodeRow>
std::optional<Page<T>> searchPage(const QJsonObject& data, const QString& field, const QString& listField,
                                  int offset, DecodeRow decodeRow, QString* whyNot)
{
    const QJsonValue value = data.value(field);
    if (!value.isObject()) {
        *whyNot = field + QStringLiteral(": not an object");
        return std::nullopt;
    }
    const QJsonObject result = value.toObject();
    const std::optional<QJsonArray> rows = listOf(result.value(listField));
    if (!rows) {
        *whyNot = field + QLatin1Char('.') + listField + QStringLiteral(": not a list");
        return std::nullopt;
    }
    std::optional<QList<T>> items = rowsOf<T>(*rows, field + QLatin1Char('.') + listField, decodeRow, whyNot);
    if (!items)
        return std::nullopt;
    Page<T> page;
    page.items = std::move(*items);
    // hasMore is required by the schema; without it, assume the end rather than fetching forever. An
    // empty page that claims more would also make a model fetch forever.
    page.hasMore = result.value(QStringLiteral("hasMore")).toBool(false) && !rows->isEmpty();
    const QJsonValue count = result.value(QStringLiteral("count"));
    if (count.isDouble() && count.toDouble() >= 0 && count.toDouble() <= 2e9)
        page.total = count.toInt();
    if (page.hasMore)
        page.nextCursor = QString::number(qint64(offset) + rows->size());
    return page;
}

template <typename T, typename DecodeRow>
std::optional<T> single(const QJsonObject& data, const QString& field, DecodeRow decodeRow, QString* whyNot)
{
    const QJsonValue value = data.value(field);
    if (!value.isObject()) {
        *whyNot = field + QStringLiteral(": not an object");
        return std::nullopt;
    }
    std::optional<T> item = decodeRow(value.toObject(), whyNot);
    if (!item)
        whyNot->prepend(field + QStringLiteral(": "));
    return item;
}

} // namespace

std::optional<Page<PackageGroup>> DataPmBrowseDecoder::catalogPage(const QJsonObject& data, int offset,
                                                                   QString* whyNot)
{
    return searchPage<PackageGroup>(data, QStringLiteral("searchCatalogs"), QStringLiteral("catalogs"),
                                    offset, &DataPmBrowseDecoder::catalogOf, whyNot);
}

std::optional<Page<PackageGroup>> DataPmBrowseDecoder::catalogList(const QJsonObject& data, QString* whyNot)
{
    const QJsonValue value = data.value(QStringLiteral("myCatalogs"));
    if (!value.isArray()) {
        *whyNot = QStringLiteral("myCatalogs: not a list");
        return std::nullopt;
    }
    std::optional<QList<PackageGroup>> items = rowsOf<PackageGroup>(
        value.toArray(), QStringLiteral("myCatalogs"), &DataPmBrowseDecoder::catalogOf, whyNot);
    if (!items)
        return std::nullopt;
    Page<PackageGroup> page;
    page.items = std::move(*items);
    page.total = int(page.items.size());
    return page;
}

std::optional<PackageGroup> DataPmBrowseDecoder::catalog(const QJsonObject& data, QString* whyNot)
{
    return single<PackageGroup>(data, QStringLiteral("catalog"), &DataPmBrowseDecoder::catalogOf, whyNot);
}

std::optional<Page<PackageGroup>> DataPmBrowseDecoder::collectionPage(const QJsonObject& data, int offset,
                                                                      QString* whyNot)
{
    return searchPage<PackageGroup>(data, QStringLiteral("searchCollections"), QStringLiteral("collections"),
                                    offset, &DataPmBrowseDecoder::collectionOf, whyNot);
}

std::optional<Page<PackageGroup>> DataPmBrowseDecoder::latestCollectionPage(const QJsonObject& data,
                                                                            int offset, QString* whyNot)
{
    return searchPage<PackageGroup>(data, QStringLiteral("latestCollections"), QStringLiteral("collections"),
                                    offset, &DataPmBrowseDecoder::collectionOf, whyNot);
}

std::optional<PackageGroup> DataPmBrowseDecoder::collection(const QJsonObject& data, QString* whyNot)
{
    return single<PackageGroup>(data, QStringLiteral("collection"), &DataPmBrowseDecoder::collectionOf,
                                whyNot);
}

std::optional<PackagePage> DataPmBrowseDecoder::packageList(const QJsonObject& data, const QString& field,
                                                            int offset, int limit, QString* whyNot)
{
    const QJsonValue value = data.value(field);
    if (!value.isArray()) {
        *whyNot = field + QStringLiteral(": not a list");
        return std::nullopt;
    }
    const QJsonArray rows = value.toArray();
    std::optional<QList<Package>> items =
        rowsOf<Package>(rows, field, &DataPmDecoder::packageSummary, whyNot);
    if (!items)
        return std::nullopt;
    PackagePage page;
    page.items = std::move(*items);
    // No hasMore, no count: a full page may have more behind it, a short one is the end. Null rows count
    // as rows here, since the server did use a place of the page for them.
    page.hasMore = limit > 0 && rows.size() >= limit;
    if (page.hasMore)
        page.nextCursor = QString::number(qint64(offset) + rows.size());
    return page;
}

std::optional<UserProfile> DataPmBrowseDecoder::user(const QJsonObject& data, QString* whyNot)
{
    return single<UserProfile>(data, QStringLiteral("user"), &DataPmBrowseDecoder::userOf, whyNot);
}

std::optional<PackageGroup> DataPmBrowseDecoder::catalogOf(const QJsonObject& object, QString* whyNot)
{
    std::optional<PackageGroup> catalog = groupOf(object, "catalogSlug", "displayName", whyNot);
    if (catalog)
        catalog->website = DataPmDecoder::webUrl(str(object, "website"));
    return catalog;
}

std::optional<PackageGroup> DataPmBrowseDecoder::collectionOf(const QJsonObject& object, QString* whyNot)
{
    return groupOf(object, "collectionSlug", "name", whyNot);
}

// What catalogs and collections share: identifier.<slugField>, a name, a description, and isPublic (nullable:
// only an explicit false makes a group private).
std::optional<PackageGroup> DataPmBrowseDecoder::groupOf(const QJsonObject& object, const char* slugField,
                                                         const char* nameField, QString* whyNot)
{
    PackageGroup group = PackageGroup::named(str(obj(object, "identifier"), slugField), str(object, nameField));
    if (group.slug.isEmpty()) {
        *whyNot = QStringLiteral("a group without identifier.%1").arg(QLatin1String(slugField));
        return std::nullopt;
    }
    group.description = str(object, "description");
    group.isPublic = object.value(QStringLiteral("isPublic")).toBool(true);
    return group;
}

std::optional<UserProfile> DataPmBrowseDecoder::userOf(const QJsonObject& object, QString* whyNot)
{
    UserProfile profile;
    profile.username = str(object, "username");
    if (profile.username.isEmpty()) {
        *whyNot = QStringLiteral("a user without username");
        return std::nullopt;
    }
    // First and last name when the user made them public; otherwise the server's displayName, unless it
    // only repeats the username (the real server falls back to it).
    const QString fullName =
        QStringList{str(object, "firstName").trimmed(), str(object, "lastName").trimmed()}
            .join(QLatin1Char(' '))
            .trimmed();
    const QString displayName = str(object, "displayName").trimmed();
    if (!fullName.isEmpty())
        profile.displayName = fullName;
    else if (displayName != profile.username)
        profile.displayName = displayName;
    profile.description = str(object, "description");
    profile.location = str(object, "location");
    profile.website = DataPmDecoder::webUrl(str(object, "website"));
    return profile;
}
