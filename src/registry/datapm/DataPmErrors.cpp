#include "DataPmErrors.h"

#include <QCoreApplication>

namespace DataPmErrors {

Error explain(Error error)
{
    if (!error.userMessage.isEmpty())
        return error;
    const QString& token = error.token;
    if (token == QLatin1String("WRONG_CREDENTIALS"))
        error.userMessage =
            QCoreApplication::translate("DataPmErrors", "The user name or password is wrong.");
    else if (token == QLatin1String("APIKEY_LABEL_NOT_AVIALABLE")) // sic, as the server spells it
        error.userMessage = QCoreApplication::translate(
            "DataPmErrors", "You already have an API key with this label. Choose another label.");
    else if (token == QLatin1String("ALL_SCOPES_REQUIRED"))
        error.userMessage = QCoreApplication::translate(
            "DataPmErrors", "The registry refused the key's permissions. It may run a different version.");
    // Deleting a key that is gone (twice, or from another Depot) has no token, only this sentence.
    else if (error.message.startsWith(QLatin1String("Failed to get api id")))
        error.userMessage = QCoreApplication::translate(
            "DataPmErrors", "This API key does not exist any more. It may have been deleted already.");
    else if (token == QLatin1String("EMAIL_ADDRESS_NOT_VERIFIED"))
        error.userMessage = QCoreApplication::translate(
            "DataPmErrors", "Your email address is not verified yet. Follow the link the registry sent you.");
    return error;
}

} // namespace DataPmErrors
