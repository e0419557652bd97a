#pragma once

#include "registry/publish/PackageFolder.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// wasmer.toml (and the older wapm.toml), read with toml++: the only code that parses the format. parse()
// reads a manifest's text into a PackageFolder's fields (errors only for what the text itself gets wrong);
// checkFolder() also checks the folder as `wasmer publish` does before it uploads anything.
class WasmerManifest
{
public:
    // The manifest names a folder may hold, the current one first.
    static QStringList fileNames();
    // The fields of `text`; `errors` holds a syntax error (with its line and column) or fields of the wrong
    // type or missing ones; `parsed` is false only when the text is not TOML at all.
    static PackageFolder parse(const QByteArray& text);
    // The manifest of the folder at `path`, read and checked: name "namespace/name", a semver version, a
    // description, at least one module whose source file exists, commands that name modules, the README,
    // licence file and [fs] folders present.
    static PackageFolder checkFolder(const QString& path);

    // Whether `version` is a semantic version ("1.2.3", "1.0.0-rc.1+build.5").
    static bool isSemver(const QString& version);
    // Whether `name` may be a namespace or a package name ("hello", "my_pkg.js").
    static bool isValidName(const QString& name);
};
