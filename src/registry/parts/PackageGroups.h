#pragma once

#include "registry/Jobs.h"

#include <QString>

// One kind of package group of a registry (DataPM catalogs, DataPM collections, Wasmer namespaces): a page
// per group with its packages, and where the registry has one, a list of the groups.
class PackageGroups
{
public:
    virtual ~PackageGroups() = default;

    // What people call one group and several, translated: "Catalog" / "Catalogs", "Namespace" / "Namespaces".
    virtual QString singularName() const = 0;
    virtual QString pluralName() const = 0;

    virtual GroupJob* group(const QString& slug) = 0;
    virtual PackagePageJob* groupPackages(const QString& slug, const PageRequest& page) = 0;

    // Whether listGroups() lists anything: some registries reach a group only through its packages.
    virtual bool canList() const = 0;
    // The groups matching `query`, or the newest or all of them for an empty query.
    virtual GroupPageJob* listGroups(const QString& query, const PageRequest& page) = 0;
};
