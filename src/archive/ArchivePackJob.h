#pragma once

#include "ArchiveJob.h"
#include "PackOptions.h"
#include "PackResult.h"

#include <memory>

// Packs a folder into a .tar.gz as a stream: memory stays flat whatever the size of the files. The
// archive is written to a hidden temporary file beside `destinationFile` and renamed to it only when
// complete (replacing an older one); a failure or cancel leaves no file. The destination and its temporary
// file are left out of the archive when they lie inside the folder.
//
// Entries: sorted, paths relative to the folder, regular files, folders, and symbolic links whose target
// stays inside the folder (without passing through another link); links pointing outside, devices, pipes
// and sockets are left out and listed in PackResult::skipped.
class ArchivePackJob : public ArchiveJob
{
    Q_OBJECT
public:
    ArchivePackJob(const QString& sourceDir, const QString& destinationFile, const PackOptions& options = {},
                   QObject* parent = nullptr);

    // Complete in the finished() handler; what was done so far in the failed() one.
    PackResult result() const { return *m_result; }

private:
    Work work() const override;
    QString describe() const override;

    QString m_sourceDir;
    QString m_destinationFile;
    PackOptions m_options;
    std::shared_ptr<PackResult> m_result; // written by the worker until the job ends
};
