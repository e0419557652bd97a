#pragma once

#include "registry/PackageManifest.h"

#include <QString>

#include <optional>

// A DataPM package file (JSON) as a package page shows it.
namespace DataPmManifest {

// The manifest of a package file's text; nullopt when the text is not a JSON object. Unknown or malformed
// parts (a schema without properties, a property without types) are shown as far as they go.
std::optional<PackageManifest> fromPackageFile(const QString& text);
// Indents JSON text two spaces a level and keeps the order of keys (QJsonDocument would sort them).
// Expects valid JSON; returns the text unchanged when it is not.
QString indentJson(const QString& text);

} // namespace DataPmManifest
