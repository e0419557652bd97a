#pragma once

#include "ApiKey.h"
#include "auth/Credential.h"

// The answer to "create an API key": the listed fields and the credential built from the secret, which
// exists only in this one answer. Hand the credential to auth/ (keychain or session) and drop this value.
struct CreatedApiKey
{
    ApiKey key;
    Credential credential;
    // The secret as the user would copy and paste it into another tool (for DataPM the base64 wire form).
    QByteArray displaySecret;
};
