#pragma once

#include <QHash>
#include <QMetaType>
#include <QString>

// Dialect-neutral package identifier: scope is the DataPM catalog slug, the Wasmer namespace ("_" for the
// global one) or the Metabind project; name is the package slug / name.
struct PackageId
{
    QString scope;
    QString name;

    bool isValid() const { return !name.isEmpty(); }
    // "scope/name" (the form people type and the models de-duplicate by).
    QString toString() const { return scope.isEmpty() ? name : scope + QLatin1Char('/') + name; }
    // Parses "scope/name"; a bare name has an empty scope.
    static PackageId fromString(const QString& text);

    friend bool operator==(const PackageId&, const PackageId&) = default;
};

inline size_t qHash(const PackageId& id, size_t seed = 0)
{
    return qHashMulti(seed, id.scope, id.name);
}

Q_DECLARE_METATYPE(PackageId)
