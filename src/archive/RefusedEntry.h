#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

// An archive entry that was not unpacked (or a file that was not packed), and why. Unpacking reports
// each one; packing reports what it left out.
struct RefusedEntry
{
    Q_GADGET
public:
    enum class Reason {
        AbsolutePath,    // "/etc/x"
        ParentComponent, // a ".." component: "../x", "a/../../x"
        BadName,         // an empty name, or one that is not UTF-8
        LinkOutside,     // a symbolic link whose target is absolute or climbs out of the folder
        LinkThroughLink, // a symbolic link whose target goes through another link (chains are not followed)
        ThroughLink,     // an entry whose path goes through a symbolic link of the archive
        NameTaken,       // a symbolic link whose name another entry has already used
        HardLink,        // a hard link to anything but a regular file unpacked before it
        SpecialFile,     // a device, FIFO or socket, or an entry type Depot does not know
        EntryTooLarge,   // declared or actual size over UnpackLimits::maxEntryBytes
        TotalTooLarge,   // the entries together over UnpackLimits::maxTotalBytes
        TooManyEntries,  // more entries than UnpackLimits::maxEntries
    };
    Q_ENUM(Reason)

    QString path; // as named in the archive (or relative to the folder being packed)
    Reason reason = Reason::BadName;
    QString detail; // the link target, the declared size...: for people who want to look closer

    // A limit ends the whole unpack; the other reasons are hostile or unsupported entries.
    bool isLimit() const;
    // "“link/escaped”: goes through a symbolic link", translated.
    QString text() const;
    static QString reasonText(Reason reason);
    // "ParentComponent": for logs and tests.
    static QString reasonName(Reason reason);
};
