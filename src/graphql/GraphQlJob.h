#pragma once

#include "core/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>

// One GraphQL request = one job. It ends exactly once: finished() when the answer has data (possibly with
// partial errors), failed() otherwise (including after cancel(), with Kind::Canceled). It deletes itself
// (deleteLater) after ending, so receivers connect with a context object and never keep raw pointers.
class GraphQlJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~GraphQlJob() override = default;

    virtual void cancel() = 0;
    virtual QString operationName() const = 0;
    virtual bool isFinished() const = 0;

signals:
    void finished(const QJsonObject& data, const QList<Error>& partialErrors);
    void failed(const Error& error);
    void progress(qint64 bytesReceived, qint64 bytesTotal);
    void uploadProgress(qint64 bytesSent, qint64 bytesTotal);
    // The whole answer as the registry sent it (data, errors[], extensions), without tracing and stack
    // traces, just before finished() or failed(), when the answer was a JSON object. For the GraphQL console,
    // which shows what the registry said; intents read finished() and failed().
    void answerRead(const QJsonObject& answer, int httpStatus);
    // The answer kept from an earlier request of the same operation, variables and identity (AnswerCache),
    // stored at `storedAt`: emitted from the event loop before the fresh answer, which still follows with
    // finished() or failed(). Only for operations the client was told it may cache.
    void cachedAnswer(const QJsonObject& data, const QDateTime& storedAt);
};
