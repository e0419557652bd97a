#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// Uploads a file to a signed address by Google Cloud Storage's resumable protocol (what registries such as
// Wasmer hand out for package archives): POST with "x-goog-resumable: start" opens a session, PUTs of
// chunks with Content-Range fill it (308 + Range while incomplete, 200/201 once complete). A connection that
// breaks or a server that fails is asked what arrived ("Content-Range: bytes */total") and the upload goes
// on from there, a few times with growing pauses. No credential is sent: the address is signed. Chunks are
// read from disk one at a time, so memory stays flat. Ends exactly once, then deletes itself.
class ResumableUploadJob : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QUrl signedUrl;
        QString file;
        QByteArray contentType = QByteArrayLiteral("application/gzip");
        qint64 chunkBytes = qint64(8) * 1024 * 1024; // a multiple of 256 KiB, as the protocol wants
        int maxAttempts = 6;                         // tries in a row that bring nothing new
    };

    ResumableUploadJob(QNetworkAccessManager* network, Request request, QObject* parent = nullptr);
    ~ResumableUploadJob() override;

    void start();
    // Stops, asks the server to drop the session, then fails with Reason::Cancelled.
    void cancel();
    bool isFinished() const { return m_finished; }
    // How often the upload went on after a break (for the log and the tests).
    int resumes() const { return m_resumes; }

signals:
    void progress(qint64 sent, qint64 total);
    // The server holds the whole file.
    void finished();
    void failed(const Error& error);

private:
    enum class Step { Opening, Sending, Asking };

    void openSession();
    void sendChunk();
    void askWhatArrived();
    void onReplyFinished();
    // The offset a 308's Range header says the server has (0 without one); -1 when unreadable.
    qint64 arrivedFrom(const QNetworkReply* reply) const;
    void retryLater(const Error& why);
    void succeed();
    void fail(const Error& error);
    void dropReply();
    QNetworkReply* put(const QByteArray& contentRange, const QByteArray& body);

    QPointer<QNetworkAccessManager> m_network;
    Request m_request;
    QFile m_file;
    qint64 m_total = 0;
    qint64 m_offset = 0; // the server holds [0, m_offset)
    qint64 m_chunkEnd = 0;
    QUrl m_session;
    Step m_step = Step::Opening;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retry;
    int m_attempts = 0; // failures in a row
    int m_resumes = 0;
    bool m_finished = false;
};
