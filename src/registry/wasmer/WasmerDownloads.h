#pragma once

#include "registry/GraphQlPart.h"
#include "registry/parts/PackageDownloads.h"

#include <QCoreApplication>

// The files of a Wasmer package version: its .tar.gz (distribution.downloadUrl) and, where the registry
// built one, its .webc image. Asked for right before each download: the addresses may be signed and expire.
class WasmerDownloads : public PackageDownloads, protected GraphQlPart
{
    Q_DECLARE_TR_FUNCTIONS(WasmerDownloads)
public:
    WasmerDownloads(GraphQlClient* client, QObject* jobParent);
    DownloadListJob* downloads(const PackageId& id, const QString& version) override;
};
