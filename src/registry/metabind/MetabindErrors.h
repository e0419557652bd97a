#pragma once

#include "core/Error.h"

// Metabind's errors in the product's words, read here and nowhere else.
namespace MetabindErrors {

// Set on the Metabind GraphQlClient: applied to every error its requests report.
Error explain(Error error);
// package(version:) answered null: no package of that version.
Error packageNotFound(const QString& version);
// The REST side's codes ({"error": {"code", "message", "details"}}): applied by explain() to Http errors
// that carry a code.
Error explainRest(Error error);
// Depot's own refusals before a REST request: nobody signed in (or the sign-in has expired), and no project
// known to manage (no "organization:project:key" key in use).
Error notSignedIn(bool expired);
Error noProject();
// The project has no components: what NO_COMPONENTS_TO_PACKAGE says, found before publishing.
Error nothingToPackage();

} // namespace MetabindErrors
