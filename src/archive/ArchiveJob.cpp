#include "ArchiveJob.h"

#include "ArchiveTask.h"
#include "core/Logging.h"

#include <QTimer>

ArchiveJob::ArchiveJob(QObject* parent)
    : QObject(parent)
{}

ArchiveJob::~ArchiveJob()
{
    if (m_thread.joinable()) {
        m_thread.request_stop();
        m_thread.join();
    }
}

void ArchiveJob::start()
{
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    qCDebug(lcArchive).noquote() << "start:" << describe();
    // The worker only posts to the job: a posted call is dropped if the job is gone by then.
    m_thread = std::jthread([this, work = work()](std::stop_token stop) {
        ArchiveTask task(std::move(stop), [this](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                this,
                [this, done, total] {
                    if (!m_ended)
                        emit progress(done, total);
                },
                Qt::QueuedConnection);
        });
        const ArchiveError error = work(task);
        QMetaObject::invokeMethod(
            this, [this, error] { end(error); }, Qt::QueuedConnection);
    });
}

void ArchiveJob::cancel()
{
    if (m_ended)
        return;
    if (!m_started) {
        m_started = true;
        m_clock.start();
        QTimer::singleShot(0, this, [this] { end(ArchiveError::make(ArchiveError::Kind::Canceled)); });
        return;
    }
    m_thread.request_stop();
}

void ArchiveJob::end(const ArchiveError& error)
{
    if (m_ended)
        return;
    m_ended = true;
    if (error.isError())
        qCDebug(lcArchive).noquote() << "failed:" << describe() << ArchiveError::kindName(error.kind)
                                     << error.path << error.detail << "after" << m_clock.elapsed() << "ms";
    else
        qCDebug(lcArchive).noquote() << "finished:" << describe() << "in" << m_clock.elapsed() << "ms";
    if (error.isError())
        emit failed(error);
    else
        emit finished();
    deleteLater();
}
