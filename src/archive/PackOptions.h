#pragma once

#include <QDateTime>
#include <QFileInfo>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// How ArchivePackJob packs a folder. The defaults write a plain, reproducible-friendly .tar.gz: entries
// sorted, paths relative, owner uid/gid 0 with no names (what the wasmer CLI writes), permissions
// normalised to 0644/0755.
struct PackOptions
{
    // Names left out wherever they appear, a folder with all it holds (e.g. ".git").
    QStringList excludedNames;
    // Called on the worker thread (so it must not touch GUI objects), once in each of the two walks, for
    // every file, folder and link, with its '/'-separated path relative to the folder; true leaves it out, a
    // folder with all it holds.
    std::function<bool(const QString& relativePath, const QFileInfo& info)> exclude;
    // When set, every entry gets this modification time, so that the same tree packs to the same bytes.
    std::optional<QDateTime> modificationTime;
    // Off: each entry carries its file's owner and group ids and names.
    bool anonymousOwner = true;
    // gzip level, 1 (fast) to 9 (small).
    int compressionLevel = 6;
};
