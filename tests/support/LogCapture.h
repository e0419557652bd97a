#pragma once

#include <QByteArray>
#include <QList>
#include <QLoggingCategory>
#include <QMutex>
#include <QString>

// Collects the lines Depot's own logging categories (depot.*) write while it is installed, and passes every
// message on to the handler before it (QtTest's, so the lines also reach CTest's log). For tests that look at
// what logging would put on a screen or into a file.
class LogCapture
{
public:
    LogCapture()
    {
        s_instance = this;
        m_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        s_instance = nullptr;
    }
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;

    // "category: message", one entry a line.
    QList<QByteArray> lines() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lines;
    }
    bool anyFrom(const char* category) const
    {
        const QByteArray prefix = QByteArray(category) + ": ";
        for (const QByteArray& line : lines()) {
            if (line.startsWith(prefix))
                return true;
        }
        return false;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        LogCapture* self = s_instance;
        if (self && context.category && qstrncmp(context.category, "depot.", 6) == 0) {
            QMutexLocker lock(&self->m_mutex);
            self->m_lines.append(QByteArray(context.category) + ": " + message.toUtf8());
        }
        if (self && self->m_previous)
            self->m_previous(type, context, message);
    }

    static inline LogCapture* s_instance = nullptr;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QList<QByteArray> m_lines;
};
