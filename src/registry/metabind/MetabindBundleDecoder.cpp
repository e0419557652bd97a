#include "MetabindBundleDecoder.h"

#include "registry/JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

using JsonFields::str;

int number(const QJsonObject& object, const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isDouble() ? value.toInt(-1) : -1;
}

// A JSON text holding an object (what ResolvedPackageData's strings hold); empty when it is not one.
QJsonObject parsedObject(const QJsonValue& text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toString().toUtf8());
    return document.isObject() ? document.object() : QJsonObject();
}

QString label(const QString& project, const QString& version)
{
    return project.isEmpty() ? version : project + QLatin1Char('@') + version;
}

} // namespace

namespace MetabindBundleDecoder {

PackageDetails::Component component(const QJsonObject& object)
{
    PackageDetails::Component result;
    result.id = str(object, "id");
    result.name = str(object, "name");
    result.title = str(object, "title");
    result.description = str(object, "description");
    result.status = str(object, "status");
    result.source = str(object, "content");
    result.compiledCode = str(object, "compiled");
    result.compiled = !result.compiledCode.isEmpty();
    return result;
}

PackageDetails::Asset asset(const QJsonObject& object)
{
    PackageDetails::Asset result;
    result.id = str(object, "id");
    result.name = str(object, "name");
    result.type = str(object, "type");
    const QUrl url(str(object, "url"), QUrl::StrictMode);
    // Only web addresses: an asset is fetched with a plain GET.
    if (url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
        result.url = url;
    const QJsonValue size = object.value(QLatin1String("size"));
    result.size = size.isDouble() ? qint64(size.toDouble()) : -1;
    result.width = number(object, "width");
    result.height = number(object, "height");
    return result;
}

PackageDetails::BundlePart resolvedPart(const QJsonObject& object, const QString& partLabel,
                                        const PackageId& package)
{
    PackageDetails::BundlePart part;
    part.id = str(object, "id");
    part.label = partLabel;
    part.package = package;
    const QJsonObject components = parsedObject(object.value(QLatin1String("components")));
    for (auto it = components.begin(); it != components.end(); ++it) {
        PackageDetails::Component component;
        component.name = it.key();
        component.compiledCode = it.value().toString();
        component.compiled = !component.compiledCode.isEmpty();
        part.components.append(component);
    }
    const QJsonObject assets = parsedObject(object.value(QLatin1String("assets")));
    for (auto it = assets.begin(); it != assets.end(); ++it) {
        PackageDetails::Asset decoded = asset(it.value().toObject());
        if (decoded.name.isEmpty())
            decoded.name = it.key();
        part.assets.append(decoded);
    }
    return part;
}

PackageDetails details(const QJsonObject& package)
{
    PackageDetails result;
    const QString project = str(package, "projectId");
    result.version = str(package, "version");
    for (const QJsonValue& value : package.value(QLatin1String("components")).toArray()) {
        PackageDetails::Component decoded = component(value.toObject());
        if (!decoded.name.isEmpty())
            result.components.append(decoded);
    }
    for (const QJsonValue& value : package.value(QLatin1String("assets")).toArray()) {
        PackageDetails::Asset decoded = asset(value.toObject());
        if (!decoded.name.isEmpty())
            result.assets.append(decoded);
    }
    QList<PackageId> dependencies;
    for (const QJsonValue& value : package.value(QLatin1String("dependencies")).toArray()) {
        const QJsonObject dependency = value.toObject();
        PackageDetails::Dependency decoded;
        decoded.id = PackageId{str(dependency, "projectId"), str(dependency, "version")};
        if (decoded.id.scope.isEmpty() || decoded.id.name.isEmpty())
            continue;
        decoded.label = label(decoded.id.scope, decoded.id.name);
        result.dependencies.append(decoded);
        dependencies.append(decoded.id);
    }
    const QJsonValue compiled = package.value(QLatin1String("compiled"));
    if (const QJsonDocument document = QJsonDocument::fromJson(compiled.toString().toUtf8());
        !document.isNull())
        result.compiledBundle = QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    else
        result.compiledBundle = compiled.toString();

    const QJsonObject resolved = package.value(QLatin1String("resolved")).toObject();
    const QJsonObject own = resolved.value(QLatin1String("package")).toObject();
    if (!own.isEmpty())
        result.bundle.append(
            resolvedPart(own, label(project, result.version), PackageId{project, result.version}));
    // Resolved dependencies carry no project: the direct ones come first, in the order of `dependencies`
    // (each matched by its version too); deeper ones are named by their version alone.
    const QJsonArray resolvedDependencies = resolved.value(QLatin1String("dependencies")).toArray();
    for (int i = 0; i < resolvedDependencies.size(); ++i) {
        const QJsonObject data = resolvedDependencies.at(i).toObject();
        if (data.isEmpty())
            continue;
        const QString version = str(data, "version");
        const bool direct = i < dependencies.size() && dependencies.at(i).name == version;
        const PackageId id = direct ? dependencies.at(i) : PackageId{};
        result.bundle.append(resolvedPart(data, label(id.scope, version), id));
    }
    return result;
}

} // namespace MetabindBundleDecoder
