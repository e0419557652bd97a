#pragma once

#include "Dialect.h"

#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

// A registry the user added: a name, the GraphQL endpoint, and the dialect if the user forced one
// (otherwise it is detected by introspection and remembered in detectedDialect).
struct RegistryEntry
{
    QString name;
    QUrl url;
    std::optional<Dialect> forcedDialect;
    std::optional<Dialect> detectedDialect;

    std::optional<Dialect> dialect() const { return forcedDialect ? forcedDialect : detectedDialect; }
    friend bool operator==(const RegistryEntry&, const RegistryEntry&) = default;
};

Q_DECLARE_METATYPE(RegistryEntry)
