#pragma once

#include "core/Error.h"

// DataPM's error vocabulary, read here and nowhere else: the upper-case token that leads most messages
// (`PACKAGE_NOT_FOUND - cat/pkg`, `WRONG_CREDENTIALS`), the specific codes some errors carry in
// extensions.code (`HIGHER_VERSION_REQUIRED` with minNextVersion), and the HTTP 400 "Context creation
// failed" answer to an unknown key (registries.md). The result carries a dialect-neutral reason; kind,
// code and token stay as the server sent them, for the log.
namespace DataPmErrors {

// Set on the DataPM GraphQlClient: applied to every error its requests report.
Error explain(Error error);

} // namespace DataPmErrors
