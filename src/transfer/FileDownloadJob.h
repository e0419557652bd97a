#pragma once

#include "Sha256.h"
#include "core/Error.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// One file downloaded to disk, streamed (memory stays flat whatever its size), with no credential (see
// anonymousRequest). The bytes go to "<destination>.part" beside the destination; the file gets its final
// name only once its size and, when given, its SHA-256 are what was announced. A connection that breaks is
// resumed where it stopped (HTTP Range, with If-Range so a changed file starts over), a few times; a failure
// that may pass keeps the .part so that a later job with `resumeTag` continues it. cancel(), a damaged file
// or any other failure leave nothing behind. Ends exactly once: finished() or failed(), then deletes itself.
class FileDownloadJob : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QUrl url;
        QString destination;
        qint64 expectedSize = -1; // -1: unknown
        QByteArray sha256;        // lower-case hex; empty: not checked
        // The entity tag of a .part left by an earlier job: the download continues it when the server still
        // has that very file. Empty: any .part is discarded.
        QByteArray resumeTag;
    };

    FileDownloadJob(QNetworkAccessManager* network, Request request, QObject* parent = nullptr);
    ~FileDownloadJob() override;

    void start();
    // Stops, removes the .part, then fails with Reason::Cancelled.
    void cancel();
    bool isFinished() const { return m_finished; }

    const Request& request() const { return m_request; }
    // After failed(): the entity tag to resume the .part with (empty when it was removed).
    QByteArray resumeTag() const { return m_keepPart ? m_tag : QByteArray(); }
    qint64 bytesReceived() const { return m_received; }

    static QString partFileOf(const QString& destination);

signals:
    // Bytes on disk so far, and the size of the whole file (-1 when unknown).
    void progress(qint64 done, qint64 total);
    void finished();
    void failed(const Error& error);

private:
    void send();
    void onMetaDataChanged();
    void onReadyRead();
    void onReplyFinished();
    bool hashExistingPart();
    bool retryAfterBreak(const Error& why);
    void complete();
    void fail(Error error, bool keepPart = false);
    void dropReply();

    QPointer<QNetworkAccessManager> m_network;
    Request m_request;
    QPointer<QNetworkReply> m_reply;
    QFile m_part;
    Sha256 m_hash;
    QByteArray m_tag;      // ETag of the file being received
    qint64 m_received = 0; // bytes in the .part
    qint64 m_total = -1;
    int m_breaks = 0; // connections that broke and were resumed
    bool m_rangeAsked = false;
    bool m_bodyStarted = false; // the current answer's body is being written
    bool m_keepPart = false;
    bool m_finished = false;
    QTimer m_retry;
};
