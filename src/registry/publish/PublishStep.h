#pragma once

#include <QMetaType>

// The steps of a publish job, in order, for a progress page. Not every job goes through every step.
enum class PublishStep {
    CheckingFile,    // local checks, nothing sent yet
    CheckingPackage, // does the package exist?
    CreatingPackage,
    UpdatingPackage,
    CreatingVersion, // the version is being sent: from here on an interruption leaves the state unknown
    VerifyingState,  // after a cancel or timeout: asking the server what it really holds
    Packing,         // a folder is being packed into an archive (nothing sent yet)
    Uploading,       // the archive is being uploaded (progress() counts its bytes)
};

Q_DECLARE_METATYPE(PublishStep)
