#include "WasmerErrors.h"

#include <QCoreApplication>

namespace WasmerErrors {

Error wrongCredentials(Error error)
{
    // Only the registry's refusal of the password, not a network or server failure.
    const bool refused = error.kind == Error::Kind::GraphQl &&
                         (error.code == QLatin1String("UNAUTHENTICATED") ||
                          error.message.contains(QLatin1String("valid credentials"), Qt::CaseInsensitive));
    if (!refused)
        return error;
    error.token = QStringLiteral("WRONG_CREDENTIALS");
    error.userMessage = QCoreApplication::translate("WasmerErrors", "The user name or password is wrong.");
    return error;
}

Error tokenNotFound(Error error)
{
    // Error::userText() would call a NOT_FOUND "no such package".
    if (error.kind == Error::Kind::GraphQl &&
        (error.code == QLatin1String("NOT_FOUND") ||
         error.message.contains(QLatin1String("not found"), Qt::CaseInsensitive)))
        error.userMessage = QCoreApplication::translate(
            "WasmerErrors", "This token does not exist any more. It may have been revoked already.");
    return error;
}

Error notSignedIn()
{
    Error error;
    error.kind = Error::Kind::GraphQl;
    error.code = QStringLiteral("UNAUTHENTICATED");
    error.token = QStringLiteral("NOT_AUTHENTICATED");
    error.message = QStringLiteral("NOT_AUTHENTICATED: viewer is null");
    error.userMessage = QCoreApplication::translate(
        "WasmerErrors", "The registry does not know you: sign in, or check that your token is still valid.");
    return error;
}

Error notFound(const QString& token, const QString& name, const QString& sentence)
{
    Error error;
    error.kind = Error::Kind::GraphQl;
    error.token = token;
    error.message = QStringLiteral("%1 - %2").arg(token, name);
    error.userMessage = sentence;
    return error;
}

} // namespace WasmerErrors
