#include "Dialect.h"

QString dialectId(Dialect dialect)
{
    switch (dialect) {
    case Dialect::DataPm:
        return QStringLiteral("datapm");
    case Dialect::Wasmer:
        return QStringLiteral("wasmer");
    case Dialect::Metabind:
        return QStringLiteral("metabind");
    }
    return {};
}

std::optional<Dialect> dialectFromId(const QString& id)
{
    for (Dialect dialect : {Dialect::DataPm, Dialect::Wasmer, Dialect::Metabind}) {
        if (id.compare(dialectId(dialect), Qt::CaseInsensitive) == 0)
            return dialect;
    }
    return std::nullopt;
}

QString dialectDisplayName(Dialect dialect)
{
    // Product names: not translated.
    switch (dialect) {
    case Dialect::DataPm:
        return QStringLiteral("DataPM");
    case Dialect::Wasmer:
        return QStringLiteral("Wasmer");
    case Dialect::Metabind:
        return QStringLiteral("Metabind");
    }
    return {};
}
