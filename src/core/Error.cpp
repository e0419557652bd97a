#include "Error.h"

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

} // namespace

Error Error::local(Kind kind, Reason reason, const QString& explanation)
{
    Error error;
    error.kind = kind;
    error.reason = reason;
    error.message = explanation;
    error.explanation = explanation;
    return error;
}

Error Error::ofKind(Kind kind, const QString& message)
{
    Error error;
    error.kind = kind;
    error.reason = reasonOfKind(kind);
    error.message = message;
    return error;
}

QString Error::logText() const
{
    QString text = kindName(kind) + QLatin1Char('/') + reasonName(reason);
    if (httpStatus != 0)
        text += QStringLiteral(" http=%1").arg(httpStatus);
    if (!code.isEmpty())
        text += QStringLiteral(" code=") + code;
    if (!token.isEmpty())
        text += QStringLiteral(" token=") + token;
    return text;
}

QString Error::leadingToken(const QString& message)
{
    // The token must end at a non-word character so that "HTTPError" or "Cannot" give nothing.
    static const QRegularExpression re(
        QStringLiteral("^\\s*(?:Context creation failed:\\s*)?([A-Z][A-Z0-9_]{2,})(?![A-Za-z0-9_])"));
    const QRegularExpressionMatch m = re.match(message);
    return m.hasMatch() ? m.captured(1) : QString();
}

Error::Reason Error::reasonOfKind(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return Reason::Network;
    case Kind::Tls:
        return Reason::Tls;
    case Kind::Timeout:
        return Reason::Timeout;
    case Kind::Canceled:
        return Reason::Cancelled;
    case Kind::Decode:
        return Reason::BadAnswer;
    case Kind::TooLarge:
        return Reason::TooLarge;
    case Kind::Redirect:
        return Reason::Redirected;
    case Kind::Insecure:
        return Reason::Insecure;
    case Kind::Unsupported:
        return Reason::Unsupported;
    case Kind::Config:
        return Reason::Internal;
    case Kind::None:
    case Kind::Http:
    case Kind::GraphQl:
        break;
    }
    return Reason::None;
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

QString Error::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::None:
        return QStringLiteral("None");
    case Reason::NotSignedIn:
        return QStringLiteral("NotSignedIn");
    case Reason::CredentialRefused:
        return QStringLiteral("CredentialRefused");
    case Reason::WrongPassword:
        return QStringLiteral("WrongPassword");
    case Reason::EmailNotVerified:
        return QStringLiteral("EmailNotVerified");
    case Reason::Forbidden:
        return QStringLiteral("Forbidden");
    case Reason::NotFound:
        return QStringLiteral("NotFound");
    case Reason::NameTaken:
        return QStringLiteral("NameTaken");
    case Reason::VersionExists:
        return QStringLiteral("VersionExists");
    case Reason::VersionTooLow:
        return QStringLiteral("VersionTooLow");
    case Reason::InvalidInput:
        return QStringLiteral("InvalidInput");
    case Reason::RateLimited:
        return QStringLiteral("RateLimited");
    case Reason::ServerFault:
        return QStringLiteral("ServerFault");
    case Reason::NotUnderstood:
        return QStringLiteral("NotUnderstood");
    case Reason::Refused:
        return QStringLiteral("Refused");
    case Reason::NotARegistry:
        return QStringLiteral("NotARegistry");
    case Reason::Network:
        return QStringLiteral("Network");
    case Reason::Tls:
        return QStringLiteral("Tls");
    case Reason::Timeout:
        return QStringLiteral("Timeout");
    case Reason::TooLarge:
        return QStringLiteral("TooLarge");
    case Reason::BadAnswer:
        return QStringLiteral("BadAnswer");
    case Reason::Damaged:
        return QStringLiteral("Damaged");
    case Reason::WebPage:
        return QStringLiteral("WebPage");
    case Reason::Redirected:
        return QStringLiteral("Redirected");
    case Reason::Insecure:
        return QStringLiteral("Insecure");
    case Reason::Cancelled:
        return QStringLiteral("Cancelled");
    case Reason::Unsupported:
        return QStringLiteral("Unsupported");
    case Reason::Internal:
        return QStringLiteral("Internal");
    }
    return QStringLiteral("Unknown");
}
