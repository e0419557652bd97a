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

// Sentences for the account errors DataPM users meet. The generic text would call a wrong password
// "sign in again" (WRONG_CREDENTIALS comes with code UNAUTHENTICATED) and show a taken key label as a raw
// token. Kind, code and token stay as the server sent them: views and tests match those.
namespace DataPmErrors {

Error explain(Error error);
// `error` without `secret` in its message or extensions: graphql-js echoes a refused variable's value
// ('Variable "$password" got invalid value "..."'), and an error value may be shown or logged.
Error withoutSecret(Error error, const QString& secret);

// Like JobSupport::bind, with explain() applied to the server's error, whether the request failed or answered
// data with errors. `secret` (a password), when given, is removed from the error first.
template <typename T, typename Decode>
void bindExplained(GraphQlJob* request, ResultJob<T>* job, Decode decode, const QString& secret = {})
{
    const auto adjust = [secret](const Error& error) {
        return explain(withoutSecret(error, secret));
    };
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

} // namespace DataPmErrors
