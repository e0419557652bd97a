#pragma once

#include <QElapsedTimer>

#include <functional>
#include <stop_token>

// What the worker thread of an archive job sees of its job: whether to stop, and where progress goes.
class ArchiveTask
{
public:
    using ProgressSink = std::function<void(qint64 bytesDone, qint64 bytesTotal)>;

    ArchiveTask(std::stop_token stop, ProgressSink sink);

    bool stopRequested() const { return m_stop.stop_requested(); }
    // Passed on at most every 50 ms, plus the first and the last (done == total) report, so that a fast
    // loop does not flood the job's event queue.
    void progress(qint64 bytesDone, qint64 bytesTotal);

private:
    std::stop_token m_stop;
    ProgressSink m_sink;
    QElapsedTimer m_clock;
    qint64 m_lastDone = -1;
};
