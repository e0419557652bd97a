#pragma once

#include "registry/Jobs.h"
#include "registry/publish/PackageFileCheck.h"
#include "registry/publish/PackageFileDraft.h"
#include "registry/publish/PublishJob.h"
#include "registry/publish/PublishRequest.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

using PackageFileDraftJob = ResultJob<PackageFileDraft>;
using GroupListJob = ResultJob<QList<PackageGroup>>;

// Publishing a package described by a package file (a DataPM package file). The checks are local and pure (no
// request, no event loop), so a form can show every mistake next to its field before anything is sent.
class PackageFilePublishing
{
public:
    virtual ~PackageFilePublishing() = default;

    // How the file is named in dialogs and file choosers, e.g. "package file", "*.datapm.json *.json".
    virtual QString fileDescription() const = 0;
    virtual QStringList fileNameFilters() const = 0;

    // Checks a package file's text with `overrides` laid over it, by the registry's own file rules. Files it
    // names by path are read from `folder` (its own folder); the check's fields then hold their text.
    virtual PackageFileCheck checkPackageFile(const QByteArray& text, const PackageFileFields& overrides = {},
                                              const QString& folder = {}) const = 0;
    // `text` with only the value of its top-level version changed, byte for byte otherwise; empty when the
    // version cannot be located unambiguously.
    virtual QByteArray packageFileWithVersion(const QByteArray& text, const QString& version) const = 0;
    // Whether packageFileFromData() can make a package file from data at a web address.
    virtual bool canDraftFromData() const = 0;
    // A new package file for the data at `dataUrl` (http or https), with columns and types inferred from its
    // first rows; `fields` fill the names and texts.
    virtual PackageFileDraftJob* packageFileFromData(const QUrl& dataUrl,
                                                     const PackageFileFields& fields) = 0;

    // Where the signed-in user may publish (their catalogs or namespaces), and making a new one.
    virtual GroupListJob* publishTargets() = 0;
    virtual GroupJob* createTarget(const PackageGroup& target) = 0;

    virtual PublishJob* publish(const PublishRequest& request) = 0;
    // After a publish: removing a package left without versions, and making a package public.
    virtual DoneJob* deletePackage(const PackageId& id) = 0;
    virtual DoneJob* setPackagePublic(const PackageId& id, bool isPublic) = 0;
};
