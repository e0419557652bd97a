#pragma once

#include "core/Error.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>

// What the jobs that talk HTTP share (GraphQL requests, downloads, uploads).
namespace Replies {

// Lets go of `reply` without hearing from it again: disconnected from `receiver` first, then deleted from the
// event loop. Deleting the reply stops its transfer (Qt's HTTP thread is told to abort); abort() would too, but
// reports one more error, and when the connection has just failed (the registry went away while several
// requests were out) Qt then reports that reply's own error as well: "QNetworkReplyImplPrivate::error:
// Internal problem, this method must only be called once".
inline void abandon(QPointer<QNetworkReply>& reply, QObject* receiver)
{
    if (!reply)
        return;
    QNetworkReply* gone = reply;
    reply = nullptr;
    gone->disconnect(receiver);
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

// The same for a finished reply, which also knows its status. From 200 on the codes restate an HTTP error
// status (and the body, possibly GraphQL errors[], is still to be read), but only where there is one: the
// same codes also report content failures of a 2xx answer, such as Qt's decompression failure
// (UnknownContentError on a 200). Read as a status, that one went unnoticed until the answer's end: a gzip
// bomb stalled the job until the inactivity timeout and was then decoded as a partial answer.
inline bool isTransportError(const QNetworkReply* reply)
{
    const QNetworkReply::NetworkError error = reply->error();
    if (error == QNetworkReply::NoError)
        return false;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return int(error) < 200 || status < 300;
}

} // namespace Replies
