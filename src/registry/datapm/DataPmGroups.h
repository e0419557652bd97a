#pragma once

#include "registry/GraphQlPart.h"
#include "registry/parts/PackageGroups.h"

#include <QCoreApplication>

class GraphQlClient;

// DataPM's catalogs or collections (one object per kind: the two differ only in names and in how the search
// spells its offset), as a PackageGroups part. Jobs are children of `jobParent` (the backend).
class DataPmGroups : public PackageGroups, protected GraphQlPart
{
    Q_DECLARE_TR_FUNCTIONS(DataPmGroups)
public:
    enum class Kind { Catalogs, Collections };

    DataPmGroups(Kind kind, GraphQlClient* client, QObject* jobParent);

    QString singularName() const override;
    QString pluralName() const override;
    GroupJob* group(const QString& slug) override;
    PackagePageJob* groupPackages(const QString& slug, const PageRequest& page) override;
    // The real server answers an empty search with nothing: catalogs are found by a query, collections are
    // also listed newest first (latestCollections).
    Listing listing() const override { return m_kind == Kind::Catalogs ? Listing::Search : Listing::All; }
    QString listingHint() const override;
    GroupPageJob* listGroups(const QString& query, const PageRequest& page) override;

private:
    // "catalog" or "collection": the operations <Kind>, <Kind>Packages and the identifier's <kind>Slug.
    QString kindName() const;
    QString emptyNameText() const;

    Kind m_kind;
};
