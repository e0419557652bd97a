#pragma once

#include "registry/Package.h"
#include "registry/Paging.h"
#include "registry/RegistryStatus.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// Wasmer/WAPM answers (the `data` object) -> domain values. Pure, like the other dialects' decoders: no
// network, no state; nullopt with a technical *whyNot for an answer of the wrong shape.
class WasmerDecoder
{
public:
    static std::optional<RegistryStatus> status(const QJsonObject& data, QString* whyNot);
    // A Relay connection of package versions (recentPackageVersions, search, interface packageVersions):
    // one row per package version, nodes of other __typenames skipped. `countIsPackages`: whether
    // totalCount counts only what is listed (search counts users and namespaces too).
    static std::optional<PackagePage> versionConnection(const QJsonValue& connection, bool countIsPackages,
                                                        QString* whyNot);
    // getPackage; a null package gives nullopt with an empty *whyNot (not found, not malformed).
    static std::optional<Package> package(const QJsonValue& package, QString* whyNot);
    // getPackageVersion: the package as seen from that version (versions holds just that one).
    static std::optional<Package> packageVersion(const QJsonValue& version, QString* whyNot);

    static std::optional<Package> versionRow(const QJsonObject& node, QString* whyNot);
    static PackageVersion version(const QJsonObject& node);
    static QDateTime dateTime(const QJsonValue& value);
    // A web address from a registry: only http(s), so a view can open it without checks of its own.
    static QUrl webUrl(const QString& text);
};
