#include "RegistryJob.h"

#include "core/Logging.h"

void RegistryJob::cancel()
{
    if (m_finished)
        return;
    // Backends abort their network job first; whatever it reports after that is ignored by emitFailed.
    emit cancelRequested();
    Error error;
    error.kind = Error::Kind::Canceled;
    error.reason = Error::Reason::Cancelled;
    error.message = QStringLiteral("canceled by its owner");
    emitFailed(error);
}

void RegistryJob::emitFinished()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
    deleteLater();
}

void RegistryJob::emitFailed(const Error& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (error.reason != Error::Reason::Cancelled)
        qCDebug(lcRegistry).noquote() << metaObject()->className() << "failed:" << error.logText();
    emit failed(m_error);
    deleteLater();
}
