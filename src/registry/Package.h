#pragma once

#include "PackageDetails.h"
#include "PackageId.h"
#include "PackageManifest.h"
#include "PackageVersion.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <memory>

// A package as every dialect can describe it. List answers fill the summary fields; the package-details
// intent also fills readme, licence and versions.
struct Package
{
    PackageId id;
    QString displayName; // falls back to id.name when the registry has none
    QString description;
    QString latestVersion; // "1.2.3", empty when unknown
    QDateTime createdAt;
    QDateTime updatedAt;
    bool isPublic = true;
    QUrl website;
    QString scopeDisplayName; // catalog / namespace display name, may be empty

    // Details (package() only)
    QString readmeMarkdown;
    QString licenseMarkdown;
    QList<PackageVersion> versions; // newest first
    // The latest version's package file as the registry kind describes it; null in list rows, where it would
    // only cost memory.
    std::shared_ptr<const PackageManifest> manifest;
    // Modules, commands, dependencies, signature ... of the version shown; null in list rows, like
    // `manifest`.
    std::shared_ptr<const PackageDetails> details;
};

// Every member is a relocatable Qt value, so a QList<Package> can grow with realloc() instead of moving
// each row into a new block next to the old one (peak memory of a long list, bench figure 3).
Q_DECLARE_TYPEINFO(Package, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(Package)
