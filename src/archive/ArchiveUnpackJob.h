#pragma once

#include "ArchiveJob.h"
#include "UnpackOptions.h"
#include "UnpackResult.h"

#include <memory>

// Unpacks a .tar.gz, .tar or .zip safely into `targetDir`, which must not exist unless
// UnpackOptions::replaceExisting. Everything is written into a hidden temporary folder beside the target
// and renamed into place only when complete (replacing: the two are exchanged in one step where the file
// system can, then the old one is removed); a failure or cancel leaves neither.
//
// Refused, and listed in UnpackResult::refused with a reason: absolute paths, ".." components, symbolic
// links whose target is absolute, leads outside or through another link, entries whose path goes through a
// link, hard links to anything but a file unpacked before them, devices, pipes and sockets. By default a
// refused entry is skipped; limits (UnpackLimits) always fail the unpack, checked on each header before its
// content is read.
class ArchiveUnpackJob : public ArchiveJob
{
    Q_OBJECT
public:
    ArchiveUnpackJob(const QString& archiveFile, const QString& targetDir, const UnpackOptions& options = {},
                     QObject* parent = nullptr);

    // Complete in the finished() handler; in the failed() one, what was refused up to the failure.
    UnpackResult result() const { return *m_result; }

private:
    Work work() const override;
    QString describe() const override;

    QString m_archiveFile;
    QString m_targetDir;
    UnpackOptions m_options;
    std::shared_ptr<UnpackResult> m_result; // written by the worker until the job ends
};
