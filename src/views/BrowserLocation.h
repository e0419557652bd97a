#pragma once

#include "registry/PackageId.h"

#include <QString>

// Where the browser is: the package list (latest, or a search when key is the term), a package
// ("scope/name", or "scope/name@version" for one version), a catalog, a collection, a user or an interface
// (their slug / username / name). A value the history keeps and the settings remember across starts (as
// text: "package:noaa/sea-level-rise").
struct BrowserLocation
{
    enum class Kind { List, Package, Catalog, Collection, User, Interface };

    Kind kind = Kind::List;
    QString key;

    friend bool operator==(const BrowserLocation&, const BrowserLocation&) = default;

    QString toString() const
    {
        switch (kind) {
        case Kind::List:
            return QStringLiteral("list:") + key;
        case Kind::Package:
            return QStringLiteral("package:") + key;
        case Kind::Catalog:
            return QStringLiteral("catalog:") + key;
        case Kind::Collection:
            return QStringLiteral("collection:") + key;
        case Kind::User:
            return QStringLiteral("user:") + key;
        case Kind::Interface:
            return QStringLiteral("interface:") + key;
        }
        return QString();
    }

    // The inverse of toString(); anything unknown (an older or damaged setting) is the latest packages.
    static BrowserLocation fromString(const QString& text)
    {
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        if (colon < 0)
            return {};
        const QString kind = text.left(colon);
        const QString key = text.mid(colon + 1);
        if (kind == QLatin1String("list"))
            return {Kind::List, key};
        if (key.isEmpty())
            return {};
        if (kind == QLatin1String("package"))
            return {Kind::Package, key};
        if (kind == QLatin1String("catalog"))
            return {Kind::Catalog, key};
        if (kind == QLatin1String("collection"))
            return {Kind::Collection, key};
        if (kind == QLatin1String("user"))
            return {Kind::User, key};
        if (kind == QLatin1String("interface"))
            return {Kind::Interface, key};
        return {};
    }

    // The package location of `version` of `id` (the latest when empty), and back.
    static BrowserLocation package(const PackageId& id, const QString& version = {})
    {
        return {Kind::Package,
                version.isEmpty() ? id.toString() : id.toString() + QLatin1Char('@') + version};
    }
    PackageId packageId() const { return PackageId::fromString(key.section(QLatin1Char('@'), 0, 0)); }
    QString packageVersion() const { return key.section(QLatin1Char('@'), 1); }
};
