#include "WasmerDecoder.h"

#include "core/Logging.h"
#include "registry/JsonFields.h"

#include <QJsonArray>

namespace {

using JsonFields::obj;
using JsonFields::str;

} // namespace

template <typename T>
std::optional<Page<T>>
WasmerDecoder::connection(const QJsonValue& value, bool countsRows, QString* whyNot,
                          const std::function<std::optional<T>(const QJsonObject&)>& row)
{
    if (!value.isObject()) {
        *whyNot = QStringLiteral("connection: not an object");
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    const QJsonValue edges = object.value(QStringLiteral("edges"));
    if (!edges.isArray()) {
        *whyNot = QStringLiteral("connection.edges: not a list");
        return std::nullopt;
    }
    Page<T> page;
    int skipped = 0;
    const QJsonArray list = edges.toArray();
    for (const QJsonValue& edge : list) {
        const QJsonObject node = edge.toObject().value(QStringLiteral("node")).toObject();
        if (node.isEmpty())
            continue; // a null edge or node
        if (std::optional<T> item = row(node))
            page.items.append(std::move(*item));
        else
            ++skipped;
    }
    if (skipped > 0)
        qCDebug(lcRegistry) << "Wasmer list: left out" << skipped << "row(s) that could not be read";
    const QJsonObject pageInfo = obj(object, "pageInfo");
    const QString endCursor = str(pageInfo, "endCursor");
    page.hasMore = pageInfo.value(QStringLiteral("hasNextPage")).toBool(false) && !endCursor.isEmpty() &&
                   !list.isEmpty();
    if (page.hasMore)
        page.nextCursor = endCursor;
    const qint64 total = count(object.value(QStringLiteral("totalCount")));
    if (countsRows && total >= 0 && total <= 2'000'000'000)
        page.total = int(total);
    return page;
}

std::optional<RegistryStatus> WasmerDecoder::status(const QJsonObject& data, QString* whyNot)
{
    // `viewer` is null for anonymous callers; its presence is what shows the server answered the query.
    if (!data.contains(QStringLiteral("viewer"))) {
        *whyNot = QStringLiteral("viewer: missing");
        return std::nullopt;
    }
    RegistryStatus result;
    result.healthy = true;
    result.detail = QStringLiteral("Wasmer");
    return result;
}

std::optional<PackagePage> WasmerDecoder::versionConnection(const QJsonValue& value, bool countIsPackages,
                                                            QString* whyNot)
{
    return connection<Package>(value, countIsPackages, whyNot, [](const QJsonObject& node) {
        // The search union grows (users, namespaces, apps, blog posts ...): keep package versions only.
        const QJsonValue typeName = node.value(QStringLiteral("__typename"));
        if (typeName.isString() && typeName.toString() != QLatin1String("PackageVersion"))
            return std::optional<Package>();
        QString ignored;
        return versionRow(node, &ignored);
    });
}

std::optional<PackagePage> WasmerDecoder::packageConnection(const QJsonValue& value, QString* whyNot)
{
    return connection<Package>(value, true, whyNot, [](const QJsonObject& node) {
        QString ignored;
        return packageRow(node, &ignored);
    });
}

std::optional<Page<PackageGroup>> WasmerDecoder::groupConnection(const QJsonValue& value,
                                                                 const QString& typeName, QString* whyNot)
{
    return connection<PackageGroup>(value, false, whyNot, [typeName](const QJsonObject& node) {
        if (str(node, "__typename") != typeName)
            return std::optional<PackageGroup>();
        return group(node);
    });
}

bool WasmerDecoder::fillFromPackage(Package* package, const QJsonObject& object, QString* whyNot)
{
    package->id.scope = str(object, "namespace");
    package->id.name = str(object, "packageName");
    if (package->id.name.isEmpty()) {
        // Older WAPM servers spell only `name`, as "namespace/name" or a bare global name.
        const PackageId parsed = PackageId::fromString(str(object, "name"));
        package->id.name = parsed.name;
        if (package->id.scope.isEmpty())
            package->id.scope = parsed.scope;
    }
    if (package->id.name.isEmpty()) {
        *whyNot = QStringLiteral("a package without namespace/packageName");
        return false;
    }
    if (package->id.scope.isEmpty())
        package->id.scope = QStringLiteral("_"); // the global namespace
    package->displayName = str(object, "displayName");
    // A display name equal to "namespace/name" says nothing the identifier does not.
    if (package->displayName.isEmpty() || package->displayName == package->id.toString())
        package->displayName = package->id.name;
    package->isPublic = !object.value(QStringLiteral("private")).toBool(false);
    package->createdAt = dateTime(object.value(QStringLiteral("createdAt")));
    package->updatedAt = dateTime(object.value(QStringLiteral("updatedAt")));
    package->scopeDisplayName = package->id.scope;
    return true;
}

std::optional<Package> WasmerDecoder::versionRow(const QJsonObject& node, QString* whyNot)
{
    Package package;
    if (!fillFromPackage(&package, obj(node, "package"), whyNot))
        return std::nullopt;
    package.latestVersion = str(node, "version");
    package.description = str(node, "description");
    package.website = webUrl(str(node, "homepage"));
    // Rows that come with a download (interface implementations) keep it: the row is that version.
    if (node.value(QStringLiteral("distribution")).isObject())
        package.versions.append(version(node));
    return package;
}

std::optional<Package> WasmerDecoder::packageRow(const QJsonObject& node, QString* whyNot)
{
    Package package;
    if (!fillFromPackage(&package, node, whyNot))
        return std::nullopt;
    const QJsonObject last = obj(node, "lastVersion");
    package.latestVersion = str(last, "version");
    package.description = str(last, "description");
    package.website = webUrl(str(last, "homepage"));
    return package;
}

std::optional<PackageGroup> WasmerDecoder::group(const QJsonObject& node)
{
    // Namespaces and interfaces have a `name`, users a `username`; a user's display name is its full name.
    QString slug = str(node, "name");
    if (slug.isEmpty())
        slug = str(node, "username");
    if (slug.isEmpty())
        return std::nullopt;
    QString name = str(node, "displayName");
    if (name.isEmpty())
        name = str(node, "fullName").trimmed();
    PackageGroup result = PackageGroup::named(slug, name);
    result.description = str(node, "description");
    if (result.description.isEmpty())
        result.description = str(node, "bio");
    result.website = webUrl(str(node, "websiteUrl"));
    if (result.website.isEmpty())
        result.website = webUrl(str(node, "homepage"));
    return result;
}

PackageVersion WasmerDecoder::version(const QJsonObject& node)
{
    PackageVersion result;
    result.version = str(node, "version");
    result.description = str(node, "description");
    result.createdAt = dateTime(node.value(QStringLiteral("createdAt")));
    result.author = str(obj(node, "publishedBy"), "username");
    const QJsonObject distribution = obj(node, "distribution");
    result.downloadUrl = webUrl(str(distribution, "downloadUrl"));
    result.size = count(distribution.value(QStringLiteral("size")));
    return result;
}

QUrl WasmerDecoder::webUrl(const QString& text)
{
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return {};
    return url;
}

qint64 WasmerDecoder::count(const QJsonValue& value)
{
    double number = -1;
    if (value.isDouble())
        number = value.toDouble();
    else if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().toLongLong(&ok);
        number = ok ? double(parsed) : -1;
    }
    return number >= 0 && number < 9e15 ? qint64(number) : -1;
}

QDateTime WasmerDecoder::dateTime(const QJsonValue& value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    return parsed;
}
