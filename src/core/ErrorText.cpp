// The one place where an error becomes a sentence for people: from its reason and the reason's parameters,
// whatever the registry kind. Dialects choose the reason; they do not write the text.
#include "Error.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace {

// A server message is shown only when it reads like a short sentence: servers put stack traces, HTML pages
// and whole documents into messages, and none of that belongs in a view.
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

QString refusedText(const Error& e)
{
    if (e.kind == Error::Kind::Http) {
        if (e.httpStatus >= 400)
            return QCoreApplication::translate("Error", "The registry refused the request (HTTP %1).")
                .arg(e.httpStatus);
        return QCoreApplication::translate("Error", "The registry answered with HTTP status %1.")
            .arg(e.httpStatus);
    }
    if (isSafeToShow(e.message))
        return QCoreApplication::translate("Error", "The registry reported an error: %1").arg(e.message);
    if (!e.code.isEmpty())
        return QCoreApplication::translate("Error", "The registry reported an error (%1).").arg(e.code);
    return QCoreApplication::translate("Error", "The registry reported an error.");
}

// One sentence for each thing wrong with the certificate, in the order the transport found them.
QString tlsText(const Error& e)
{
    QStringList sentences{QCoreApplication::translate(
        "Error", "Depot could not verify the registry's secure connection, so nothing was sent.")};
    const QString expiry = QLocale().toString(e.certificateExpiry.date(), QLocale::LongFormat);
    for (const Error::TlsProblem problem : e.tlsProblems) {
        switch (problem) {
        case Error::TlsProblem::SelfSigned:
            sentences.append(QCoreApplication::translate(
                "Error", "Its certificate is self-signed: nobody vouches that the server is the registry."));
            break;
        case Error::TlsProblem::UntrustedIssuer:
            sentences.append(QCoreApplication::translate(
                "Error", "Its certificate comes from an authority this computer does not trust."));
            break;
        case Error::TlsProblem::Expired:
            sentences.append(
                e.certificateExpiry.isValid()
                    ? QCoreApplication::translate("Error", "Its certificate expired on %1.").arg(expiry)
                    : QCoreApplication::translate("Error", "Its certificate has expired."));
            break;
        case Error::TlsProblem::NotYetValid:
            sentences.append(
                e.certificateExpiry.isValid()
                    ? QCoreApplication::translate("Error", "Its certificate is only valid from %1.")
                          .arg(expiry)
                    : QCoreApplication::translate("Error", "Its certificate is not valid yet."));
            break;
        case Error::TlsProblem::WrongHost:
            sentences.append(
                e.certificateNames.isEmpty()
                    ? QCoreApplication::translate("Error", "Its certificate is for another address.")
                    //: %1 lists the host names the certificate was made for
                    : QCoreApplication::translate("Error", "Its certificate is for %1, not for this address.")
                          .arg(e.certificateNames));
            break;
        case Error::TlsProblem::Revoked:
            sentences.append(QCoreApplication::translate("Error", "Its certificate was revoked."));
            break;
        case Error::TlsProblem::Other:
            break;
        }
    }
    return sentences.join(QLatin1Char(' '));
}

} // namespace

QString Error::userText() const
{
    if (!isError())
        return {};
    if (!explanation.isEmpty())
        return explanation;
    switch (reason) {
    case Reason::None:
        break;
    case Reason::NotSignedIn:
        return QCoreApplication::translate(
            "Error", "The registry needs you to sign in, or your credentials are no longer valid.");
    case Reason::CredentialRefused:
        return QCoreApplication::translate(
            "Error", "The registry does not accept this key or sign-in any more. It may have been revoked or "
                     "have expired; sign in again or enter a new key.");
    case Reason::WrongPassword:
        return QCoreApplication::translate("Error", "The user name or password is wrong.");
    case Reason::EmailNotVerified:
        return QCoreApplication::translate(
            "Error", "Your email address is not verified yet. Follow the link the registry sent you.");
    case Reason::Forbidden:
        return QCoreApplication::translate("Error", "You are not allowed to do this on this registry.");
    case Reason::NotFound:
        return subject.isEmpty()
                   ? QCoreApplication::translate("Error", "The registry has no such item.")
                   : QCoreApplication::translate("Error", "The registry has no “%1”.").arg(subject);
    case Reason::NameTaken:
        return subject.isEmpty()
                   ? QCoreApplication::translate("Error", "This name is already taken. Choose another one.")
                   : QCoreApplication::translate("Error", "“%1” is already taken. Choose another name.")
                         .arg(subject);
    case Reason::VersionExists:
        return subject.isEmpty() ? QCoreApplication::translate(
                                       "Error", "This version is already published. Choose a higher version.")
                                 : QCoreApplication::translate(
                                       "Error", "Version %1 is already published. Choose a higher version.")
                                       .arg(subject);
    case Reason::VersionTooLow:
        return minimumVersion.isEmpty()
                   ? QCoreApplication::translate("Error", "This change needs a higher version number.")
                   : QCoreApplication::translate("Error",
                                                 "This change needs a higher version number: at least %1.")
                         .arg(minimumVersion);
    case Reason::InvalidInput:
        if (isSafeToShow(message))
            return field.isEmpty()
                       ? QCoreApplication::translate("Error", "The registry refused a value: %1").arg(message)
                       //: %1 names the value (as the registry calls it), %2 is the registry's reason
                       : QCoreApplication::translate("Error", "The registry refused a value (%1): %2")
                             .arg(field, message);
        return field.isEmpty()
                   ? QCoreApplication::translate("Error", "The registry refused a value.")
                   : QCoreApplication::translate("Error", "The registry refused a value (%1).").arg(field);
    case Reason::RateLimited:
        return retryAfterSeconds > 0
                   ? QCoreApplication::translate("Error", "The registry is busy. Try again in %n second(s).",
                                                 nullptr, retryAfterSeconds)
                   : QCoreApplication::translate("Error", "The registry is busy. Try again later.");
    case Reason::ServerFault:
        return httpStatus >= 500
                   ? QCoreApplication::translate("Error",
                                                 "The registry has a problem (HTTP %1). Try again later.")
                         .arg(httpStatus)
                   : QCoreApplication::translate("Error", "The registry has a problem. Try again later.");
    case Reason::NotUnderstood:
        return QCoreApplication::translate(
            "Error", "The registry does not understand this request; it may run a different version.");
    case Reason::Refused:
        return refusedText(*this);
    case Reason::NotARegistry:
        return httpStatus == 404
                   ? QCoreApplication::translate("Error", "There is no registry at this address (HTTP 404).")
                   : QCoreApplication::translate("Error",
                                                 "This address does not answer as a package registry.");
    case Reason::Network:
        return QCoreApplication::translate("Error",
                                           "Could not reach the registry. Check your network connection.");
    case Reason::Tls:
        return tlsText(*this);
    case Reason::Timeout:
        return QCoreApplication::translate("Error", "The registry did not answer in time.");
    case Reason::TooLarge:
        return QCoreApplication::translate("Error", "The registry's answer is too large.");
    case Reason::BadAnswer:
        return QCoreApplication::translate("Error", "The registry's answer could not be read.");
    case Reason::Damaged:
        return QCoreApplication::translate(
            "Error", "The file arrived damaged: its size or checksum is not what the registry announced. "
                     "Nothing was kept; try again.");
    case Reason::WebPage:
        return QCoreApplication::translate(
            "Error",
            "The address answered with a web page, not as a registry. A network that wants you to sign "
            "in on its own page first (in a hotel, a café or on a train) answers like this: open a web "
            "browser, or check the registry's address.");
    case Reason::Redirected:
        return QCoreApplication::translate(
            "Error",
            "The registry sent Depot to an address it does not follow: another site while signed in, "
            "or a connection that is not secure.");
    case Reason::Insecure:
        return QCoreApplication::translate(
            "Error", "Credentials are only sent over HTTPS; this registry address uses plain HTTP.");
    case Reason::Cancelled:
        return QCoreApplication::translate("Error", "Cancelled.");
    case Reason::Unsupported:
        return QCoreApplication::translate("Error", "This registry cannot do that.");
    case Reason::Internal:
        return QCoreApplication::translate(
            "Error",
            "The request could not be prepared. This is a bug in Depot or a wrong registry address.");
    }
    return refusedText(*this);
}

bool Error::isTransient() const
{
    switch (reason) {
    case Reason::Network:
    case Reason::Timeout:
    case Reason::RateLimited:
        return true;
    case Reason::ServerFault:
        return httpStatus >= 500 || httpStatus == 0;
    default:
        return false;
    }
}
