#pragma once

#include "FieldError.h"
#include "core/Error.h"
#include "registry/PackageId.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// How a publish ended, always with what the server holds as far as the job knows: a publish is never
// left half-done, lost or unknown without saying so.
struct PublishResult
{
    enum class Outcome {
        Published,             // `version` is on the server (also when found there after an interruption)
        Unchanged,             // the content equals version `version` already on the server: nothing new
        HigherVersionRequired, // the change needs at least `minNextVersion` (the latest is `existingVersion`)
        NotPublished,          // nothing new is on the server; `error` / `fieldErrors` say why
        Unknown,               // interrupted, and the server could not be asked: check the package page
    };

    Outcome outcome = Outcome::NotPublished;
    PackageId package;
    QString requestedVersion;
    QString version;
    QString existingVersion;
    QString minNextVersion;
    QList<FieldError> fieldErrors; // local check failed: nothing was sent
    Error error;                   // why it did not publish (canceled, timeout, the server's refusal)

    bool interrupted = false;    // canceled or timed out after a change was sent; the state was then asked
    bool packageCreated = false; // this job created the package
    bool packageExists = false;  // as far as the job knows at its end
    QStringList serverVersions;  // the package's versions on the server at the end, when known
    bool packageIsPublic = false;
    bool catalogIsPublic = false;

    // The package exists on the server but has no version: offer to retry or delete it.
    bool packageWithoutVersions() const { return packageExists && serverVersions.isEmpty(); }
    // The package could be made public now (it has a version and its catalog is public).
    bool canMakePublic() const
    {
        return packageExists && !packageIsPublic && catalogIsPublic && !serverVersions.isEmpty();
    }
};

Q_DECLARE_METATYPE(PublishResult)
