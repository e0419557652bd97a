#pragma once

#include "auth/Credential.h"

#include <QString>

// The form of a Metabind API key. Keys are made over REST with a user JWT (outside Depot's GraphQL), so
// the user pastes one; it travels as "x-api-key: <orgId>:<projectId>:<key>" (the docs also show a bare key).
class MetabindKey
{
public:
    // "org:project:key" (three non-empty parts) or a bare key, surrounding white space ignored; anything
    // else (spaces inside, control characters, another number of parts) gives an invalid Credential.
    static Credential credentialFromPastedKey(const QString& pasted);
};
