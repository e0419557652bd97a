#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

// A named group of packages: a DataPM catalog or collection, a Wasmer namespace. Which groups a registry has,
// and what it calls them, comes from its PackageGroups parts.
struct PackageGroup
{
    QString slug;        // the group's name in addresses and references
    QString displayName; // falls back to the slug when the registry has none
    QString description;
    QUrl website;
    bool isPublic = true;

    // A group of `slug` named `displayName`, or its slug where the registry gives no name.
    static PackageGroup named(const QString& slug, const QString& displayName)
    {
        PackageGroup group;
        group.slug = slug;
        group.displayName = displayName.isEmpty() ? slug : displayName;
        return group;
    }
};

Q_DECLARE_TYPEINFO(PackageGroup, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(PackageGroup)
