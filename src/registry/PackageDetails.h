#pragma once

#include "PackageId.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

// What a package page shows of one version beyond its README and licence: where it comes from, what it holds
// and how it runs. Filled by the package intents only (list rows have none: Package::details is null there).
// Every registry kind fills what it has; empty lists and unknown (-1) figures are simply not shown.
struct PackageDetails
{
    // A program file of the package (a WebAssembly module).
    struct Module
    {
        QString name;
        QString abi;            // "wasi", "emscripten"; empty when none
        QString source;         // its path inside the package
        QStringList interfaces; // "wasi@0.1.0-unstable": the interfaces it implements
    };
    // A command people run, and the module that runs it.
    struct Command
    {
        QString name;
        QString module; // empty when the registry does not say
    };
    // A package this version needs.
    struct Dependency
    {
        PackageId id;
        QString requirement;     // as the publisher wrote it ("^0.2.0"); may be empty
        QString resolvedVersion; // the version the registry resolves it to; empty when it does not say
        QString label; // how the registry kind writes it ("project@1.0.0"); empty: "scope/name@version"
    };
    // A folder of the package made visible to the program at another path.
    struct Mapping
    {
        QString guestPath; // as the program sees it ("/lib/python3.6")
        QString hostPath;  // the folder in the package ("lib")
    };
    // A building block of a package's user interface (Metabind components).
    struct Component
    {
        QString id;
        QString name;
        QString title;
        QString description;
        QString status; // as the registry says it ("published", "modified", "draft"); may be empty
        bool compiled = false;
        QString source;       // the code as written; may be empty
        QString compiledCode; // the code as built; empty when not compiled
    };
    // A file a package carries (Metabind assets). Images get thumbnails.
    struct Asset
    {
        QString id;
        QString name;
        QString type; // a MIME type ("image/png")
        QUrl url;     // fetched with a plain GET, never with a credential
        qint64 size = -1;
        int width = -1;
        int height = -1;
        bool isImage() const { return type.startsWith(QLatin1String("image/")); }
    };
    // One package of a resolved bundle (the package itself, or one it depends on, directly or not), with what
    // it brings.
    struct BundlePart
    {
        QString id;        // the registry's id of that package (a content hash, or "draft:..." for a draft)
        QString label;     // "project@version", or the version alone when the project is unknown
        PackageId package; // what opens it; invalid when it cannot be opened
        QList<Component> components;
        QList<Asset> assets;
    };
    enum class Signature { Unknown, Unsigned, Signed };
    enum class OwnerKind { Unknown, User, Group };

    QString version; // the version described; the package page may show an older one than the latest
    QString licence; // a short name or SPDX expression ("MIT"); the licence text is Package::licenseMarkdown
    QUrl homepage;
    QUrl repository;
    qint64 downloadCount = -1; // of the whole package, -1 when unknown
    qint64 size = -1;          // bytes of this version's download, -1 when unknown
    QString ownerName;         // a user name or a group slug (OwnerKind says which); empty when unknown
    OwnerKind ownerKind = OwnerKind::Unknown;
    QStringList keywords;

    QList<Module> modules;
    QList<Command> commands;
    QList<Dependency> dependencies;
    QList<Mapping> filesystem;
    QList<Component> components;
    QList<Asset> assets;
    // The package resolved with everything it depends on: itself first, then each dependency; empty when the
    // registry kind does not resolve bundles.
    QList<BundlePart> bundle;
    // The built code of the whole package as the registry gives it (a JSON text); empty when none.
    QString compiledBundle;

    Signature signature = Signature::Unknown;
    QString signingKey;      // the key's identifier, when signed
    QString signingKeyOwner; // who owns that key
    bool signingKeyRevoked = false;
    QDateTime signedAt;

    // The line that runs this version's package, for people to copy ("wasmer run python/python"); empty when
    // the registry kind has no such command.
    QString runCommand;
};

Q_DECLARE_METATYPE(PackageDetails)
