#pragma once

#include "registry/PackageDetails.h"

#include <QJsonObject>

// What a Metabind package holds, as a package page shows it: components, assets, dependencies and the
// resolved bundle, from package(version:) and resolvedPackageData. Pure. Any field may be null (a server
// may send null for anything): a component or asset without a name is left out, the others stay. In
// ResolvedPackageData, `components` and `assets` are JSON texts (name -> compiled code, name -> asset): they
// are parsed a second time here.
namespace MetabindBundleDecoder {

PackageDetails::Component component(const QJsonObject& object);
PackageDetails::Asset asset(const QJsonObject& object);
// One ResolvedPackageData; `label` and `package` say what it is (the resolved data itself does not).
PackageDetails::BundlePart resolvedPart(const QJsonObject& object, const QString& label,
                                        const PackageId& package);
// Components, assets, dependencies, compiled and resolved of a package(version:) object.
PackageDetails details(const QJsonObject& package);

} // namespace MetabindBundleDecoder
