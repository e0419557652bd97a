#pragma once

#include "registry/publish/PackageFolder.h"
#include "registry/publish/PublishJob.h"

#include <QString>
#include <QStringList>

// Publishing a folder that a manifest file describes (Wasmer's wasmer.toml): the folder is read and checked
// locally, then publishFolder() checks on the registry before any upload (the version is free, the person
// may publish there), packs the folder, uploads the archive and confirms what the registry holds. The
// PublishJob always ends with a PublishResult saying what the registry really holds.
class FolderPublishing
{
public:
    virtual ~FolderPublishing() = default;

    // The manifest files a folder may hold, the preferred first ("wasmer.toml", "wapm.toml").
    virtual QStringList manifestFileNames() const = 0;
    // Reads and checks the folder at `path` by the registry kind's rules; local and pure (no request, no
    // event loop), so a form can show every problem at once.
    virtual PackageFolder checkFolder(const QString& path) const = 0;
    // Publishes `folder` (checked again first: nothing is sent for a folder with errors).
    virtual PublishJob* publishFolder(const PackageFolder& folder, const FolderPublishOptions& options) = 0;
};
