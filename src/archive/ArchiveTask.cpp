#include "ArchiveTask.h"

namespace {
constexpr qint64 kProgressIntervalMs = 50;
}

ArchiveTask::ArchiveTask(std::stop_token stop, ProgressSink sink)
    : m_stop(std::move(stop))
    , m_sink(std::move(sink))
{}

void ArchiveTask::progress(qint64 bytesDone, qint64 bytesTotal)
{
    if (bytesDone == m_lastDone)
        return;
    const bool due = !m_clock.isValid() || m_clock.elapsed() >= kProgressIntervalMs;
    if (!due && bytesDone != bytesTotal)
        return;
    m_clock.start();
    m_lastDone = bytesDone;
    m_sink(bytesDone, bytesTotal);
}
