#pragma once

#include <QMetaType>
#include <QString>

// A DataPM collection: a curated list of packages.
struct Collection
{
    QString slug;
    QString name;
    QString description;
    bool isPublic = true;
};

Q_DECLARE_METATYPE(Collection)
