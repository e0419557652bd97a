#pragma once

#include "registry/Package.h"
#include "registry/Paging.h"

#include <QJsonObject>

#include <optional>

// Metabind search answers -> rows of the package list, and the pages those rows open. A result is a
// component, an asset or a content item of the project, shown as a row whose id.scope says which
// (kComponent, kAsset, kContent) and whose id.name is the registry's id of it. Pure.
namespace MetabindSearchDecoder {

inline const QString kComponent = QStringLiteral("component");
inline const QString kAsset = QStringLiteral("asset");
inline const QString kContent = QStringLiteral("content");

bool isResult(const PackageId& id);

// The rows of one Search answer. `cursors` gets, for each list that has more, the cursor of its next page
// (by list name: "components", "assets", "contents"). Rows without id or name are left out.
PackagePage page(const QJsonObject& data, QJsonObject* cursors);

// component(id:), asset(id:), content(id:) as a page shows them; nullopt with an empty *whyNot when null.
std::optional<Package> component(const QJsonObject& data, QString* whyNot);
std::optional<Package> asset(const QJsonObject& data, QString* whyNot);
std::optional<Package> content(const QJsonObject& data, QString* whyNot);

} // namespace MetabindSearchDecoder
