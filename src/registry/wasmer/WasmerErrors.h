#pragma once

#include "core/Error.h"

#include <QString>

// Wasmer's errors in the product's words. Wasmer's server (Graphene) sends few codes: the reason is read from
// its messages here, and nowhere else.
namespace WasmerErrors {

// Set on the Wasmer GraphQlClient: applied to every error its requests report.
Error explain(Error error);
// tokenAuth refused the user name or password ("Please enter valid credentials").
Error wrongCredentials(Error error);
// A null viewer: no token, or one the registry does not accept (Wasmer then treats the caller as anonymous).
Error notSignedIn();
// A lookup (getPackage, getNamespace, getUser) answered null: nothing of that name.
Error notFound(const QString& name);

} // namespace WasmerErrors
