#include "RefusedEntry.h"

#include <QCoreApplication>
#include <QMetaEnum>

bool RefusedEntry::isLimit() const
{
    return reason == Reason::EntryTooLarge || reason == Reason::TotalTooLarge ||
           reason == Reason::TooManyEntries;
}

QString RefusedEntry::text() const
{
    return QCoreApplication::translate("RefusedEntry", "“%1”: %2").arg(path, reasonText(reason));
}

QString RefusedEntry::reasonText(Reason reason)
{
    switch (reason) {
    case Reason::AbsolutePath:
        return QCoreApplication::translate("RefusedEntry", "an absolute path");
    case Reason::ParentComponent:
        return QCoreApplication::translate("RefusedEntry", "a path that leads out of the folder (“..”)");
    case Reason::BadName:
        return QCoreApplication::translate("RefusedEntry", "an empty or unreadable name");
    case Reason::LinkOutside:
        return QCoreApplication::translate("RefusedEntry", "a symbolic link that points outside the folder");
    case Reason::LinkThroughLink:
        return QCoreApplication::translate("RefusedEntry",
                                           "a symbolic link that points through another link");
    case Reason::ThroughLink:
        return QCoreApplication::translate("RefusedEntry", "a path that goes through a symbolic link");
    case Reason::NameTaken:
        return QCoreApplication::translate("RefusedEntry", "a symbolic link whose name is already taken");
    case Reason::HardLink:
        return QCoreApplication::translate("RefusedEntry",
                                           "a hard link to something other than a file of the archive");
    case Reason::SpecialFile:
        return QCoreApplication::translate("RefusedEntry", "a device, pipe or socket");
    case Reason::EntryTooLarge:
        return QCoreApplication::translate("RefusedEntry", "a file larger than allowed");
    case Reason::TotalTooLarge:
        return QCoreApplication::translate("RefusedEntry", "more content in total than allowed");
    case Reason::TooManyEntries:
        return QCoreApplication::translate("RefusedEntry", "more entries than allowed");
    }
    return {};
}

QString RefusedEntry::reasonName(Reason reason)
{
    return QString::fromLatin1(QMetaEnum::fromType<Reason>().valueToKey(int(reason)));
}
