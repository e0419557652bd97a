#pragma once

#include "PackageGroups.h"

// Published interfaces that packages implement (Wasmer's wasi, emscripten), as groups of packages: each
// interface lists the packages implementing it (groupPackages: those of its latest version), and
// interfaceDetails() gives its versions with their text. Group slugs are interface names.
class PackageInterfaces : public PackageGroups
{
public:
    virtual InterfaceJob* interfaceDetails(const QString& name) = 0;
    // The packages implementing `version` of interface `name` (the latest when empty), paged.
    virtual PackagePageJob* implementations(const QString& name, const QString& version,
                                            const PageRequest& page) = 0;
};
