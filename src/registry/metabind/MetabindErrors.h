#pragma once

#include "core/Error.h"

// Metabind's errors in the product's words, read here and nowhere else.
namespace MetabindErrors {

// Set on the Metabind GraphQlClient: applied to every error its requests report.
Error explain(Error error);
// package(version:) answered null: no package of that version.
Error packageNotFound(const QString& version);

} // namespace MetabindErrors
