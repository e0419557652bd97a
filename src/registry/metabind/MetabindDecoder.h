#pragma once

#include "registry/Package.h"
#include "registry/Paging.h"
#include "registry/RegistryStatus.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// Metabind answers (the `data` object) -> domain values. Pure: no network, no state.
//
// Metabind has one package per project, published as versions (1.0.0, 1.1.0 ...), each a bundle of
// components and assets. Depot lists each published version as a row: id.scope = the project id,
// id.name = the version (what package(version:) takes), displayName = the version, description = the
// names of its components.
class MetabindDecoder
{
public:
    static std::optional<RegistryStatus> status(const QJsonObject& data, QString* whyNot);
    // packages(cursor, limit), the real schema's list. Rows that are not packages are left out (logged).
    static std::optional<PackagePage> packagePage(const QJsonObject& data, QString* whyNot);
    // packages(page, limit) as the public docs show it: the next cursor is the next page's number.
    static std::optional<PackagePage> packageNumberPage(const QJsonObject& data, QString* whyNot);
    // From PackagesArguments: whether packages takes `page` (the docs' paging) rather than `cursor`.
    static bool pagesByNumber(const QJsonObject& data);
    // package(version:); a null package gives nullopt with an empty *whyNot (not found, not malformed).
    // Package::details holds its components, assets, dependencies and resolved bundle (Metabind has no
    // README).
    static std::optional<Package> package(const QJsonObject& data, QString* whyNot);

    static std::optional<Package> packageRow(const QJsonObject& object, QString* whyNot);
    // An ISO 8601 date, with or without milliseconds; invalid when it is not one (or null).
    static QDateTime dateTime(const QJsonValue& value);
};
