#include "ErrorConventions.h"

namespace {

Error::Reason reasonOfStatus(int status)
{
    switch (status) {
    case 401:
        return Error::Reason::NotSignedIn;
    case 403:
        return Error::Reason::Forbidden;
    case 404:
    case 405:
        return Error::Reason::NotARegistry; // no GraphQL endpoint at this address
    case 408:
        return Error::Reason::Timeout;
    case 413:
        return Error::Reason::TooLarge;
    case 429:
        return Error::Reason::RateLimited;
    default:
        break;
    }
    if (status >= 500)
        return Error::Reason::ServerFault;
    return Error::Reason::Refused;
}

} // namespace

namespace ErrorConventions {

Error::Reason reasonOf(const Error& error)
{
    if (error.kind == Error::Kind::Http)
        return reasonOfStatus(error.httpStatus);
    if (error.kind != Error::Kind::GraphQl)
        return Error::reasonOfKind(error.kind);
    // A rate limit or an overloaded server can answer with a GraphQL body too.
    if (error.httpStatus == 429)
        return Error::Reason::RateLimited;
    if (error.httpStatus == 502 || error.httpStatus == 503 || error.httpStatus == 504)
        return Error::Reason::ServerFault;
    const QString& code = error.code;
    if (code == QLatin1String("UNAUTHENTICATED"))
        return Error::Reason::NotSignedIn;
    if (code == QLatin1String("FORBIDDEN"))
        return Error::Reason::Forbidden;
    if (code == QLatin1String("BAD_USER_INPUT"))
        return Error::Reason::InvalidInput;
    if (code == QLatin1String("GRAPHQL_VALIDATION_FAILED") || code == QLatin1String("GRAPHQL_PARSE_FAILED"))
        return Error::Reason::NotUnderstood;
    return Error::Reason::Refused;
}

} // namespace ErrorConventions
