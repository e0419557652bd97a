#pragma once

#include "graphql/Error.h"

#include <QString>

// Wasmer account errors in the words DataPM uses (tokens WRONG_CREDENTIALS, NOT_AUTHENTICATED), so views
// and the auth code treat every dialect alike, each with a sentence for people.
namespace WasmerErrors {

// tokenAuth refused the user name or password ("Please enter valid credentials").
Error wrongCredentials(Error error);
// revokeApiToken refused the id ("Token not found").
Error tokenNotFound(Error error);
// A null viewer: no token, or one the registry does not accept (Wasmer then treats the caller as anonymous).
Error notSignedIn();
// getNamespace / getUser answered null: `token` as DataPM would say it, `sentence` for people.
Error notFound(const QString& token, const QString& name, const QString& sentence);

} // namespace WasmerErrors
