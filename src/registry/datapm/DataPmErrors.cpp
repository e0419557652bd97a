#include "DataPmErrors.h"

namespace {

// The name after the token: "PACKAGE_NOT_FOUND - cat/pkg" or "CATALOG_NOT_FOUND: x" -> "cat/pkg", "x".
QString subjectAfterToken(const QString& message, const QString& token)
{
    QString rest = message.mid(message.indexOf(token) + token.size()).trimmed();
    while (!rest.isEmpty() && (rest.front() == QLatin1Char('-') || rest.front() == QLatin1Char(':')))
        rest = rest.mid(1).trimmed();
    return rest.size() <= 200 ? rest : QString();
}

bool isOneOf(const QString& value, std::initializer_list<const char*> names)
{
    for (const char* name : names) {
        if (value == QLatin1String(name))
            return true;
    }
    return false;
}

} // namespace

namespace DataPmErrors {

Error explain(Error error)
{
    if (error.kind != Error::Kind::GraphQl && error.kind != Error::Kind::Http)
        return error;
    const QString& token = error.token;
    // The specific token comes first: DataPM sends WRONG_CREDENTIALS or PACKAGE_NOT_FOUND with generic codes
    // (UNAUTHENTICATED, INTERNAL_SERVER_ERROR) that would otherwise pick the wrong reason.
    if (token == QLatin1String("WRONG_CREDENTIALS")) {
        error.reason = Error::Reason::WrongPassword;
    } else if (token == QLatin1String("EMAIL_ADDRESS_NOT_VERIFIED")) {
        error.reason = Error::Reason::EmailNotVerified;
    } else if (isOneOf(token, {"API_KEY_NOT_FOUND", "INVALID_AUTHENTICATION"}) ||
               error.code == QLatin1String("INVALID_AUTHENTICATION") ||
               (error.httpStatus == 400 &&
                error.message.contains(QLatin1String("Context creation failed")))) {
        // An unknown or deleted key, or a malformed JWT: the whole request fails with HTTP 400.
        error.reason = Error::Reason::CredentialRefused;
    } else if (token == QLatin1String("NOT_AUTHENTICATED")) {
        error.reason = Error::Reason::NotSignedIn;
    } else if (token == QLatin1String("NOT_AUTHORIZED")) {
        error.reason = Error::Reason::Forbidden;
    } else if (token.endsWith(QLatin1String("_NOT_FOUND"))) {
        error.reason = Error::Reason::NotFound;
        error.subject = subjectAfterToken(error.message, token);
    } else if (error.message.startsWith(QLatin1String("Failed to get api id"))) {
        // Deleting a key that is gone (twice, or from another Depot) has no token, only this sentence.
        error.reason = Error::Reason::NotFound;
    } else if (isOneOf(token, {"APIKEY_LABEL_NOT_AVIALABLE", // sic, as the server spells it
                               "APIKEY_LABEL_NOT_AVAILABLE", "PACKAGE_SLUG_NOT_AVAILABLE",
                               "CATALOG_SLUG_NOT_AVAILABLE", "COLLECTION_SLUG_NOT_AVAILABLE",
                               "USERNAME_NOT_AVAILABLE", "EMAIL_ADDRESS_NOT_AVAILABLE"})) {
        error.reason = Error::Reason::NameTaken;
    } else if (token == QLatin1String("VERSION_EXISTS")) {
        error.reason = Error::Reason::VersionExists;
    } else if (error.code == QLatin1String("HIGHER_VERSION_REQUIRED")) {
        error.reason = Error::Reason::VersionTooLow;
        error.minimumVersion = error.extensions.value(QLatin1String("minNextVersion")).toString();
        error.existingVersion = error.extensions.value(QLatin1String("existingVersion")).toString();
    } else if (token == QLatin1String("ALL_SCOPES_REQUIRED")) {
        // Depot asks for every scope; a server that wants others runs a version Depot does not know.
        error.reason = Error::Reason::NotUnderstood;
    } else if (token.endsWith(QLatin1String("_INVALID")) || token.endsWith(QLatin1String("_REQUIRED"))) {
        // A value the server refused (PACKAGE_SLUG_INVALID, ...): the field is the token's first words.
        error.reason = Error::Reason::InvalidInput;
        error.field =
            token.section(QLatin1Char('_'), 0, -2).toLower().replace(QLatin1Char('_'), QLatin1Char(' '));
    }
    return error;
}

} // namespace DataPmErrors
