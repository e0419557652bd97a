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
    // Whether a package's id.scope names its group of this kind (a DataPM catalog, a Wasmer namespace), so a
    // package page links to it. Groups that packages share without being scoped by them (Metabind components)
    // say no.
    virtual bool scopesPackages() const { return true; }

    virtual GroupJob* group(const QString& slug) = 0;
    virtual PackagePageJob* groupPackages(const QString& slug, const PageRequest& page) = 0;

    // What listGroups() can list.
    enum class Listing {
        None,   // nothing: a group is reached through its packages (Wasmer namespaces)
        Search, // the groups matching a query, but not all of them (DataPM catalogs)
        All,    // all of them (the newest first) for an empty query, the matching ones for a query
    };
    virtual Listing listing() const = 0;
    // For Listing::None and Listing::Search, a sentence that tells people how they find a group instead
    // ("Type in the search field to find catalogs.").
    virtual QString listingHint() const { return {}; }
    // The groups matching `query`; with Listing::All, the newest or all of them for an empty query.
    virtual GroupPageJob* listGroups(const QString& query, const PageRequest& page) = 0;
};
