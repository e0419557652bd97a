#include "MetabindDecoder.h"

#include "MetabindBundleDecoder.h"
#include "core/Logging.h"
#include "registry/JsonFields.h"

#include <QJsonArray>
#include <QStringList>

namespace {

using JsonFields::str;

QString componentNames(const QJsonArray& components)
{
    QStringList names;
    for (const QJsonValue& component : components) {
        const QString name = str(component.toObject(), "name");
        if (!name.isEmpty())
            names.append(name);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

QDateTime MetabindDecoder::dateTime(const QJsonValue& value)
{
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(value.toString(), Qt::ISODate);
    return parsed;
}

std::optional<RegistryStatus> MetabindDecoder::status(const QJsonObject& data, QString* whyNot)
{
    if (!data.value(QStringLiteral("tags")).isObject()) {
        *whyNot = QStringLiteral("tags: not an object");
        return std::nullopt;
    }
    RegistryStatus result;
    result.healthy = true;
    result.detail = QStringLiteral("Metabind");
    return result;
}

std::optional<Package> MetabindDecoder::packageRow(const QJsonObject& object, QString* whyNot)
{
    Package package;
    package.id.scope = str(object, "projectId");
    package.id.name = str(object, "version");
    if (package.id.name.isEmpty()) {
        *whyNot = QStringLiteral("a package without version");
        return std::nullopt;
    }
    package.displayName = package.id.name;
    package.latestVersion = package.id.name;
    package.scopeDisplayName = package.id.scope;
    package.description = componentNames(object.value(QStringLiteral("components")).toArray());
    package.createdAt = dateTime(object.value(QStringLiteral("createdAt")));
    package.updatedAt = package.createdAt; // a published version does not change
    package.isPublic = false;              // every read needs a key
    return package;
}

namespace {

// The rows of packages.data; a row that cannot be a package (null, no version) is left out, never the list.
std::optional<PackagePage> packageRows(const QJsonObject& list, QString* whyNot)
{
    const QJsonValue rows = list.value(QStringLiteral("data"));
    if (!rows.isArray()) {
        *whyNot = QStringLiteral("packages.data: not a list");
        return std::nullopt;
    }
    PackagePage page;
    int skipped = 0;
    for (const QJsonValue& row : rows.toArray()) {
        QString rowProblem;
        std::optional<Package> package =
            row.isObject() ? MetabindDecoder::packageRow(row.toObject(), &rowProblem) : std::nullopt;
        if (package)
            page.items.append(std::move(*package));
        else
            ++skipped;
    }
    if (skipped > 0)
        qCDebug(lcRegistry) << "metabind: left out" << skipped << "package rows that were not packages";
    return page;
}

} // namespace

std::optional<PackagePage> MetabindDecoder::packagePage(const QJsonObject& data, QString* whyNot)
{
    const QJsonObject list = data.value(QStringLiteral("packages")).toObject();
    std::optional<PackagePage> page = packageRows(list, whyNot);
    if (!page)
        return std::nullopt;
    const QJsonObject pagination = list.value(QStringLiteral("pagination")).toObject();
    const QString cursor = str(pagination, "cursor");
    page->hasMore = pagination.value(QStringLiteral("hasMore")).toBool(false) && !cursor.isEmpty() &&
                    !list.value(QStringLiteral("data")).toArray().isEmpty();
    if (page->hasMore)
        page->nextCursor = cursor;
    return page;
}

std::optional<PackagePage> MetabindDecoder::packageNumberPage(const QJsonObject& data, QString* whyNot)
{
    const QJsonObject list = data.value(QStringLiteral("packages")).toObject();
    std::optional<PackagePage> page = packageRows(list, whyNot);
    if (!page)
        return std::nullopt;
    const QJsonObject pagination = list.value(QStringLiteral("pagination")).toObject();
    const int number = pagination.value(QStringLiteral("page")).toInt(0);
    const int pages = pagination.value(QStringLiteral("pages")).toInt(0);
    page->total = pagination.value(QStringLiteral("total")).toInt(-1);
    // An empty page ends the list too, whatever the count says: no endless asking.
    page->hasMore = number > 0 && number < pages && !list.value(QStringLiteral("data")).toArray().isEmpty();
    if (page->hasMore)
        page->nextCursor = QString::number(number + 1);
    return page;
}

bool MetabindDecoder::pagesByNumber(const QJsonObject& data)
{
    const QJsonArray fields =
        data.value(QStringLiteral("__type")).toObject().value(QStringLiteral("fields")).toArray();
    for (const QJsonValue& field : fields) {
        if (str(field.toObject(), "name") != QLatin1String("packages"))
            continue;
        for (const QJsonValue& argument : field.toObject().value(QStringLiteral("args")).toArray()) {
            if (str(argument.toObject(), "name") == QLatin1String("page"))
                return true;
        }
    }
    return false;
}

std::optional<Package> MetabindDecoder::package(const QJsonObject& data, QString* whyNot)
{
    const std::optional<QJsonObject> found =
        JsonFields::nullableObject(data.value(QStringLiteral("package")), QStringLiteral("package"), whyNot);
    if (!found)
        return std::nullopt;
    const QJsonObject& object = *found;
    std::optional<Package> package = packageRow(object, whyNot);
    if (!package)
        return std::nullopt;
    package->details = std::make_shared<const PackageDetails>(MetabindBundleDecoder::details(object));
    // One version per page (each version is a row of the list): no versions tab.
    return package;
}
