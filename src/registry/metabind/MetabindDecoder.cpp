#include "MetabindDecoder.h"

#include "registry/JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace {

using JsonFields::obj;
using JsonFields::str;

QString trDecoder(const char* text)
{
    return QCoreApplication::translate("MetabindDecoder", text);
}

QDateTime dateTime(const QJsonValue& value)
{
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(value.toString(), Qt::ISODate);
    return parsed;
}

// Names and titles come from the registry: keep them from turning into Markdown markup.
QString escapeMarkdown(QString text)
{
    static const QString special = QStringLiteral("\\`*_{}[]<>()#+-.!|");
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (special.contains(c))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped.replace(QLatin1Char('\n'), QLatin1Char(' '));
}

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

QString summaryMarkdown(const QJsonObject& object)
{
    QString text;
    const QJsonArray components = object.value(QStringLiteral("components")).toArray();
    if (!components.isEmpty()) {
        text += QStringLiteral("## %1\n\n").arg(trDecoder("Components"));
        for (const QJsonValue& value : components) {
            const QJsonObject component = value.toObject();
            QString line = QStringLiteral("- **%1**").arg(escapeMarkdown(str(component, "name")));
            const QString title = str(component, "title");
            if (!title.isEmpty() && title != str(component, "name"))
                line += QStringLiteral(" (%1)").arg(escapeMarkdown(title));
            const QString description = str(component, "description");
            if (!description.isEmpty())
                line += QStringLiteral(": %1").arg(escapeMarkdown(description));
            text += line + QLatin1Char('\n');
        }
        text += QLatin1Char('\n');
    }
    const QJsonArray assets = object.value(QStringLiteral("assets")).toArray();
    if (!assets.isEmpty()) {
        text += QStringLiteral("## %1\n\n").arg(trDecoder("Assets"));
        for (const QJsonValue& value : assets) {
            const QJsonObject asset = value.toObject();
            text += QStringLiteral("- %1 (%2)\n")
                        .arg(escapeMarkdown(str(asset, "name")), escapeMarkdown(str(asset, "type")));
        }
        text += QLatin1Char('\n');
    }
    const QJsonArray dependencies = object.value(QStringLiteral("dependencies")).toArray();
    if (!dependencies.isEmpty()) {
        text += QStringLiteral("## %1\n\n").arg(trDecoder("Dependencies"));
        for (const QJsonValue& value : dependencies) {
            const QJsonObject dependency = value.toObject();
            text += QStringLiteral("- %1 %2\n")
                        .arg(escapeMarkdown(str(dependency, "projectId")),
                             escapeMarkdown(str(dependency, "version")));
        }
    }
    return text.trimmed();
}

} // namespace

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

std::optional<PackagePage> MetabindDecoder::packagePage(const QJsonObject& data, QString* whyNot)
{
    const QJsonObject list = data.value(QStringLiteral("packages")).toObject();
    const QJsonValue rows = list.value(QStringLiteral("data"));
    if (!rows.isArray()) {
        *whyNot = QStringLiteral("packages.data: not a list");
        return std::nullopt;
    }
    PackagePage page;
    for (const QJsonValue& row : rows.toArray()) {
        if (row.isNull())
            continue;
        std::optional<Package> package = packageRow(row.toObject(), whyNot);
        if (!package) {
            whyNot->prepend(QStringLiteral("packages.data: "));
            return std::nullopt;
        }
        page.items.append(std::move(*package));
    }
    const QJsonObject pagination = list.value(QStringLiteral("pagination")).toObject();
    const QString cursor = str(pagination, "cursor");
    page.hasMore = pagination.value(QStringLiteral("hasMore")).toBool(false) && !cursor.isEmpty() &&
                   !rows.toArray().isEmpty();
    if (page.hasMore)
        page.nextCursor = cursor;
    return page;
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
    package->readmeMarkdown = summaryMarkdown(object);
    PackageVersion version;
    version.version = package->latestVersion;
    version.createdAt = package->createdAt;
    version.description = package->description;
    package->versions.append(version);
    return package;
}
