#pragma once

#include "registry/Jobs.h"

// Signing in with a user name and password. The result is a SessionToken credential, kept in memory only.
class PasswordSignIn
{
public:
    virtual ~PasswordSignIn() = default;
    virtual CredentialJobResult* signIn(const QString& username, const QString& password) = 0;
};
