#pragma once

#include "RefusedEntry.h"

#include <QMetaType>
#include <QObject>
#include <QString>

// How an archive job failed, as a value. archive/ keeps its own small type so that it depends on nothing
// but Qt and libarchive; a caller maps `kind` to its own error reasons.
struct ArchiveError
{
    Q_GADGET
public:
    enum class Kind {
        None,
        Canceled,              // cancel() came before the job was complete
        SourceUnreadable,      // the folder to pack or the archive to unpack cannot be read
        DestinationUnwritable, // the output file or folder, or the folder it goes in, cannot be written
        TargetExists,          // the unpack target exists and UnpackOptions::replaceExisting is off
        SourceChanged,         // a file changed size while it was being packed
        Corrupt,               // damaged, truncated, or not a tar/tar.gz/zip archive
        LimitExceeded,         // an UnpackLimits limit: `refusal` says which entry and which limit
        EntryRefused,          // a hostile entry under OnRefusal::Fail: `refusal` says which and why
    };
    Q_ENUM(Kind)

    Kind kind = Kind::None;
    QString path;         // the file, folder or entry concerned, when there is one
    QString detail;       // the system's or libarchive's own words, untranslated: for the log
    RefusedEntry refusal; // for LimitExceeded and EntryRefused

    static ArchiveError make(Kind kind, const QString& path = {}, const QString& detail = {});
    bool isError() const { return kind != Kind::None; }
    // A sentence for people, translated.
    QString text() const;
    // "LimitExceeded": for logs and tests.
    static QString kindName(Kind kind);
};
