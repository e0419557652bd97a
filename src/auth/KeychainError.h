#pragma once

#include <QString>

// What can go wrong with the system keychain, in the three plain-word classes people can act on
// (plus "not found", which is not a failure for a read).
enum class KeychainError {
    None,
    NotFound,     // nothing stored under that key
    NoKeychain,   // no keychain service (no Secret Service / KWallet, no D-Bus, or it does not answer)
    AccessDenied, // the keychain is locked or the user refused access
    Other,
};

// A sentence for people, translated.
QString keychainErrorText(KeychainError error);
