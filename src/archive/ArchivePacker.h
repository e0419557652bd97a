#pragma once

#include "ArchiveError.h"
#include "PackOptions.h"
#include "PackResult.h"

#include <QFileInfo>
#include <QString>

#include <functional>

class ArchiveTask;
class QTemporaryFile;
struct archive;
struct archive_entry;

// The work of ArchivePackJob, on its worker thread. Walks the folder twice, one folder listing at a time,
// sorted: first to add up the bytes (for progress), then to stream every entry through libarchive (pax
// tar, gzip) into a temporary file beside the destination, in fixed-size blocks, so memory does not grow
// with the size of the files. The temporary file is renamed to the destination only when complete.
class ArchivePacker
{
public:
    ArchivePacker(const QString& sourceDir, const QString& destinationFile, const PackOptions& options,
                  PackResult& result, ArchiveTask& task);
    ArchiveError run();

private:
    // Called with each entry that is not left out; a folder's content follows it.
    using Visit = std::function<ArchiveError(const QString& relativePath, const QFileInfo& info)>;

    ArchiveError walk(const QString& folder, const QString& prefix, const Visit& visit);
    bool excluded(const QString& relativePath, const QFileInfo& info) const;
    // A link's target as stored, when it stays inside the folder; empty (and reported) otherwise.
    QByteArray linkTarget(const QString& relativePath, const QFileInfo& info);
    ArchiveError writeArchive(QTemporaryFile& file);
    ArchiveError writeEntry(archive* writer, archive_entry* entry, const QString& relativePath,
                            const QFileInfo& info);
    ArchiveError writeContent(archive* writer, const QString& relativePath, const QFileInfo& info);
    ArchiveError writerError(archive* writer) const;

    QString m_source;      // canonical
    QString m_destination; // absolute
    QString m_temporary;   // the file being written, until it is renamed to m_destination
    PackOptions m_options;
    PackResult& m_result;
    ArchiveTask& m_task;
    qint64 m_totalBytes = 0;
    QByteArray m_buffer;
};
