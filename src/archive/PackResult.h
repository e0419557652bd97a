#pragma once

#include "RefusedEntry.h"

#include <QList>

// What ArchivePackJob wrote.
struct PackResult
{
    qint64 files = 0;
    qint64 folders = 0;
    qint64 links = 0;
    qint64 contentBytes = 0; // the packed files' bytes
    qint64 archiveBytes = 0; // the size of the .tar.gz
    // Left out and reported, never followed: symbolic links that point outside the folder (they could pull
    // in private files), devices, pipes and sockets.
    QList<RefusedEntry> skipped;
};
