#include "FailedGraphQlJob.h"

#include <QTimer>

FailedGraphQlJob::FailedGraphQlJob(const Error& error, const QString& operationName, QObject* parent)
    : GraphQlJob(parent)
    , m_error(error)
    , m_operationName(operationName)
{
    // Queued: the caller has not connected yet when run() returns.
    QTimer::singleShot(0, this, [this] { end(m_error); });
}

void FailedGraphQlJob::cancel()
{
    Error canceled;
    canceled.kind = Error::Kind::Canceled;
    canceled.reason = Error::Reason::Cancelled;
    canceled.message = QStringLiteral("Cancelled by the caller");
    end(canceled);
}

QString FailedGraphQlJob::operationName() const
{
    return m_operationName;
}

bool FailedGraphQlJob::isFinished() const
{
    return m_finished;
}

void FailedGraphQlJob::end(const Error& error)
{
    if (m_finished)
        return;
    m_finished = true;
    emit failed(error);
    deleteLater();
}
