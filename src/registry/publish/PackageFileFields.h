#pragma once

#include <QString>

#include <optional>

// The fields of a package file a publisher edits in a form. Read from a file (every field the file has),
// or given as overrides (only the fields set replace the file's own when it is checked or published).
struct PackageFileFields
{
    std::optional<QString> packageSlug;
    std::optional<QString> displayName;
    std::optional<QString> description;
    std::optional<QString> version;
    std::optional<QString> readmeMarkdown;
    std::optional<QString> licenseMarkdown;
};
