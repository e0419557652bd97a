#pragma once

#include "registry/GraphQlPart.h"
#include "registry/Jobs.h"

#include <QHash>

// The package pages of a Metabind project: package(version:) for the project's own versions, and for the
// packages it depends on (other projects of the organization, which package(version:) cannot name) their
// resolved data by package id, learnt from the resolved bundles already read. Package ids are content hashes,
// so what one names never changes: those parts are kept for the run; "draft:" ids name a project's
// unpublished state and are never kept.
class MetabindPackagePages : protected GraphQlPart
{
public:
    MetabindPackagePages(GraphQlClient* client, QObject* jobParent);

    PackageJob* package(const PackageId& id);
    // How many resolved parts are kept (tests).
    int cachedParts() const { return int(m_parts.size()); }

    static bool isCacheable(const QString& packageId);

private:
    PackageJob* dependency(const PackageId& id, const QString& packageId);
    void remember(const Package& package);
    static Package fromPart(const PackageDetails::BundlePart& part);

    QString m_project;                                  // the key's project, once a package of it was read
    QHash<PackageId, QString> m_dependencyIds;          // projectId@version -> package id
    QHash<QString, PackageDetails::BundlePart> m_parts; // package id -> its resolved data
};
