#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>

struct PackageVersion
{
    QString version; // "1.2.3"
    QDateTime createdAt;
    QString author; // display name or username; may be empty
    QString description;
    QUrl downloadUrl;        // Wasmer distributions; may be signed and expire: never cache
    qint64 size = -1;        // bytes of the download, -1 when unknown
    QString packageFileJson; // DataPM: the package file as received (a JSON string), else empty
};

Q_DECLARE_METATYPE(PackageVersion)
