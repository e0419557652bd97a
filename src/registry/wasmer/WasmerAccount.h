#pragma once

#include "registry/GraphQlAccount.h"

// Wasmer's account: tokenAuth (a password sign-in), viewer, pasted tokens, viewer.apiTokens (the first 100:
// people have a handful), generateApiToken and revokeApiToken.
namespace WasmerAccount {
GraphQlAccount::Spec spec();
} // namespace WasmerAccount
