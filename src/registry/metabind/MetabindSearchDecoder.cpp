#include "MetabindSearchDecoder.h"

#include "MetabindBundleDecoder.h"
#include "MetabindDecoder.h"
#include "registry/JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <functional>

namespace {

using JsonFields::str;

QString trSearch(const char* text)
{
    return QCoreApplication::translate("MetabindSearch", text);
}

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& each : value.toArray()) {
        if (each.isString())
            list.append(each.toString());
    }
    return list;
}

// What a row says of an asset: "image/png, 64 × 48, 1.2 KB".
QString assetSummary(const PackageDetails::Asset& asset)
{
    QStringList parts{asset.type};
    if (asset.width > 0 && asset.height > 0)
        parts.append(QStringLiteral("%1 × %2").arg(asset.width).arg(asset.height));
    if (asset.size >= 0)
        parts.append(QLocale().formattedDataSize(asset.size));
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

Package row(const QString& scope, const QJsonObject& object, const char* kind)
{
    Package package;
    package.id = PackageId{scope, str(object, "id")};
    package.displayName = str(object, "name");
    package.scopeDisplayName = trSearch(kind);
    package.updatedAt = MetabindDecoder::dateTime(object.value(QLatin1String("updatedAt")));
    package.isPublic = false;
    return package;
}

// The rows of list `name` of `data`; its next cursor goes into `cursors` when it has more.
void addRows(const QJsonObject& data, const QString& name, PackagePage* page, QJsonObject* cursors)
{
    const QJsonObject list = data.value(name).toObject();
    for (const QJsonValue& value : list.value(QLatin1String("data")).toArray()) {
        const QJsonObject object = value.toObject();
        if (str(object, "id").isEmpty() || str(object, "name").isEmpty())
            continue;
        if (name == QLatin1String("components")) {
            Package package = row(MetabindSearchDecoder::kComponent, object,
                                  QT_TRANSLATE_NOOP("MetabindSearch", "Component"));
            const QString description = str(object, "description");
            package.description = description.isEmpty() ? str(object, "title") : description;
            page->items.append(package);
        } else if (name == QLatin1String("assets")) {
            Package package =
                row(MetabindSearchDecoder::kAsset, object, QT_TRANSLATE_NOOP("MetabindSearch", "Asset"));
            package.description = assetSummary(MetabindBundleDecoder::asset(object));
            page->items.append(package);
        } else {
            Package package =
                row(MetabindSearchDecoder::kContent, object, QT_TRANSLATE_NOOP("MetabindSearch", "Content"));
            package.description = str(object, "description");
            page->items.append(package);
        }
    }
    const QJsonObject pagination = list.value(QLatin1String("pagination")).toObject();
    const QString cursor = str(pagination, "cursor");
    if (pagination.value(QLatin1String("hasMore")).toBool() && !cursor.isEmpty())
        cursors->insert(name, cursor);
}

std::optional<QJsonObject> found(const QJsonObject& data, const char* field, QString* whyNot)
{
    return JsonFields::nullableObject(data.value(QLatin1String(field)), QString::fromLatin1(field), whyNot);
}

// One search result's own page: `field` of the answer (null: not found), its row, and what `fill` adds to it.
std::optional<Package> single(const QJsonObject& data, const char* field, const QString& scope,
                              const char* kind, QString* whyNot,
                              const std::function<void(const QJsonObject&, Package*, PackageDetails*)>& fill)
{
    const std::optional<QJsonObject> object = found(data, field, whyNot);
    if (!object)
        return std::nullopt;
    Package package = row(scope, *object, kind);
    if (package.displayName.isEmpty())
        package.displayName = package.id.name;
    package.description = str(*object, "description");
    auto details = std::make_shared<PackageDetails>();
    fill(*object, &package, details.get());
    package.details = details;
    return package;
}

} // namespace

namespace MetabindSearchDecoder {

bool isResult(const PackageId& id)
{
    return id.scope == kComponent || id.scope == kAsset || id.scope == kContent;
}

PackagePage page(const QJsonObject& data, QJsonObject* cursors)
{
    PackagePage page;
    for (const QString& name :
         {QStringLiteral("components"), QStringLiteral("assets"), QStringLiteral("contents")})
        addRows(data, name, &page, cursors);
    page.hasMore = !cursors->isEmpty();
    return page;
}

std::optional<Package> component(const QJsonObject& data, QString* whyNot)
{
    return single(data, "component", kComponent, QT_TRANSLATE_NOOP("MetabindSearch", "Component"), whyNot,
                  [](const QJsonObject& object, Package*, PackageDetails* details) {
                      details->components.append(MetabindBundleDecoder::component(object));
                  });
}

std::optional<Package> asset(const QJsonObject& data, QString* whyNot)
{
    return single(data, "asset", kAsset, QT_TRANSLATE_NOOP("MetabindSearch", "Asset"), whyNot,
                  [](const QJsonObject& object, Package*, PackageDetails* details) {
                      details->assets.append(MetabindBundleDecoder::asset(object));
                      details->keywords = strings(object.value(QLatin1String("tags")));
                  });
}

std::optional<Package> content(const QJsonObject& data, QString* whyNot)
{
    return single(data, "content", kContent, QT_TRANSLATE_NOOP("MetabindSearch", "Content"), whyNot,
                  [](const QJsonObject& object, Package* package, PackageDetails* details) {
                      details->keywords = strings(object.value(QLatin1String("tags")));
                      details->version = str(object, "packageVersion");
                      const QString type = str(object.value(QLatin1String("contentType")).toObject(), "name");
                      if (!type.isEmpty())
                          package->scopeDisplayName = type;
                  });
}

} // namespace MetabindSearchDecoder
