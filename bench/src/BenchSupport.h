#pragma once

#include <QByteArray>
#include <QFile>

#include <cstdio>
#include <ctime>

// Small helpers shared by the benchmark programs (each prints one JSON object on stdout for scripts/bench).
namespace BenchSupport {

// A field of /proc/self/status in KiB (VmHWM = peak resident memory, VmRSS = current); -1 when unknown.
inline qint64 statusKiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// CPU time of the whole process (all threads) in ms: Depot's own work, whatever the server takes meanwhile.
inline double processCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

inline double monotonicMs()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

inline void printJson(const QByteArray& json)
{
    std::fputs(json.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace BenchSupport
