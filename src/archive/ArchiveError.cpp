#include "ArchiveError.h"

#include <QCoreApplication>
#include <QMetaEnum>

ArchiveError ArchiveError::make(Kind kind, const QString& path, const QString& detail)
{
    ArchiveError error;
    error.kind = kind;
    error.path = path;
    error.detail = detail;
    return error;
}

QString ArchiveError::text() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Canceled:
        return QCoreApplication::translate("ArchiveError", "Cancelled.");
    case Kind::SourceUnreadable:
        return QCoreApplication::translate("ArchiveError", "“%1” cannot be read.").arg(path);
    case Kind::DestinationUnwritable:
        return QCoreApplication::translate("ArchiveError", "“%1” cannot be written.").arg(path);
    case Kind::TargetExists:
        return QCoreApplication::translate("ArchiveError", "The folder “%1” already exists.").arg(path);
    case Kind::SourceChanged:
        return QCoreApplication::translate("ArchiveError", "“%1” changed while it was being packed.")
            .arg(path);
    case Kind::Corrupt:
        return QCoreApplication::translate("ArchiveError",
                                           "“%1” is damaged, incomplete or not an archive Depot can read.")
            .arg(path);
    case Kind::LimitExceeded:
        return QCoreApplication::translate("ArchiveError", "The archive was not unpacked: it contains %1.")
            .arg(RefusedEntry::reasonText(refusal.reason));
    case Kind::EntryRefused:
        return QCoreApplication::translate("ArchiveError", "The archive was not unpacked: %1")
            .arg(refusal.text());
    }
    return {};
}

QString ArchiveError::kindName(Kind kind)
{
    return QString::fromLatin1(QMetaEnum::fromType<Kind>().valueToKey(int(kind)));
}
