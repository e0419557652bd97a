#pragma once

#include "registry/Package.h"
#include "registry/PackageGroup.h"
#include "registry/Paging.h"
#include "registry/RegistryStatus.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <functional>
#include <optional>

// Wasmer/WAPM list answers (the `data` object) -> domain values. Pure, like the other dialects' decoders: no
// network, no state. Tolerant of what the real schema allows: every nullable field may be null, a row that
// cannot be read is left out (one odd row never empties a list), union members Depot does not know (apps,
// blog posts, templates) are skipped. nullopt with a technical *whyNot only when the list itself is missing.
class WasmerDecoder
{
public:
    static std::optional<RegistryStatus> status(const QJsonObject& data, QString* whyNot);
    // A Relay connection of package versions (recentPackageVersions, search, interface packageVersions):
    // one row per package version. `countIsPackages`: whether totalCount counts only what is listed (an
    // unfiltered search counts users and namespaces too).
    static std::optional<PackagePage> versionConnection(const QJsonValue& connection, bool countIsPackages,
                                                        QString* whyNot);
    // A Relay connection of packages (a namespace's or a user's packages): one row per package.
    static std::optional<PackagePage> packageConnection(const QJsonValue& connection, QString* whyNot);
    // A Relay connection of search results, keeping the nodes of `typeName` ("Namespace", "User") as groups.
    static std::optional<Page<PackageGroup>> groupConnection(const QJsonValue& connection,
                                                             const QString& typeName, QString* whyNot);

    // One row of a list: a package version node (with its `package`), or a package node (with lastVersion).
    static std::optional<Package> versionRow(const QJsonObject& node, QString* whyNot);
    static std::optional<Package> packageRow(const QJsonObject& node, QString* whyNot);
    // A namespace, a user or an interface as a group of packages; nullopt without a name.
    static std::optional<PackageGroup> group(const QJsonObject& node);
    static PackageVersion version(const QJsonObject& node);
    // Fills the package-level fields from a Package object ({namespace packageName displayName private ...}).
    static bool fillFromPackage(Package* package, const QJsonObject& object, QString* whyNot);

    static QDateTime dateTime(const QJsonValue& value);
    // A non-negative whole number (Int or BigInt, which servers send as a string), -1 otherwise.
    static qint64 count(const QJsonValue& value);
    // A web address from a registry: only http(s), so a view can open it without checks of its own.
    static QUrl webUrl(const QString& text);

private:
    // The rows of a connection's edges made by `row` (rows it cannot read are left out), and its paging.
    template <typename T>
    static std::optional<Page<T>> connection(const QJsonValue& value, bool countsRows, QString* whyNot,
                                             const std::function<std::optional<T>(const QJsonObject&)>& row);
};
