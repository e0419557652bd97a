#pragma once

#include "registry/Jobs.h"

// Server-side package search.
class PackageSearch
{
public:
    virtual ~PackageSearch() = default;
    // The packages matching `query`; an empty query lists the latest packages.
    virtual PackagePageJob* searchPackages(const QString& query, const PageRequest& page) = 0;
};
