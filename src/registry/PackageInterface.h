#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

// A published interface that packages implement (Wasmer's "wasi", "emscripten"): its text per version, and
// through PackageInterfaces the packages implementing each version.
struct PackageInterface
{
    struct Version
    {
        QString version;
        QDateTime createdAt;
        QString author;
        QString content; // the interface's text (e.g. WebAssembly import signatures), shown as it is
    };

    QString name;
    QString displayName; // falls back to the name
    QString description;
    QUrl homepage;
    QList<Version> versions; // newest first
};

Q_DECLARE_METATYPE(PackageInterface)
