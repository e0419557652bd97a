#pragma once

#include "PackageFileFields.h"

#include <QByteArray>
#include <QString>

// What to publish: a package file as the user has it (its exact text) with the fields edited in the form
// laid over it, into one catalog / namespace. The registry checks the merged file again before sending.
struct PublishRequest
{
    QString catalogSlug;
    QByteArray packageFileText;
    PackageFileFields overrides;
    // The package file's folder: files it names by path are read from there. Empty for a file made from data.
    QString packageFileFolder;
};
