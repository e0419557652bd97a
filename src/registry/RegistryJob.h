#pragma once

#include "core/Error.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <utility>

// One intent = one job (design.md): finished() or failed() exactly once, then the job deletes itself
// (deleteLater). Receivers connect with a context object so a closed page never gets a late answer.
class RegistryJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void cancel();
    bool isFinished() const { return m_finished; }
    const Error& error() const { return m_error; }
    // After finished(): the errors of a partial answer (the registry sent data and errors). The result holds
    // what came; each error's missingPart says, where the registry kind can tell, what did not.
    const QList<Error>& partialErrors() const { return m_partialErrors; }
    // For backends, before finishing.
    void setPartialErrors(const QList<Error>& errors) { m_partialErrors = errors; }
    // When the last result offered was a cached one (cachedResult()): when it was fetched; invalid otherwise.
    QDateTime cachedAt() const { return m_cachedAt; }

signals:
    void finished();
    void failed(const Error& error);
    void progress(qint64 done, qint64 total);
    // Emitted by cancel() before failed(Kind::Canceled); backends abort their network job on it.
    void cancelRequested();
    // A result kept from an earlier visit, fetched at `storedAt`, readable with result() in the handler; the
    // fresh one still follows with finished() or failed(). Pages show it at once, marked with its age, and
    // update it in place when the fresh one comes.
    void cachedResult(const QDateTime& storedAt);

protected:
    // For backends: end the job. Emits once, then deleteLater().
    void emitFinished();
    void emitFailed(const Error& error);
    void setCachedAt(const QDateTime& storedAt) { m_cachedAt = storedAt; }

private:
    QDateTime m_cachedAt;
    bool m_finished = false;
    Error m_error;
    QList<Error> m_partialErrors;
};

// A job with a typed result, read with result() in a finished() handler.
template <typename T> class ResultJob : public RegistryJob
{
public:
    using RegistryJob::RegistryJob;
    const T& result() const { return m_result; }
    // For the one consumer that keeps the result (a list model): moves it out, leaving an empty value.
    T takeResult() { return std::exchange(m_result, T{}); }
    // For backends: store the result and end the job.
    void finish(T result)
    {
        m_result = std::move(result);
        setCachedAt({});
        emitFinished();
    }
    void fail(const Error& error) { emitFailed(error); }
    // For backends: a result from the answer cache, before the fresh one (RegistryJob::cachedResult).
    void offerCached(T result, const QDateTime& storedAt)
    {
        if (isFinished())
            return;
        m_result = std::move(result);
        setCachedAt(storedAt);
        emit cachedResult(storedAt);
    }

private:
    T m_result{};
};
