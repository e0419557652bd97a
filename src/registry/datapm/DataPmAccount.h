#pragma once

#include "registry/GraphQlAccount.h"

// DataPM's account: login (a JWT), me, pasted keys in their base64 wire form, myAPIKeys, createAPIKey (with
// all three scopes: DataPM refuses a key with fewer) and deleteAPIKey.
namespace DataPmAccount {
GraphQlAccount::Spec spec();
} // namespace DataPmAccount
