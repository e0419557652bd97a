#pragma once

#include "registry/Package.h"
#include "registry/PackageDownload.h"
#include "registry/PackageGroup.h"
#include "registry/PackageInterface.h"
#include "registry/Paging.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

// Wasmer answers about one package version or interface -> domain values. Pure and tolerant like
// WasmerDecoder: a null where the real schema allows one leaves that part out. A null root object (nothing
// of that name) gives nullopt with an empty *whyNot: "not found", which the backend words.
class WasmerPackageDecoder
{
public:
    // getPackageVersion with the PackageVersionDetails fragment: the package as its page shows that version,
    // with every version of the package, the manifest and the details.
    static std::optional<Package> packageVersion(const QJsonValue& value, QString* whyNot);
    // getPackageVersion with its distribution: the files offered for download, the .tar.gz first.
    static std::optional<QList<PackageDownload>> downloads(const QJsonValue& value, QString* whyNot);
    // getInterface: its texts and versions, newest first.
    static std::optional<PackageInterface> interfaceOf(const QJsonValue& value, QString* whyNot);
    // getInterfaces: the interfaces the registry knows of those asked for, as groups (unknown ones are null
    // in the answer and left out).
    static Page<PackageGroup> interfaces(const QJsonValue& value);

    // The line that runs `version` of `id` ("wasmer run python", "wasmer run wasmer/hello@0.1.0").
    static QString runCommand(const PackageId& id, const QString& version, bool isLatest);
};
