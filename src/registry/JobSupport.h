#pragma once

#include "RegistryJob.h"
#include "core/Error.h"
#include "core/Logging.h"
#include "graphql/GraphQlJob.h"

#include <QJsonObject>
#include <QList>
#include <QMetaObject>
#include <QString>

#include <optional>
#include <type_traits>
#include <utility>

// Glue shared by the dialect backends: how a GraphQL job ends a registry job, and how an intent that
// cannot run fails without surprising the caller.
namespace JobSupport {

// An Error of `kind` with a technical message; the reason is the kind's (Error::userText() makes the
// sentence for people).
inline Error makeError(Error::Kind kind, const QString& message)
{
    Error error;
    error.kind = kind;
    error.reason = Error::reasonOfKind(kind);
    error.message = message;
    return error;
}

// A request Depot refuses to send because a value the person gave is wrong; `sentence` says which, for
// people.
inline Error invalidInput(const QString& sentence, const QString& field = {})
{
    Error error = Error::local(Error::Kind::Config, Error::Reason::InvalidInput, sentence);
    error.field = field;
    return error;
}

// `error` without `secret` in its message or extensions: graphql-js echoes a refused variable's value
// ('Variable "$password" got invalid value "..."'), and an error value may be shown or logged.
Error withoutSecret(Error error, const QString& secret);

// Fails `job` from the event loop: the caller gets the job back first and can connect to it.
template <typename Job> Job* failQueued(Job* job, const Error& error)
{
    QMetaObject::invokeMethod(
        job, [job, error] { job->fail(error); }, Qt::QueuedConnection);
    return job;
}

// Ends `job` with what `decode` makes of the answer of `request`. `decode` is either
// std::optional<T>(const QJsonObject& data, QString* whyNot) (a pure decoder: failure = Kind::Decode) or
// std::optional<T>(const QJsonObject& data, Error* error) (it may choose the kind, e.g. a "not found").
// When decoding fails and the server sent partial errors, the first of them is the better explanation
// (e.g. a "not found" error with data {package: null}); when it succeeds, they stay on the job
// (RegistryJob::partialErrors) so a page can show the data and say what is missing.
// `adjust` (Error(const Error&)) rewrites every error that comes from the server or the transport before the
// job fails with it: a password removed from an echoed message. (The dialect's reading of its codes is
// applied earlier, by the GraphQlClient's ErrorExplainer.) cancel() on `job` cancels `request`; a late answer
// after `job` ended is dropped (context object).
inline Error unchanged(const Error& error)
{
    return error;
}

// `decode` (either form above) applied to `data`; a decoder that says only why not fills error->message.
template <typename T, typename Decode>
std::optional<T> decodeWith(const Decode& decode, const QJsonObject& data, Error* error)
{
    if constexpr (std::is_invocable_v<const Decode&, const QJsonObject&, QString*>)
        return decode(data, &error->message);
    else
        return decode(data, error);
}

template <typename T, typename Decode, typename Adjust = Error (*)(const Error&)>
void bind(GraphQlJob* request, ResultJob<T>* job, Decode decode, Adjust adjust = &unchanged)
{
    QObject::connect(job, &RegistryJob::cancelRequested, request, &GraphQlJob::cancel);
    QObject::connect(request, &GraphQlJob::failed, job,
                     [job, adjust](const Error& error) { job->fail(adjust(error)); });
    QObject::connect(request, &GraphQlJob::progress, job, &RegistryJob::progress);
    // A cached answer that no longer decodes (an older Depot wrote it) is simply not shown.
    QObject::connect(request, &GraphQlJob::cachedAnswer, job,
                     [job, decode](const QJsonObject& data, const QDateTime& storedAt) {
                         Error ignored;
                         std::optional<T> value = decodeWith<T>(decode, data, &ignored);
                         if (value)
                             job->offerCached(std::move(*value), storedAt);
                     });
    QObject::connect(
        request, &GraphQlJob::finished, job,
        [job, adjust, decode = std::move(decode)](const QJsonObject& data, const QList<Error>& partial) {
            Error error;
            std::optional<T> value = decodeWith<T>(decode, data, &error);
            if (value) {
                // A partial answer: the job keeps what came and says what did not.
                QList<Error> adjusted;
                for (const Error& each : partial)
                    adjusted.append(adjust(each));
                job->setPartialErrors(adjusted);
                job->finish(std::move(*value));
            } else if (!partial.isEmpty()) {
                job->fail(adjust(partial.first()));
            } else {
                if (error.kind == Error::Kind::None)
                    error.kind = Error::Kind::Decode;
                if (error.reason == Error::Reason::None)
                    error.reason = Error::reasonOfKind(error.kind);
                job->fail(error);
            }
        });
}

} // namespace JobSupport
