#pragma once

#include <QtGlobal>

// What ArchiveUnpackJob accepts at most. Checked against what each header declares before anything is
// written, and again against the bytes actually written. Going past a limit fails the whole unpack.
struct UnpackLimits
{
    qint64 maxEntries = 10'000;
    qint64 maxEntryBytes = qint64(1) << 30;
    qint64 maxTotalBytes = qint64(1) << 30;
};
