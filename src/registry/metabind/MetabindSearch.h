#pragma once

#include "registry/GraphQlPart.h"
#include "registry/parts/PackageSearch.h"

class MetabindPackageList;

// Search over a Metabind project's components, assets and contents (components(search), assets(search,
// tags, type), contents(search, tags)), all three in one request per search, each list paging with its own
// cursor (the PageRequest cursor holds the three). A tag leaves out components (they have none); an asset
// type leaves only assets. An empty search without filters lists the packages. The rows open pages of
// their own (open()).
class MetabindSearch : public PackageSearch, protected GraphQlPart
{
public:
    MetabindSearch(GraphQlClient* client, QObject* jobParent, MetabindPackageList* packages);

    PackagePageJob* searchPackages(const QString& query, const PageRequest& page) override;
    SearchFilterSupport filterSupport() const override;
    PackagePageJob* searchFiltered(const QString& query, const SearchFilters& filters,
                                   const PageRequest& page) override;

    // The page of a search result (MetabindSearchDecoder::isResult(id)).
    PackageJob* open(const PackageId& id);

private:
    MetabindPackageList* m_packages;
};
