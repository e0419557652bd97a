#pragma once

#include "registry/GraphQlPart.h"
#include "registry/parts/PackageInterfaces.h"

#include <QCoreApplication>

// Wasmer's interfaces (wasi, emscripten ...): getInterface with its versions and texts, getInterfaceVersion
// with the package versions implementing it. The registry has no list of all interfaces (getInterfaces takes
// names): the list is the interfaces Wasmer packages commonly declare that this registry knows, and for a
// query also the interface of exactly that name.
class WasmerInterfaces : public PackageInterfaces, protected GraphQlPart
{
    Q_DECLARE_TR_FUNCTIONS(WasmerInterfaces)
public:
    WasmerInterfaces(GraphQlClient* client, QObject* jobParent);

    QString singularName() const override { return tr("Interface"); }
    QString pluralName() const override { return tr("Interfaces"); }
    GroupJob* group(const QString& slug) override;
    // The packages implementing the latest version.
    PackagePageJob* groupPackages(const QString& slug, const PageRequest& page) override;
    Listing listing() const override { return Listing::All; }
    GroupPageJob* listGroups(const QString& query, const PageRequest& page) override;

    InterfaceJob* interfaceDetails(const QString& name) override;
    PackagePageJob* implementations(const QString& name, const QString& version,
                                    const PageRequest& page) override;

    // The names asked for when listing: interfaces declared by Wasmer packages.
    static QStringList wellKnownNames();
};
