#pragma once

#include "RefusedEntry.h"

#include <QList>
#include <QString>

// What ArchiveUnpackJob wrote and what it refused. After a failure, `refused` still lists what was
// refused up to then (the entry that ended it included); nothing was written.
struct UnpackResult
{
    QString targetDir; // absolute
    qint64 files = 0;
    qint64 folders = 0;
    qint64 links = 0; // symbolic and hard
    qint64 contentBytes = 0;
    QList<RefusedEntry> refused;
};
