#pragma once

#include "registry/Jobs.h"

// The files a registry offers for a package version (an archive to download and unpack). The addresses may
// be signed and expire, so each download asks for them again, right before it starts; they are never cached.
class PackageDownloads
{
public:
    virtual ~PackageDownloads() = default;
    // The files of `version` of `id` (the latest when empty), the most useful first; an empty list when the
    // version offers none.
    virtual DownloadListJob* downloads(const PackageId& id, const QString& version) = 0;
};
