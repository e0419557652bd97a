#pragma once

#include "ArchiveError.h"
#include "UnpackOptions.h"
#include "UnpackResult.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

class ArchiveTask;
struct archive;
struct archive_entry;

// The work of ArchiveUnpackJob, on its worker thread. Every entry is checked as text first (name, type,
// declared size, link target) and only then written, by libarchive's disk writer with its own
// ARCHIVE_EXTRACT_SECURE_* checks as a second line, into a temporary folder beside the target; that folder
// is renamed into place only when complete, and removed on failure or cancel.
//
// Symbolic links are created last, once every name in the archive is known: while the files are written no
// link exists that a file could be written through, and a link is refused when it points outside, through
// another link (a chain is judged by the link it goes through, which may come later), or when its path
// goes through a link. Hard links are accepted only to a regular file this archive wrote before them.
class ArchiveUnpacker
{
public:
    ArchiveUnpacker(const QString& archiveFile, const QString& targetDir, const UnpackOptions& options,
                    UnpackResult& result, ArchiveTask& task);
    // Frees libarchive's handles and removes the temporary folder unless it was moved into place.
    ~ArchiveUnpacker();
    ArchiveUnpacker(const ArchiveUnpacker&) = delete;
    ArchiveUnpacker& operator=(const ArchiveUnpacker&) = delete;

    ArchiveError run();

private:
    ArchiveError prepare();
    ArchiveError open();
    ArchiveError extract(archive_entry* entry);
    ArchiveError checkSize(archive_entry* entry, const QString& name);
    ArchiveError write(archive_entry* entry, const QString& name, const QString& path);
    ArchiveError copyData(const QString& name);
    ArchiveError createLinks();
    ArchiveError createLink(const QString& path, const QString& target);
    ArchiveError moveIntoPlace();
    // Records the refusal; an error when it ends the unpack (a limit, or OnRefusal::Fail).
    ArchiveError refuse(const QString& name, RefusedEntry::Reason reason, const QString& detail = {});
    ArchiveError readerError(const QString& name) const;
    ArchiveError diskError(const QString& name) const;
    QString onDisk(const QString& path) const;

    QString m_archiveFile;
    QString m_target; // absolute, in a canonical folder
    UnpackOptions m_options;
    UnpackResult& m_result;
    ArchiveTask& m_task;
    QString m_root; // the temporary folder beside the target; removed unless moved into place
    bool m_removeRoot = false;
    archive* m_reader = nullptr;
    archive* m_disk = nullptr;
    qint64 m_archiveBytes = 0;
    qint64 m_entries = 0;
    qint64 m_declaredBytes = 0;
    qint64 m_writtenBytes = 0;
    QSet<QString> m_files;          // regular files written: what a hard link may point to
    QSet<QString> m_linkNames;      // every symbolic link's path, accepted or refused
    QMap<QString, QString> m_links; // the accepted ones, path -> target, created at the end in path order
};
