#pragma once

#include "graphql/Error.h"
#include "graphql/GraphQlJob.h"
#include "registry/RegistryJob.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <optional>
#include <type_traits>
#include <utility>

// Wasmer account errors in the words DataPM uses (tokens WRONG_CREDENTIALS, NOT_AUTHENTICATED), so views
// and the auth code treat every dialect alike, each with a sentence for people.
namespace WasmerErrors {

// tokenAuth refused the user name or password ("Please enter valid credentials").
Error wrongCredentials(Error error);
// `error` without `secret` in its message or extensions: graphql-js echoes a refused variable's value
// ('Variable "$password" got invalid value "..."'), and an error value may be shown or logged.
Error withoutSecret(Error error, const QString& secret);
// revokeApiToken refused the id ("Token not found").
Error tokenNotFound(Error error);
// A null viewer: no token, or one the registry does not accept (Wasmer then treats the caller as anonymous).
Error notSignedIn();
// getNamespace / getUser answered null: `token` as DataPM would say it, `sentence` for people.
Error notFound(const QString& token, const QString& name, const QString& sentence);

// Like JobSupport::bind, with `adjust` applied to the server's error, whether the request failed or answered
// data with errors (a nullable payload comes back null next to its error).
template <typename T, typename Decode, typename Adjust>
void bindAdjusted(GraphQlJob* request, ResultJob<T>* job, Decode decode, Adjust adjust)
{
    QObject::connect(job, &RegistryJob::cancelRequested, request, &GraphQlJob::cancel);
    QObject::connect(request, &GraphQlJob::failed, job,
                     [job, adjust](const Error& error) { job->fail(adjust(error)); });
    QObject::connect(request, &GraphQlJob::progress, job, &RegistryJob::progress);
    QObject::connect(
        request, &GraphQlJob::finished, job,
        [job, adjust, decode = std::move(decode)](const QJsonObject& data, const QList<Error>& partial) {
            Error error;
            std::optional<T> value;
            if constexpr (std::is_invocable_v<const Decode&, const QJsonObject&, QString*>)
                value = decode(data, &error.message);
            else
                value = decode(data, &error);
            if (value) {
                job->finish(std::move(*value));
            } else if (!partial.isEmpty()) {
                job->fail(adjust(partial.first()));
            } else {
                if (error.kind == Error::Kind::None)
                    error.kind = Error::Kind::Decode;
                job->fail(error);
            }
        });
}

} // namespace WasmerErrors
