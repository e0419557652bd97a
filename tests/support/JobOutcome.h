#pragma once

#include "core/Error.h"
#include "registry/RegistryJob.h"

#include <QEventLoop>
#include <QString>
#include <QTimer>

#include <memory>

// How a registry job ended, collected from its signals (the job deletes itself right after), for tests that
// wait for one job at a time.
template <typename T> struct Outcome
{
    int finishedCount = 0;
    int failedCount = 0;
    T value{};
    Error error;
    bool finished() const { return finishedCount == 1 && failedCount == 0; }
    bool failed() const { return failedCount == 1 && finishedCount == 0; }
};

inline constexpr int kDefaultJobTimeoutMs = 30000;

// Runs a local event loop until `job` ends (or `timeoutMs` passes: then neither count is set).
template <typename T> Outcome<T> await(ResultJob<T>* job, int timeoutMs = kDefaultJobTimeoutMs)
{
    auto outcome = std::make_shared<Outcome<T>>();
    QEventLoop loop;
    QObject::connect(job, &RegistryJob::finished, &loop, [job, outcome, &loop] {
        ++outcome->finishedCount;
        outcome->value = job->result();
        loop.quit();
    });
    QObject::connect(job, &RegistryJob::failed, &loop, [outcome, &loop](const Error& error) {
        ++outcome->failedCount;
        outcome->error = error;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return *outcome;
}

// An error in one line for test failure messages (kind, reason, status, code, token, message; never a
// secret).
inline QString describe(const Error& error)
{
    return QStringLiteral("%1/%6 http=%2 code=%3 token=%4: %5")
        .arg(Error::kindName(error.kind))
        .arg(error.httpStatus)
        .arg(error.code, error.token, error.message, Error::reasonName(error.reason));
}

// QCOMPARE prints reasons by name.
inline char* toString(const Error::Reason& reason)
{
    return qstrdup(qPrintable(Error::reasonName(reason)));
}
