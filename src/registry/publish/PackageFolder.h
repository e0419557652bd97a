#pragma once

#include "FieldError.h"
#include "registry/PackageDetails.h"
#include "registry/PackageId.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// A folder to publish as it is on disk, read and checked by the registry kind's own rules (the manifest
// file that describes it, the files it names) before anything is sent. Pure data: a form shows it, and
// FolderPublishing::publishFolder() takes it back.
struct PackageFolder
{
    QString path;             // absolute
    QString manifestFileName; // "wasmer.toml"; empty when the folder has none
    QString manifestText;
    bool parsed = false; // the manifest was read (the fields below mean something)

    PackageId id;
    QString version;
    QString description;
    QString licence;
    QString readmeFile;  // relative to the folder, as the manifest names it; empty when none
    QString licenceFile; // likewise
    QString repository;
    QString homepage;
    QList<PackageDetails::Module> modules;
    QList<PackageDetails::Command> commands;
    QList<PackageDetails::Dependency> dependencies; // requirements only
    QList<PackageDetails::Mapping> filesystem;

    // Problems that stop a publish, each tied to the manifest field it concerns ("package.version",
    // "module.0.source"; empty for the file as a whole), and remarks that do not.
    QList<FieldError> errors;
    QStringList warnings;

    bool isOk() const { return parsed && errors.isEmpty(); }
};

// How to publish a checked folder.
struct FolderPublishOptions
{
    bool isPrivate = false;
    // Let the registry take the archive through its resumable upload where it has one (large packages, a
    // connection that drops); off: in the publish request itself.
    bool preferResumableUpload = true;
};

Q_DECLARE_METATYPE(PackageFolder)
