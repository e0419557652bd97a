#pragma once

#include "graphql/Error.h"
#include "graphql/GraphQlJob.h"
#include "registry/JobSupport.h"
#include "registry/RegistryJob.h"

#include <utility>

// Sentences for the account errors DataPM users meet. The generic text would call a wrong password
// "sign in again" (WRONG_CREDENTIALS comes with code UNAUTHENTICATED) and show a taken key label as a raw
// token. Kind, code and token stay as the server sent them: views and tests match those.
namespace DataPmErrors {

Error explain(Error error);

// Like JobSupport::bind, with explain() applied to the server's error, whether the request failed or answered
// data with errors. `secret` (a password), when given, is removed from the error first.
template <typename T, typename Decode>
void bindExplained(GraphQlJob* request, ResultJob<T>* job, Decode decode, const QString& secret = {})
{
    JobSupport::bind(request, job, std::move(decode),
                     [secret](const Error& error) { return explain(JobSupport::withoutSecret(error, secret)); });
}

} // namespace DataPmErrors
