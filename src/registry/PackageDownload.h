#pragma once

#include "PackageId.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

// One file a registry offers for a package version (an archive, a container image, an asset). The address
// may be signed and expire: it is asked for right before each download and never kept or cached.
struct PackageDownload
{
    PackageId package;
    QString version;
    QUrl url;               // fetched with a plain GET, never with a credential
    QString fileName;       // proposed file name, "python-0.1.0.tar.gz"
    QString format;         // what people call the kind of file: "tar.gz", "webc"
    bool isArchive = false; // a .tar.gz / .tar / .zip that Depot can unpack
    qint64 size = -1;       // bytes, -1 when the registry does not say
    QByteArray sha256;      // lower-case hex of the file's SHA-256; empty when the registry gives none
};

Q_DECLARE_METATYPE(PackageDownload)
