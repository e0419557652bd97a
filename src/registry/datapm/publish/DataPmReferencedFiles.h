#pragma once

#include "registry/publish/FieldError.h"
#include "registry/publish/PackageFileFields.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// The README and licence a package file names by path (`readmeFile`, `licenseFile`, relative to the package
// file, as the datapm CLI writes them). The server never reads such paths: like the CLI, Depot reads the files
// and sends their text as readmeMarkdown / licenseMarkdown, or the published version has neither.
class DataPmReferencedFiles
{
    Q_DECLARE_TR_FUNCTIONS(DataPmReferencedFiles)
public:
    // `overrides` with the text of each referenced file the form did not replace already, read from `folder`
    // (the package file's folder). A file that cannot be read adds an error on its field (/readmeFile,
    // /licenseFile) to `errors`. Without a folder (a package file made from a CSV) nothing is read.
    static PackageFileFields resolve(const QByteArray& packageFile, PackageFileFields overrides,
                                     const QString& folder, QList<FieldError>* errors);
};
