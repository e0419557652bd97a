#pragma once

#include "PackageDetails.h"

#include <QByteArray>
#include <QString>

// A resolved bundle (PackageDetails::bundle) as a JSON file people can keep: {"package": part,
// "dependencies": [part...]}, each part {"id", "label", "components": {name: {"compiled", "code"}},
// "assets": {name: {"type", "url", "size", "width", "height"}}}.
namespace BundleExport {

QByteArray json(const QList<PackageDetails::BundlePart>& bundle);
// Writes json(bundle) to `path` atomically (QSaveFile). False and *error when it cannot.
bool save(const QString& path, const QList<PackageDetails::BundlePart>& bundle, QString* error);

} // namespace BundleExport
