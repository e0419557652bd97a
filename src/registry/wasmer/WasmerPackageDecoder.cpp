#include "WasmerPackageDecoder.h"

#include "WasmerDecoder.h"
#include "WasmerManifest.h"
#include "registry/JsonFields.h"
#include "registry/VersionOrder.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace {

using JsonFields::obj;
using JsonFields::str;

// The objects of a list, nulls and other values left out (lists of the real schema may hold nulls).
QList<QJsonObject> objects(const QJsonValue& list)
{
    QList<QJsonObject> result;
    for (const QJsonValue& entry : list.toArray()) {
        if (entry.isObject())
            result.append(entry.toObject());
    }
    return result;
}

// The nodes of a connection's edges.
QList<QJsonObject> nodes(const QJsonValue& connection)
{
    QList<QJsonObject> result;
    for (const QJsonObject& edge : objects(connection.toObject().value(QStringLiteral("edges")))) {
        const QJsonObject node = obj(edge, "node");
        if (!node.isEmpty())
            result.append(node);
    }
    return result;
}

PackageId packageIdOf(const QJsonObject& package)
{
    QString scope = str(package, "namespace");
    return {scope.isEmpty() ? QStringLiteral("_") : scope, str(package, "packageName")};
}

void fillOwner(PackageDetails* details, const QJsonObject& owner)
{
    const QString type = str(owner, "__typename");
    if (type == QLatin1String("User") && !str(owner, "username").isEmpty()) {
        details->ownerKind = PackageDetails::OwnerKind::User;
        details->ownerName = str(owner, "username");
    } else if (type == QLatin1String("Namespace") && !str(owner, "name").isEmpty()) {
        details->ownerKind = PackageDetails::OwnerKind::Group;
        details->ownerName = str(owner, "name");
    } else {
        details->ownerName = str(owner, "globalName"); // an owner kind Depot does not know: its name only
    }
}

void fillModules(PackageDetails* details, const QJsonObject& node, const PackageFolder& manifest)
{
    QStringList versionInterfaces;
    for (const QJsonObject& used : objects(node.value(QStringLiteral("moduleInterfaces")))) {
        const QString name = str(obj(used, "interface"), "name");
        if (!name.isEmpty())
            versionInterfaces.append(name + QLatin1Char('@') + str(used, "version"));
    }
    for (const QJsonObject& entry : objects(node.value(QStringLiteral("modules")))) {
        PackageDetails::Module module{str(entry, "name"), str(entry, "abi"), str(entry, "source"), {}};
        if (module.name.isEmpty())
            continue;
        // The registry tells the interfaces of the version; the manifest says which module implements which.
        const auto declared = std::find_if(manifest.modules.cbegin(), manifest.modules.cend(),
                                           [&module](const auto& m) { return m.name == module.name; });
        if (declared != manifest.modules.cend())
            module.interfaces = declared->interfaces;
        details->modules.append(module);
    }
    if (details->modules.size() == 1 && details->modules.first().interfaces.isEmpty())
        details->modules.first().interfaces = versionInterfaces;
    for (const QJsonObject& entry : objects(node.value(QStringLiteral("commands")))) {
        const QString name = str(entry, "command");
        if (!name.isEmpty())
            details->commands.append({name, str(obj(entry, "module"), "name")});
    }
}

void fillDependencies(PackageDetails* details, const QJsonObject& node, const PackageFolder& manifest)
{
    // The registry resolves the requirements to versions; the manifest has the requirements as written.
    QList<PackageDetails::Dependency> wanted = manifest.dependencies;
    for (const QJsonObject& resolved : nodes(node.value(QStringLiteral("dependencies")))) {
        const PackageId id = packageIdOf(obj(resolved, "package"));
        if (id.name.isEmpty())
            continue;
        PackageDetails::Dependency dependency{id, {}, str(resolved, "version"), {}};
        const auto declared =
            std::find_if(wanted.begin(), wanted.end(), [&id](const auto& d) { return d.id == id; });
        if (declared != wanted.end()) {
            dependency.requirement = declared->requirement;
            wanted.erase(declared);
        }
        details->dependencies.append(dependency);
    }
    details->dependencies.append(wanted); // requirements the registry did not resolve
    for (const QJsonObject& mapping : objects(node.value(QStringLiteral("filesystem")))) {
        if (!str(mapping, "wasm").isEmpty())
            details->filesystem.append({str(mapping, "wasm"), str(mapping, "host")});
    }
}

void fillSignature(PackageDetails* details, const QJsonObject& node)
{
    const QJsonValue isSigned = node.value(QStringLiteral("isSigned"));
    const QJsonObject signature = obj(node, "signature");
    if (!signature.isEmpty() || isSigned.toBool(false)) {
        details->signature = PackageDetails::Signature::Signed;
        const QJsonObject key = obj(signature, "publicKey");
        details->signingKey = str(key, "keyId");
        details->signingKeyOwner = str(obj(key, "owner"), "username");
        details->signingKeyRevoked = key.value(QStringLiteral("revoked")).toBool(false);
        details->signedAt = WasmerDecoder::dateTime(signature.value(QStringLiteral("createdAt")));
    } else if (isSigned.isBool()) {
        details->signature = PackageDetails::Signature::Unsigned;
    }
}

QByteArray sha256Hex(const QString& text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    return hex.match(text).hasMatch() ? text.toLower().toLatin1() : QByteArray();
}

} // namespace

QString WasmerPackageDecoder::runCommand(const PackageId& id, const QString& version, bool isLatest)
{
    const QString name = id.scope == QLatin1String("_") ? id.name : id.toString();
    return QStringLiteral("wasmer run ") + name +
           (isLatest || version.isEmpty() ? QString() : QLatin1Char('@') + version);
}

std::optional<Package> WasmerPackageDecoder::packageVersion(const QJsonValue& value, QString* whyNot)
{
    const std::optional<QJsonObject> found =
        JsonFields::nullableObject(value, QStringLiteral("getPackageVersion"), whyNot);
    if (!found)
        return std::nullopt;
    const QJsonObject& node = *found;
    const QJsonObject packageObject = obj(node, "package");
    Package package;
    if (!WasmerDecoder::fillFromPackage(&package, packageObject, whyNot))
        return std::nullopt;
    const QString shown = str(node, "version");
    package.description = str(node, "description");
    package.readmeMarkdown = str(node, "readme");
    package.licenseMarkdown = str(node, "license");

    for (const QJsonObject& entry : objects(packageObject.value(QStringLiteral("versions")))) {
        if (!str(entry, "version").isEmpty())
            package.versions.append(WasmerDecoder::version(entry));
    }
    if (package.versions.isEmpty() && !shown.isEmpty())
        package.versions.append(WasmerDecoder::version(node));
    std::stable_sort(package.versions.begin(), package.versions.end(),
                     [](const PackageVersion& a, const PackageVersion& b) {
                         return VersionOrder::newerFirst(a.version, b.version);
                     });
    package.latestVersion = package.versions.isEmpty() ? shown : package.versions.first().version;

    auto details = std::make_shared<PackageDetails>();
    details->version = shown;
    details->licence = str(node, "license");
    details->homepage = WasmerDecoder::webUrl(str(node, "homepage"));
    details->repository = WasmerDecoder::webUrl(str(node, "repository"));
    package.website = details->homepage.isEmpty() ? details->repository : details->homepage;
    details->downloadCount = WasmerDecoder::count(packageObject.value(QStringLiteral("totalDownloads")));
    details->size = WasmerDecoder::count(node.value(QStringLiteral("fileSize")));
    if (details->size < 0)
        details->size = WasmerDecoder::count(obj(node, "distribution").value(QStringLiteral("size")));
    fillOwner(details.get(), obj(packageObject, "owner"));
    // The namespace's own name for itself ("Global" for "_"), when it is the owner.
    const QJsonObject owner = obj(packageObject, "owner");
    if (details->ownerName == package.id.scope && !str(owner, "displayName").isEmpty())
        package.scopeDisplayName = str(owner, "displayName");

    const QString manifestText = str(node, "manifest");
    const PackageFolder manifest = WasmerManifest::parse(manifestText.toUtf8());
    fillModules(details.get(), node, manifest);
    fillDependencies(details.get(), node, manifest);
    fillSignature(details.get(), node);
    details->runCommand = runCommand(package.id, shown, shown == package.latestVersion);
    package.details = std::move(details);
    if (!manifestText.isEmpty()) {
        auto file = std::make_shared<PackageManifest>();
        file->fileName = QStringLiteral("wasmer.toml");
        file->text = manifestText;
        package.manifest = std::move(file);
    }
    return package;
}

std::optional<QList<PackageDownload>> WasmerPackageDecoder::downloads(const QJsonValue& value,
                                                                      QString* whyNot)
{
    const std::optional<QJsonObject> found =
        JsonFields::nullableObject(value, QStringLiteral("getPackageVersion"), whyNot);
    if (!found)
        return std::nullopt;
    const QJsonObject& node = *found;
    const PackageId id = packageIdOf(obj(node, "package"));
    const QString version = str(node, "version");
    const QJsonObject distribution = obj(node, "distribution");
    const QUrl url = WasmerDecoder::webUrl(str(distribution, "downloadUrl"));
    const QUrl webcUrl = WasmerDecoder::webUrl(str(distribution, "webcDownloadUrl"));
    const QString base = id.name + QLatin1Char('-') + version;
    QList<PackageDownload> offers;
    if (url.isValid()) {
        // downloadUrl is the .tar.gz, or the .webc of a package published as webc only.
        const bool webc = url.path().endsWith(QLatin1String(".webc"), Qt::CaseInsensitive);
        PackageDownload archive{id,
                                version,
                                url,
                                base + (webc ? QStringLiteral(".webc") : QStringLiteral(".tar.gz")),
                                webc ? QStringLiteral("webc") : QStringLiteral("tar.gz"),
                                !webc,
                                WasmerDecoder::count(distribution.value(QStringLiteral("size"))),
                                {}};
        // The real schema gives no checksum of the .tar.gz: webcSha256Hash is the SHA-256 of the .webc image.
        // So it is checked only when webcDownloadUrl names this very file (a registry that builds no webc
        // image describes the .tar.gz there, as Depot's local one does); otherwise the size is checked alone.
        if (webcUrl == url)
            archive.sha256 = sha256Hex(str(distribution, "webcSha256Hash"));
        offers.append(archive);
    }
    if (webcUrl.isValid() && webcUrl != url) {
        offers.append({id, version, webcUrl, base + QStringLiteral(".webc"), QStringLiteral("webc"), false,
                       WasmerDecoder::count(distribution.value(QStringLiteral("webcSize"))),
                       sha256Hex(str(distribution, "webcSha256Hash"))});
    }
    return offers;
}

std::optional<PackageInterface> WasmerPackageDecoder::interfaceOf(const QJsonValue& value, QString* whyNot)
{
    const std::optional<QJsonObject> found =
        JsonFields::nullableObject(value, QStringLiteral("getInterface"), whyNot);
    if (!found)
        return std::nullopt;
    PackageInterface result;
    result.name = str(*found, "name");
    if (result.name.isEmpty()) {
        *whyNot = QStringLiteral("getInterface: no name");
        return std::nullopt;
    }
    result.displayName = str(*found, "displayName");
    if (result.displayName.isEmpty())
        result.displayName = result.name;
    result.description = str(*found, "description");
    result.homepage = WasmerDecoder::webUrl(str(*found, "homepage"));
    for (const QJsonObject& node : nodes(found->value(QStringLiteral("versions")))) {
        if (str(node, "version").isEmpty())
            continue;
        result.versions.append({str(node, "version"),
                                WasmerDecoder::dateTime(node.value(QStringLiteral("createdAt"))),
                                str(obj(node, "publishedBy"), "username"), str(node, "content")});
    }
    std::stable_sort(result.versions.begin(), result.versions.end(),
                     [](const PackageInterface::Version& a, const PackageInterface::Version& b) {
                         return VersionOrder::newerFirst(a.version, b.version);
                     });
    return result;
}

Page<PackageGroup> WasmerPackageDecoder::interfaces(const QJsonValue& value)
{
    Page<PackageGroup> page;
    for (const QJsonObject& entry : objects(value)) {
        if (std::optional<PackageGroup> group = WasmerDecoder::group(entry))
            page.items.append(std::move(*group));
    }
    page.total = int(page.items.size());
    return page;
}
