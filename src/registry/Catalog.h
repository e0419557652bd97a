#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

// A DataPM catalog or a Wasmer namespace: a named owner of packages.
struct Catalog
{
    QString slug;
    QString displayName;
    QString description;
    QUrl website;
    bool isPublic = true;
};

Q_DECLARE_METATYPE(Catalog)
