#pragma once

#include "UnpackLimits.h"

// How ArchiveUnpackJob treats limits, hostile entries and an existing target folder.
struct UnpackOptions
{
    enum class OnRefusal {
        SkipEntry, // leave the entry out, report it in UnpackResult::refused, go on
        Fail,      // fail the whole unpack (ArchiveError::Kind::EntryRefused)
    };

    UnpackLimits limits;
    // For hostile or unsupported entries (absolute paths, "..", links out, devices...). Limits always fail.
    OnRefusal onRefusal = OnRefusal::SkipEntry;
    // Off: an existing target fails with TargetExists. On: the new folder replaces it once complete.
    bool replaceExisting = false;
    // On: runs of zeros become holes, so a file of zeros costs no disk. Off by default: libarchive then looks
    // at every 4 KiB block and writes them one by one, which made unpacking 1.6 times slower than bsdtar -xf
    // (bench figure 8); what a file of zeros can take is bounded by the limits either way.
    bool sparseFiles = false;
};
