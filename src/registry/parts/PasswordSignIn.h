#pragma once

#include "registry/Jobs.h"

// Signing in with a user name (or email) and password. The result is a SessionToken credential, kept in
// memory only.
class PasswordSignIn
{
public:
    virtual ~PasswordSignIn() = default;
    // What the registry signs people in with besides the password, for the form's label.
    enum class Identity { UserName, Email };
    virtual Identity identity() const { return Identity::UserName; }
    virtual CredentialJobResult* signIn(const QString& username, const QString& password) = 0;
};
