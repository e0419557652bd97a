#include "ResumableUploadJob.h"

#include "AnonymousRequest.h"
#include "Replies.h"
#include "core/Logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

namespace {
constexpr int kInactivityMs = 60000;

// A failure the next try may not see: the connection, a timeout, the server or its load.
bool passes(int status, QNetworkReply::NetworkError error)
{
    if (Replies::isTransportError(error))
        return true;
    return status == 0 || status == 408 || status == 429 || status >= 500;
}

} // namespace

ResumableUploadJob::ResumableUploadJob(QNetworkAccessManager* network, Request request, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_request(std::move(request))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ResumableUploadJob::askWhatArrived);
}

ResumableUploadJob::~ResumableUploadJob()
{
    dropReply();
}

void ResumableUploadJob::start()
{
    m_file.setFileName(m_request.file);
    if (!m_file.open(QIODevice::ReadOnly)) {
        QTimer::singleShot(0, this, [this] {
            fail(Replies::error(Error::Kind::Config, Error::Reason::Internal,
                                QStringLiteral("The file to upload cannot be read")));
        });
        return;
    }
    m_total = m_file.size();
    openSession();
}

void ResumableUploadJob::openSession()
{
    m_step = Step::Opening;
    QNetworkRequest request = anonymousRequest(m_request.signedUrl, kInactivityMs);
    request.setRawHeader("x-goog-resumable", "start");
    request.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
    qCDebug(lcNetwork) << "upload: opening a resumable session for" << m_total << "bytes";
    m_reply = m_network ? m_network->post(request, QByteArray()) : nullptr;
    if (m_reply)
        connect(m_reply, &QNetworkReply::finished, this, &ResumableUploadJob::onReplyFinished);
    else
        QTimer::singleShot(0, this, [this] {
            fail(Replies::error(Error::Kind::Config, Error::Reason::Internal, QStringLiteral("No network")));
        });
}

QNetworkReply* ResumableUploadJob::put(const QByteArray& contentRange, const QByteArray& body)
{
    QNetworkRequest request = anonymousRequest(m_session, kInactivityMs);
    request.setRawHeader("Content-Range", contentRange);
    request.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
    QNetworkReply* reply = m_network->put(request, body);
    connect(reply, &QNetworkReply::finished, this, &ResumableUploadJob::onReplyFinished);
    return reply;
}

void ResumableUploadJob::sendChunk()
{
    m_step = Step::Sending;
    m_chunkEnd = qMin(m_total, m_offset + m_request.chunkBytes);
    QByteArray chunk;
    if (!m_file.seek(m_offset) ||
        (chunk = m_file.read(m_chunkEnd - m_offset)).size() != m_chunkEnd - m_offset) {
        fail(Replies::error(Error::Kind::Config, Error::Reason::Internal,
                            QStringLiteral("The file to upload changed")));
        return;
    }
    const QByteArray range = m_total == 0
                                 ? QByteArrayLiteral("bytes */0")
                                 : "bytes " + QByteArray::number(m_offset) + '-' +
                                       QByteArray::number(m_chunkEnd - 1) + '/' + QByteArray::number(m_total);
    m_reply = put(range, chunk);
    connect(m_reply, &QNetworkReply::uploadProgress, this,
            [this](qint64 sent, qint64) { emit progress(m_offset + sent, m_total); });
}

void ResumableUploadJob::askWhatArrived()
{
    if (m_finished)
        return;
    if (m_session.isEmpty()) {
        openSession();
        return;
    }
    m_step = Step::Asking;
    m_reply = put("bytes */" + QByteArray::number(m_total), QByteArray());
}

qint64 ResumableUploadJob::arrivedFrom(const QNetworkReply* reply) const
{
    const QByteArray range = reply->rawHeader("Range");
    if (range.isEmpty())
        return 0;
    static const QRegularExpression pattern(QStringLiteral("^bytes=0-(\\d+)$"));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(range.trimmed()));
    return match.hasMatch() ? match.captured(1).toLongLong() + 1 : -1;
}

void ResumableUploadJob::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || m_finished)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const QByteArray location = reply->rawHeader("Location");
    const qint64 arrived = status == 308 ? arrivedFrom(reply) : -1;
    const QString why = reply->errorString();
    dropReply();

    if (m_step == Step::Opening) {
        if ((status == 200 || status == 201) && !location.isEmpty()) {
            m_session = m_request.signedUrl.resolved(QUrl::fromEncoded(location));
            m_attempts = 0;
            sendChunk();
        } else if (passes(status, error)) {
            retryLater(Replies::error(Error::Kind::Network, Error::Reason::Network, why, status));
        } else {
            fail(Replies::error(
                Error::Kind::Http,
                status == 403 || status == 401 ? Error::Reason::Forbidden : Error::Reason::Refused,
                QStringLiteral("The upload address refused the session (HTTP %1)").arg(status), status));
        }
        return;
    }
    if (status == 200 || status == 201) {
        succeed();
        return;
    }
    if (status == 308 && arrived >= 0 && arrived <= m_total) {
        const bool resumed = m_step == Step::Asking;
        if (resumed)
            ++m_resumes;
        // Only tries that bring nothing new run out; a chunk the server took none of is such a try.
        if (arrived > m_offset) {
            m_attempts = 0;
        } else if (!resumed && ++m_attempts >= m_request.maxAttempts) {
            fail(Replies::error(Error::Kind::Http, Error::Reason::ServerFault,
                                QStringLiteral("The server keeps no byte of the upload"), status));
            return;
        }
        m_offset = arrived;
        emit progress(m_offset, m_total);
        sendChunk();
        return;
    }
    if (status == 404 || status == 410) {
        fail(Replies::error(Error::Kind::Http, Error::Reason::NotFound,
                            QStringLiteral("The upload session is gone (HTTP %1)").arg(status), status));
        return;
    }
    if (passes(status, error)) {
        retryLater(Replies::error(Replies::isTransportError(error) ? Error::Kind::Network : Error::Kind::Http,
                                  status >= 500 ? Error::Reason::ServerFault : Error::Reason::Network, why,
                                  status));
        return;
    }
    fail(Replies::error(Error::Kind::Http, Error::Reason::Refused,
                        QStringLiteral("HTTP %1 during the upload").arg(status), status));
}

void ResumableUploadJob::retryLater(const Error& why)
{
    if (++m_attempts >= m_request.maxAttempts) {
        fail(why);
        return;
    }
    const int waitMs = 250 * (1 << qMin(m_attempts, 6));
    qCDebug(lcNetwork).noquote() << "upload: broke at step" << int(m_step) << "(" << why.logText()
                                 << "); asking again in" << waitMs << "ms";
    m_retry.start(waitMs);
}

void ResumableUploadJob::succeed()
{
    m_finished = true;
    m_file.close();
    qCDebug(lcNetwork) << "upload complete," << m_total << "bytes," << m_resumes << "resume(s)";
    emit progress(m_total, m_total);
    emit finished();
    deleteLater();
}

void ResumableUploadJob::cancel()
{
    if (m_finished)
        return;
    // The server may drop what arrived; nobody waits for its answer.
    if (!m_session.isEmpty() && m_network) {
        QNetworkReply* drop = m_network->deleteResource(anonymousRequest(m_session, kInactivityMs));
        connect(drop, &QNetworkReply::finished, drop, &QObject::deleteLater);
    }
    fail(Replies::error(Error::Kind::Canceled, Error::Reason::Cancelled,
                        QStringLiteral("Cancelled by the caller")));
}

void ResumableUploadJob::fail(const Error& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_retry.stop();
    dropReply();
    m_file.close();
    qCDebug(lcNetwork).noquote() << "upload failed:" << error.logText();
    emit failed(error);
    deleteLater();
}

void ResumableUploadJob::dropReply()
{
    Replies::abandon(m_reply, this);
}
