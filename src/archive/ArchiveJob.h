#pragma once

#include "ArchiveError.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>
#include <thread>

class ArchiveTask;

// One pack or unpack: the libarchive work runs on a thread of its own so the window never waits for it.
// It ends exactly once, from the event loop: finished(), or failed() (after cancel(), with Kind::Canceled)
// once everything it wrote is gone. It deletes itself (deleteLater) after ending, so receivers connect with
// a context object and read the subclass's result() inside their handler.
class ArchiveJob : public QObject
{
    Q_OBJECT
public:
    // A job destroyed while running stops its work and waits for the clean-up (at most one block).
    ~ArchiveJob() override;

    void start();
    // The work stops at the next block, removes what it wrote, then the job fails with Kind::Canceled.
    // Nothing happens once the job has ended or its output is in place.
    void cancel();
    bool isFinished() const { return m_ended; }

signals:
    // For a pack, the files' bytes read; for an unpack, the archive's bytes read.
    void progress(qint64 bytesDone, qint64 bytesTotal);
    void finished();
    void failed(const ArchiveError& error);

protected:
    using Work = std::function<ArchiveError(ArchiveTask& task)>;

    explicit ArchiveJob(QObject* parent);
    // Called once by start(), on the job's thread: the work, with its own copies of the job's inputs (it
    // must not touch the job, which may be gone before it ends). Kind::None means success.
    virtual Work work() const = 0;
    // "pack /a -> /b.tar.gz": for the log.
    virtual QString describe() const = 0;

private:
    void end(const ArchiveError& error);

    std::jthread m_thread;
    QElapsedTimer m_clock;
    bool m_started = false;
    bool m_ended = false;
};
