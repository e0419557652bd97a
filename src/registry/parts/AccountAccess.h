#pragma once

#include "registry/Jobs.h"

// Credentials for a registry: whose credential is in use, and the keys people paste. Requests carry the
// credential through the HeaderProvider the backend was created with; this part only makes or checks them.
class AccountAccess
{
public:
    virtual ~AccountAccess() = default;
    // The user the credential in use belongs to; fails with a credential reason (Error::isCredentialProblem)
    // when there is none or the registry refuses it.
    virtual UserJob* currentUser() = 0;
    // Turns a key the user pasted into the credential this registry expects; an invalid Credential when the
    // text cannot be a key of this registry.
    virtual Credential credentialFromPastedKey(const QString& pasted) const = 0;
};
