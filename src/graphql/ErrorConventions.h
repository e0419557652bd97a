#pragma once

#include "core/Error.h"

#include <functional>

// A dialect's reading of the errors its server sends: the reason (and its parameters) from the codes, tokens
// and extensions only it knows. Set on a GraphQlClient, it is applied to every error its jobs report.
using ErrorExplainer = std::function<Error(const Error&)>;

// The meaning that GraphQL-over-HTTP conventions give an error: the HTTP status, and the standard
// extensions.code values of Apollo Server and graphql-js (UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT,
// GRAPHQL_VALIDATION_FAILED ...), which servers of every registry kind send. These are not a dialect's own
// codes; a dialect refines the reason from what only it knows (its message tokens, its extensions).
namespace ErrorConventions {

Error::Reason reasonOf(const Error& error);

// `error` with its reason set from the conventions, unless it already has one.
inline Error classified(Error error)
{
    if (error.reason == Error::Reason::None)
        error.reason = reasonOf(error);
    return error;
}

} // namespace ErrorConventions
