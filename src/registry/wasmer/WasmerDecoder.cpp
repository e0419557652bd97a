#include "WasmerDecoder.h"

#include "registry/JsonFields.h"
#include "registry/VersionOrder.h"

#include <QJsonArray>

#include <algorithm>

namespace {

using JsonFields::obj;
using JsonFields::str;

// Fills the package-level fields from a Package object ({namespace packageName displayName private ...}).
bool fillFromPackage(Package* package, const QJsonObject& object, QString* whyNot)
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
    package->createdAt = WasmerDecoder::dateTime(object.value(QStringLiteral("createdAt")));
    package->updatedAt = WasmerDecoder::dateTime(object.value(QStringLiteral("updatedAt")));
    package->scopeDisplayName = package->id.scope;
    return true;
}

} // namespace

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

std::optional<PackagePage> WasmerDecoder::versionConnection(const QJsonValue& connection,
                                                            bool countIsPackages, QString* whyNot)
{
    if (!connection.isObject()) {
        *whyNot = QStringLiteral("connection: not an object");
        return std::nullopt;
    }
    const QJsonObject object = connection.toObject();
    const QJsonValue edges = object.value(QStringLiteral("edges"));
    if (!edges.isArray()) {
        *whyNot = QStringLiteral("connection.edges: not a list");
        return std::nullopt;
    }
    PackagePage page;
    for (const QJsonValue& edge : edges.toArray()) {
        const QJsonObject node = edge.toObject().value(QStringLiteral("node")).toObject();
        const QJsonValue typeName = node.value(QStringLiteral("__typename"));
        // The search union grows (users, namespaces, apps, blog posts ...): keep package versions only.
        if (node.isEmpty() || (typeName.isString() && typeName.toString() != QLatin1String("PackageVersion")))
            continue;
        std::optional<Package> row = versionRow(node, whyNot);
        if (!row) {
            whyNot->prepend(QStringLiteral("connection.edges: "));
            return std::nullopt;
        }
        page.items.append(std::move(*row));
    }
    const QJsonObject pageInfo = obj(object, "pageInfo");
    const QString endCursor = str(pageInfo, "endCursor");
    page.hasMore = pageInfo.value(QStringLiteral("hasNextPage")).toBool(false) && !endCursor.isEmpty() &&
                   !edges.toArray().isEmpty();
    if (page.hasMore)
        page.nextCursor = endCursor;
    const QJsonValue total = object.value(QStringLiteral("totalCount"));
    if (countIsPackages && total.isDouble() && total.toDouble() >= 0)
        page.total = total.toInt();
    return page;
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

PackageVersion WasmerDecoder::version(const QJsonObject& node)
{
    PackageVersion result;
    result.version = str(node, "version");
    result.description = str(node, "description");
    result.createdAt = dateTime(node.value(QStringLiteral("createdAt")));
    result.author = str(obj(node, "publishedBy"), "username");
    const QJsonObject distribution = obj(node, "distribution");
    result.downloadUrl = webUrl(str(distribution, "downloadUrl"));
    const QJsonValue size = distribution.value(QStringLiteral("size"));
    if (size.isDouble() && size.toDouble() >= 0 && size.toDouble() < 9e15)
        result.size = qint64(size.toDouble());
    return result;
}

std::optional<Package> WasmerDecoder::package(const QJsonValue& value, QString* whyNot)
{
    const std::optional<QJsonObject> found =
        JsonFields::nullableObject(value, QStringLiteral("getPackage"), whyNot);
    if (!found)
        return std::nullopt;
    const QJsonObject& object = *found;
    Package package;
    if (!fillFromPackage(&package, object, whyNot))
        return std::nullopt;

    const QJsonObject last = obj(object, "lastVersion");
    if (!last.isEmpty()) {
        package.latestVersion = str(last, "version");
        package.description = str(last, "description");
        package.readmeMarkdown = str(last, "readme");
        package.licenseMarkdown = str(last, "license");
        package.website = webUrl(str(last, "homepage"));
        if (package.website.isEmpty())
            package.website = webUrl(str(last, "repository"));
    }
    for (const QJsonValue& entry : object.value(QStringLiteral("versions")).toArray()) {
        if (entry.isObject() && !str(entry.toObject(), "version").isEmpty())
            package.versions.append(version(entry.toObject()));
    }
    if (package.versions.isEmpty() && !last.isEmpty())
        package.versions.append(version(last));
    std::stable_sort(package.versions.begin(), package.versions.end(),
                     [](const PackageVersion& a, const PackageVersion& b) {
                         return VersionOrder::newerFirst(a.version, b.version);
                     });
    return package;
}

std::optional<Package> WasmerDecoder::packageVersion(const QJsonValue& value, QString* whyNot)
{
    const std::optional<QJsonObject> found =
        JsonFields::nullableObject(value, QStringLiteral("getPackageVersion"), whyNot);
    if (!found)
        return std::nullopt;
    const QJsonObject node = *found;
    std::optional<Package> package = versionRow(node, whyNot);
    if (!package)
        return std::nullopt;
    package->readmeMarkdown = str(node, "readme");
    package->licenseMarkdown = str(node, "license");
    if (package->website.isEmpty())
        package->website = webUrl(str(node, "repository"));
    if (package->versions.isEmpty())
        package->versions.append(version(node));
    return package;
}

QUrl WasmerDecoder::webUrl(const QString& text)
{
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return {};
    return url;
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
