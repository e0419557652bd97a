#pragma once

#include "registry/GraphQlPart.h"
#include "registry/parts/PackageGroups.h"

#include <QCoreApplication>

class GraphQlClient;

// Wasmer's namespaces as a PackageGroups part: getNamespace and its packages connection; the list of them
// is a search for namespaces (all of them for empty words, the ones with the most packages first). Jobs are
// children of `jobParent` (the backend).
class WasmerNamespaces : public PackageGroups, protected GraphQlPart
{
    Q_DECLARE_TR_FUNCTIONS(WasmerNamespaces)
public:
    WasmerNamespaces(GraphQlClient* client, QObject* jobParent);

    QString singularName() const override { return tr("Namespace"); }
    QString pluralName() const override { return tr("Namespaces"); }
    GroupJob* group(const QString& slug) override;
    PackagePageJob* groupPackages(const QString& slug, const PageRequest& page) override;
    Listing listing() const override { return Listing::All; }
    GroupPageJob* listGroups(const QString& query, const PageRequest& page) override;
};
