#include "Error.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

namespace {

// Registered at load time so queued connections and QSignalSpy can carry Error and QList<Error>.
void registerErrorMetaTypes()
{
    qRegisterMetaType<Error>();
    qRegisterMetaType<QList<Error>>();
}
Q_CONSTRUCTOR_FUNCTION(registerErrorMetaTypes)

// A server message is shown only when it reads like a short sentence: servers put stack traces,
// HTML pages and whole documents into messages, and none of that belongs in a view.
bool isSafeToShow(const QString& message)
{
    constexpr qsizetype maxLength = 160;
    if (message.isEmpty() || message.size() > maxLength)
        return false;
    if (message.contains(QLatin1Char('\n')) || message.contains(QLatin1Char('\r')) ||
        message.contains(QLatin1Char('<')) || message.contains(QLatin1String("    at ")) ||
        message.contains(QLatin1String("Error:")))
        return false;
    for (const QChar c : message) {
        if (c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

// Sentences for the tokens and codes users actually meet (registries.md); everything else falls back to
// the server's own short message or a generic sentence.
QString textForGraphQl(const Error& e)
{
    // The specific token in the message comes first: DataPM sends WRONG_CREDENTIALS or PACKAGE_NOT_FOUND
    // with generic codes (UNAUTHENTICATED, INTERNAL_SERVER_ERROR) that would otherwise pick the wrong text.
    const QString& t = e.token;
    if (t == QLatin1String("API_KEY_NOT_FOUND"))
        return QCoreApplication::translate(
            "Error", "The registry does not know this API key. It may have been deleted; sign in again.");
    if (t == QLatin1String("WRONG_CREDENTIALS"))
        return QCoreApplication::translate("Error", "The user name or password is wrong.");
    if (t == QLatin1String("EMAIL_ADDRESS_NOT_VERIFIED"))
        return QCoreApplication::translate(
            "Error", "Your email address is not verified yet. Follow the link the registry sent you.");
    if (t == QLatin1String("PACKAGE_NOT_FOUND"))
        return QCoreApplication::translate("Error", "The registry has no such package.");
    if (t == QLatin1String("CATALOG_NOT_FOUND"))
        return QCoreApplication::translate("Error", "The registry has no such catalog.");
    if (t == QLatin1String("NOT_AUTHENTICATED") || e.code == QLatin1String("UNAUTHENTICATED") ||
        e.code == QLatin1String("UNAUTHORIZED") || e.code == QLatin1String("INVALID_AUTHENTICATION"))
        return QCoreApplication::translate(
            "Error", "The registry needs you to sign in, or your credentials are no longer valid.");
    if (t == QLatin1String("NOT_AUTHORIZED") || e.code == QLatin1String("FORBIDDEN"))
        return QCoreApplication::translate("Error", "You are not allowed to do this on this registry.");
    if (e.code == QLatin1String("NOT_FOUND") || t.endsWith(QLatin1String("_NOT_FOUND")))
        return QCoreApplication::translate("Error", "The registry has no such item.");
    if (e.code == QLatin1String("HIGHER_VERSION_REQUIRED")) {
        const QString next = e.extensions.value(QLatin1String("minNextVersion")).toString();
        if (!next.isEmpty())
            return QCoreApplication::translate("Error",
                                               "This change needs a higher version number: at least %1.")
                .arg(next);
        return QCoreApplication::translate("Error", "This change needs a higher version number.");
    }
    if (e.code == QLatin1String("GRAPHQL_VALIDATION_FAILED") ||
        e.code == QLatin1String("GRAPHQL_PARSE_FAILED"))
        return QCoreApplication::translate(
            "Error", "The registry does not understand this request; it may run a different version.");
    if (isSafeToShow(e.message))
        return QCoreApplication::translate("Error", "The registry reported an error: %1").arg(e.message);
    if (!e.code.isEmpty())
        return QCoreApplication::translate("Error", "The registry reported an error (%1).").arg(e.code);
    return QCoreApplication::translate("Error", "The registry reported an error.");
}

QString textForHttp(const Error& e)
{
    if (e.httpStatus == 429)
        return e.retryAfterSeconds > 0
                   ? QCoreApplication::translate("Error", "The registry is busy. Try again in %n second(s).",
                                                 nullptr, e.retryAfterSeconds)
                   : QCoreApplication::translate("Error", "The registry is busy. Try again later.");
    if (e.httpStatus == 401 || e.httpStatus == 403)
        return QCoreApplication::translate("Error", "The registry refused access (HTTP %1).")
            .arg(e.httpStatus);
    if (e.httpStatus == 404)
        return QCoreApplication::translate("Error", "There is no registry at this address (HTTP 404).");
    if (e.httpStatus >= 500)
        return QCoreApplication::translate("Error", "The registry has a problem (HTTP %1). Try again later.")
            .arg(e.httpStatus);
    return QCoreApplication::translate("Error", "The registry answered with HTTP status %1.")
        .arg(e.httpStatus);
}

} // namespace

QString Error::userText() const
{
    if (kind != Kind::None && !userMessage.isEmpty())
        return userMessage;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return QCoreApplication::translate("Error",
                                           "Could not reach the registry. Check your network connection.");
    case Kind::Tls:
        return QCoreApplication::translate(
            "Error", "The registry's secure connection could not be verified; nothing was sent.");
    case Kind::Timeout:
        return QCoreApplication::translate("Error", "The registry did not answer in time.");
    case Kind::Canceled:
        return QCoreApplication::translate("Error", "Cancelled.");
    case Kind::Http:
        return textForHttp(*this);
    case Kind::GraphQl:
        return textForGraphQl(*this);
    case Kind::Decode:
        return QCoreApplication::translate("Error", "The registry's answer could not be read.");
    case Kind::TooLarge:
        return QCoreApplication::translate("Error", "The registry's answer is too large.");
    case Kind::Redirect:
        return QCoreApplication::translate(
            "Error", "The registry sent Depot to an address it does not follow: another "
                     "site while signed in, or a connection that is not secure.");
    case Kind::Insecure:
        return QCoreApplication::translate(
            "Error", "Credentials are only sent over HTTPS; this registry address uses plain HTTP.");
    case Kind::Unsupported:
        return QCoreApplication::translate("Error", "This registry cannot do that.");
    case Kind::Config:
        return QCoreApplication::translate(
            "Error",
            "The request could not be prepared. This is a bug in Depot or a wrong registry address.");
    }
    return QCoreApplication::translate("Error", "Unknown error.");
}

bool Error::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Http:
        return httpStatus >= 500 || httpStatus == 429 || httpStatus == 408;
    case Kind::GraphQl:
        // A rate limit can come with a GraphQL body too.
        return httpStatus == 429 || httpStatus == 503;
    default:
        return false;
    }
}

QString Error::leadingToken(const QString& message)
{
    // The token must end at a non-word character so that "HTTPError" or "Cannot" give nothing.
    static const QRegularExpression re(
        QStringLiteral("^\\s*(?:Context creation failed:\\s*)?([A-Z][A-Z0-9_]{2,})(?![A-Za-z0-9_])"));
    const QRegularExpressionMatch m = re.match(message);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString Error::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("None");
    case Kind::Network:
        return QStringLiteral("Network");
    case Kind::Tls:
        return QStringLiteral("Tls");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::Canceled:
        return QStringLiteral("Canceled");
    case Kind::Http:
        return QStringLiteral("Http");
    case Kind::GraphQl:
        return QStringLiteral("GraphQl");
    case Kind::Decode:
        return QStringLiteral("Decode");
    case Kind::TooLarge:
        return QStringLiteral("TooLarge");
    case Kind::Redirect:
        return QStringLiteral("Redirect");
    case Kind::Insecure:
        return QStringLiteral("Insecure");
    case Kind::Unsupported:
        return QStringLiteral("Unsupported");
    case Kind::Config:
        return QStringLiteral("Config");
    }
    return QStringLiteral("Unknown");
}
