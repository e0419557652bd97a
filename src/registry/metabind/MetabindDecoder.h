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
    static std::optional<PackagePage> packagePage(const QJsonObject& data, QString* whyNot);
    // package(version:); a null package gives nullopt with an empty *whyNot (not found, not malformed).
    // readmeMarkdown is made from the components, assets and dependencies (Metabind has no README).
    static std::optional<Package> package(const QJsonObject& data, QString* whyNot);

    static std::optional<Package> packageRow(const QJsonObject& object, QString* whyNot);
};
