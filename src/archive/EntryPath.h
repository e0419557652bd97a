#pragma once

#include "RefusedEntry.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// Entry names and link targets checked as text, before anything touches the disk. Pack and unpack resolve
// links by hand and never ask the file system to follow one. In each function, no reason means accepted.
class EntryPath
{
public:
    // An entry name's components, without empty and "." ones ("./a//b/" gives a, b). Refuses absolute
    // names and ".." components.
    static std::optional<RefusedEntry::Reason> split(const QString& name, QStringList* components);

    // Where a symbolic link at `linkPath` pointing to `target` leads, as components below the root.
    // Refused when the target is absolute or climbs above the root at any step (LinkOutside), or when it
    // passes through a path for which `isLink` is true (LinkThroughLink): that link would decide where this
    // one leads. `isLink` may be empty.
    static std::optional<RefusedEntry::Reason> resolveLink(const QStringList& linkPath, const QString& target,
                                                           const std::function<bool(const QString&)>& isLink,
                                                           QStringList* resolved = nullptr);

    // Whether `path` is `root` or below it (both absolute and clean).
    static bool isInside(const QString& path, const QString& root);

    // Whether a folder above `components` (a proper prefix) is one of `links`.
    static bool throughLink(const QStringList& components, const QSet<QString>& links);
};
