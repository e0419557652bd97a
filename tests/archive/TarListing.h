#pragma once

#include <QByteArray>
#include <QList>

// The headers of a plain tar archive, read by hand, to check what Depot's packer writes without asking
// libarchive (the code under test) to judge it. Pax `path`, `linkpath` and `size` records are applied.
struct TarListing
{
    struct Header
    {
        QByteArray name;
        char type = 0;
        int mode = 0;
        qint64 uid = -1;
        qint64 gid = -1;
        QByteArray uname;
        QByteArray gname;
        qint64 mtime = 0;
        qint64 size = 0;
        QByteArray link;
    };

    // Empty (and `ok` false) when the archive is cut short or a header's checksum is wrong.
    static QList<Header> read(const QByteArray& tar, bool* ok);
};
