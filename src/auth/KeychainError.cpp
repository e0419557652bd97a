#include "KeychainError.h"

#include <QCoreApplication>

QString keychainErrorText(KeychainError error)
{
    switch (error) {
    case KeychainError::None:
        return {};
    case KeychainError::NotFound:
        return QCoreApplication::translate("KeychainError", "No key is stored for this registry.");
    case KeychainError::NoKeychain:
        return QCoreApplication::translate(
            "KeychainError", "No keychain is available. The key can be used for this session only.");
    case KeychainError::AccessDenied:
        return QCoreApplication::translate("KeychainError",
                                           "The keychain is locked or access to it was denied.");
    case KeychainError::Other:
        break;
    }
    return QCoreApplication::translate("KeychainError", "The keychain reported an error.");
}
