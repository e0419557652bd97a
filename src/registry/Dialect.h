#pragma once

#include <QString>

#include <optional>

// The registry kinds Depot speaks. Only registry/ (detection and the factory) names a concrete dialect.
enum class Dialect { DataPm, Wasmer, Metabind };

// "datapm", "wasmer", "metabind": the folder names under resources/graphql/ and src/registry/.
QString dialectId(Dialect dialect);
std::optional<Dialect> dialectFromId(const QString& id);
// "DataPM", "Wasmer", "Metabind": for people.
QString dialectDisplayName(Dialect dialect);
