#pragma once

#include "registry/GraphQlPart.h"
#include "registry/parts/PackageGroups.h"

class MetabindPackageList;

// A Metabind project's components, or its assets, as groups for the sidebar: all of them by name (or those
// matching words), each opening the package versions that hold it. Slugs are names (unique in a project).
class MetabindParts : public PackageGroups, protected GraphQlPart
{
public:
    enum class Kind { Components, Assets };

    MetabindParts(Kind kind, GraphQlClient* client, QObject* jobParent, MetabindPackageList* packages);

    QString singularName() const override;
    QString pluralName() const override;
    bool scopesPackages() const override { return false; }

    GroupJob* group(const QString& slug) override;
    PackagePageJob* groupPackages(const QString& slug, const PageRequest& page) override;
    Listing listing() const override { return Listing::All; }
    GroupPageJob* listGroups(const QString& query, const PageRequest& page) override;

private:
    QString listName() const;
    GraphQlJob* ask(const QString& search, const PageRequest& page);

    Kind m_kind;
    MetabindPackageList* m_packages;
};
