#include "MetabindErrors.h"

#include <QCoreApplication>
#include <QStringList>

namespace MetabindErrors {

Error explain(Error error)
{
    if (error.kind != Error::Kind::GraphQl && error.kind != Error::Kind::Http)
        return error;
    if (error.kind == Error::Kind::Http && !error.code.isEmpty())
        return explainRest(error);
    const auto says = [&error](const char* words) {
        return error.message.contains(QLatin1String(words), Qt::CaseInsensitive);
    };
    // Every read needs a project key; one the server does not know is refused for the whole request.
    if (says("missing x-api-key") || says("api key required"))
        error.reason = Error::Reason::NotSignedIn;
    else if ((says("api key") || says("api-key")) &&
             (says("invalid") || says("revoked") || says("unknown") || says("not found")))
        error.reason = Error::Reason::CredentialRefused;
    else if (error.code == QLatin1String("NOT_FOUND"))
        error.reason = Error::Reason::NotFound;
    return error;
}

Error packageNotFound(const QString& version)
{
    Error error;
    error.kind = Error::Kind::GraphQl;
    error.reason = Error::Reason::NotFound;
    error.subject = version;
    error.message = QStringLiteral("package(version: %1) is null").arg(version);
    return error;
}

namespace {

// "1.2.3" -> "1.2.4": the lowest version above `latest` (pre-release and build parts dropped).
QString nextPatch(const QString& latest)
{
    const QStringList parts =
        latest.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('+'), 0, 0).split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    bool ok = false;
    const int patch = parts[2].toInt(&ok);
    return ok ? QStringLiteral("%1.%2.%3").arg(parts[0], parts[1]).arg(patch + 1) : QString();
}

} // namespace

Error explainRest(Error error)
{
    const QString& code = error.code;
    const QJsonObject& details = error.extensions;
    if (code == QLatin1String("INVALID_CREDENTIALS")) {
        error.reason = Error::Reason::WrongPassword;
    } else if (code == QLatin1String("UNAUTHORIZED")) {
        // Only ever sent with a sign-in (MetabindRest refuses to send without one): it expired or was
        // refused.
        error.reason = Error::Reason::CredentialRefused;
    } else if (code == QLatin1String("FORBIDDEN")) {
        error.reason = Error::Reason::Forbidden;
    } else if (code == QLatin1String("NOT_FOUND") || code == QLatin1String("APIKEY_NOT_FOUND")) {
        error.reason = Error::Reason::NotFound;
    } else if (code == QLatin1String("NAME_ALREADY_EXISTS")) {
        error.reason = Error::Reason::NameTaken;
        error.subject = details.value(QLatin1String("name")).toString();
    } else if (code == QLatin1String("PACKAGE_VERSION_EXISTS")) {
        error.reason = Error::Reason::VersionExists;
        error.field = QStringLiteral("version");
        error.subject = details.value(QLatin1String("version")).toString();
    } else if (code == QLatin1String("INVALID_VERSION")) {
        error.field = QStringLiteral("version");
        const QString latest = details.value(QLatin1String("latest")).toString();
        if (!latest.isEmpty()) {
            error.reason = Error::Reason::VersionTooLow;
            error.existingVersion = latest;
            error.minimumVersion = nextPatch(latest);
        } else {
            error.reason = Error::Reason::InvalidInput;
            error.explanation = QCoreApplication::translate(
                "MetabindErrors", "The version must look like 1.2.3 (major.minor.patch).");
        }
    } else if (code == QLatin1String("NO_COMPONENTS_TO_PACKAGE")) {
        const Error local = nothingToPackage();
        error.reason = local.reason;
        error.field = local.field;
        error.explanation = local.explanation;
    } else if (code == QLatin1String("BAD_REQUEST")) {
        error.reason = Error::Reason::InvalidInput;
    }
    return error;
}

Error notSignedIn(bool expired)
{
    Error error = Error::local(
        Error::Kind::Config, Error::Reason::NotSignedIn,
        expired ? QCoreApplication::translate(
                      "MetabindErrors",
                      "Your Metabind sign-in has expired. Sign in again with your email and password.")
                : QCoreApplication::translate(
                      "MetabindErrors",
                      "Sign in with your Metabind email and password to manage the project's keys and "
                      "publish."));
    error.message = QStringLiteral("no REST sign-in");
    return error;
}

Error nothingToPackage()
{
    Error error = Error::local(
        Error::Kind::Config, Error::Reason::InvalidInput,
        QCoreApplication::translate(
            "MetabindErrors",
            "The project has no components, so there is nothing to package. Add a component first."));
    error.field = QStringLiteral("components");
    error.message = QStringLiteral("no components to package");
    return error;
}

Error noProject()
{
    Error error = Error::local(
        Error::Kind::Config, Error::Reason::InvalidInput,
        QCoreApplication::translate(
            "MetabindErrors", "Depot does not know which project to use: enter a project key in the form "
                              "organization:project:key first (Account ▸ Sign In…)."));
    error.message = QStringLiteral("no organization:project known");
    return error;
}

} // namespace MetabindErrors
