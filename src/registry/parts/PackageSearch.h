#pragma once

#include "registry/Jobs.h"
#include "registry/SearchFilters.h"

// Server-side package search.
class PackageSearch
{
public:
    virtual ~PackageSearch() = default;
    // The packages matching `query`; an empty query lists the latest packages.
    virtual PackagePageJob* searchPackages(const QString& query, const PageRequest& page) = 0;

    // What searchFiltered() can narrow by; nothing by default.
    virtual SearchFilterSupport filterSupport() const { return {}; }
    // The packages matching `query` and `filters` (only what filterSupport() offers is used); with empty
    // filters the same as searchPackages(query, page).
    virtual PackagePageJob* searchFiltered(const QString& query, const SearchFilters& filters,
                                           const PageRequest& page)
    {
        Q_UNUSED(filters)
        return searchPackages(query, page);
    }
};
