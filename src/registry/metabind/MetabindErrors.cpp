#include "MetabindErrors.h"

namespace MetabindErrors {

Error explain(Error error)
{
    if (error.kind != Error::Kind::GraphQl && error.kind != Error::Kind::Http)
        return error;
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

} // namespace MetabindErrors
