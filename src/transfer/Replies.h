#pragma once

#include "core/Error.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>

// What the jobs that talk HTTP share (GraphQL requests, downloads, uploads).
namespace Replies {

// Lets go of `reply` without hearing from it again: disconnected from `receiver` first (the abort must not
// come back as finished() or an error), aborted while it runs, deleted from the event loop.
inline void abandon(QPointer<QNetworkReply>& reply, QObject* receiver)
{
    if (!reply)
        return;
    QNetworkReply* gone = reply;
    reply = nullptr;
    gone->disconnect(receiver);
    if (gone->isRunning())
        gone->abort();
    gone->deleteLater();
}

// An error of a transfer: where it failed, what it means, the technical words and the HTTP status.
inline Error error(Error::Kind kind, Error::Reason reason, const QString& message, int status = 0)
{
    Error result = Error::local(kind, reason, message);
    result.explanation.clear(); // technical words for the log: the sentence comes from the reason
    result.httpStatus = status;
    return result;
}

// QNetworkReply error codes below 200 are transport problems (the connection, a timeout); from 200 on they
// only restate the HTTP status.
inline bool isTransportError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && int(error) < 200;
}

} // namespace Replies
