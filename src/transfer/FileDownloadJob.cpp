#include "FileDownloadJob.h"

#include "AnonymousRequest.h"
#include "Replies.h"
#include "core/Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace {
constexpr int kInactivityMs = 30000;
constexpr int kMaxBreaks = 3;
constexpr qint64 kReadBuffer = 1024 * 1024;

Error transferError(Error::Kind kind, const QString& message, int status = 0)
{
    return Replies::error(kind, Error::reasonOfKind(kind), message, status);
}

Error diskError(const QFile& file)
{
    return Error::local(Error::Kind::Config, Error::Reason::Internal,
                        FileDownloadJob::tr("Depot could not write “%1”: %2")
                            .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
}

} // namespace

FileDownloadJob::FileDownloadJob(QNetworkAccessManager* network, Request request, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_request(std::move(request))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &FileDownloadJob::send);
}

FileDownloadJob::~FileDownloadJob()
{
    dropReply();
}

QString FileDownloadJob::partFileOf(const QString& destination)
{
    return destination + QStringLiteral(".part");
}

void FileDownloadJob::start()
{
    m_part.setFileName(partFileOf(m_request.destination));
    QDir().mkpath(QFileInfo(m_request.destination).absolutePath());
    // A .part of the same file from before is continued; anything else there is not ours to keep.
    if (m_request.resumeTag.isEmpty() || !hashExistingPart()) {
        QFile::remove(m_part.fileName());
        m_hash.reset();
        m_received = 0;
    } else {
        m_tag = m_request.resumeTag;
    }
    if (!m_part.open(QIODevice::WriteOnly | QIODevice::Append)) {
        const Error error = diskError(m_part);
        QTimer::singleShot(0, this, [this, error] { fail(error); });
        return;
    }
    send();
}

bool FileDownloadJob::hashExistingPart()
{
    QFile existing(m_part.fileName());
    if (!existing.open(QIODevice::ReadOnly))
        return false;
    m_hash.reset();
    while (!existing.atEnd()) {
        const QByteArray block = existing.read(1024 * 1024);
        if (block.isEmpty())
            return false;
        m_hash.addData(block);
    }
    m_received = existing.size();
    return true;
}

void FileDownloadJob::send()
{
    if (m_finished)
        return;
    if (!m_network) {
        QTimer::singleShot(
            0, this, [this] { fail(transferError(Error::Kind::Config, QStringLiteral("No network"))); });
        return;
    }
    QNetworkRequest request = anonymousRequest(m_request.url, kInactivityMs);
    m_rangeAsked = m_received > 0;
    if (m_rangeAsked) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_received) + '-');
        // The rest of this very file, or (200) the whole of a file that changed meanwhile.
        if (!m_tag.isEmpty())
            request.setRawHeader("If-Range", m_tag);
    }
    m_bodyStarted = false;
    qCDebug(lcNetwork).noquote() << "GET"
                                 << m_request.url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)
                                 << "anonymously" << (m_rangeAsked ? "from byte" : "")
                                 << (m_rangeAsked ? m_received : 0);
    m_reply = m_network->get(request);
    m_reply->setReadBufferSize(kReadBuffer);
    // As in NetworkGraphQlJob: set again once Qt's queued start has created the network thread's side.
    QMetaObject::invokeMethod(
        m_reply, [reply = m_reply] { reply->setReadBufferSize(kReadBuffer); }, Qt::QueuedConnection);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &FileDownloadJob::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &FileDownloadJob::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &FileDownloadJob::onReplyFinished);
}

void FileDownloadJob::onMetaDataChanged()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 && status != 206)
        return; // read as an error when the reply finishes (redirects are followed by Qt)
    if (status == 200 && m_received > 0) {
        // The server sends the whole file (no range support, or the file changed): start over.
        m_part.resize(0);
        m_hash.reset();
        m_received = 0;
    }
    const QByteArray tag = m_reply->rawHeader("ETag");
    if (!tag.isEmpty() && !tag.startsWith("W/"))
        m_tag = tag; // a weak tag cannot vouch for bytes
    bool ok = false;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    m_total = ok ? m_received + length : m_request.expectedSize;
    if (m_request.expectedSize >= 0 && m_total >= 0 && m_total != m_request.expectedSize) {
        fail(Error::local(Error::Kind::Decode, Error::Reason::Damaged,
                          tr("The file is not the one the registry announced: %1 bytes were announced, the "
                             "server sends %2.")
                              .arg(m_request.expectedSize)
                              .arg(m_total)));
        return;
    }
    m_bodyStarted = true;
}

void FileDownloadJob::onReadyRead()
{
    if (!m_reply || !m_bodyStarted)
        return;
    while (m_reply && m_reply->bytesAvailable() > 0) {
        const QByteArray chunk = m_reply->read(256 * 1024);
        if (m_part.write(chunk) != chunk.size()) {
            fail(diskError(m_part));
            return;
        }
        m_hash.addData(chunk);
        m_received += chunk.size();
        // More than announced is a damaged (or another) file: stop before it fills the disk.
        if (m_request.expectedSize >= 0 && m_received > m_request.expectedSize) {
            fail(Error::local(Error::Kind::Decode, Error::Reason::Damaged,
                              tr("The file arrived damaged: the server sends more bytes than the registry "
                                 "announced. Nothing was kept; try again.")));
            return;
        }
    }
    emit progress(m_received, m_total);
}

void FileDownloadJob::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || m_finished)
        return;
    onReadyRead();
    if (m_finished)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString why = reply->errorString();
    dropReply();
    if (Replies::isTransportError(networkError)) {
        const Error error = transferError(networkError == QNetworkReply::OperationCanceledError ||
                                                  networkError == QNetworkReply::TimeoutError
                                              ? Error::Kind::Timeout
                                              : Error::Kind::Network,
                                          why, status);
        if (!retryAfterBreak(error))
            fail(error, m_received > 0 && !m_tag.isEmpty());
        return;
    }
    if (status != 200 && status != 206) {
        Error error = transferError(Error::Kind::Http, QStringLiteral("HTTP %1").arg(status), status);
        // An expired or withdrawn address: the registry gives a new one on the next try.
        error.reason = status == 404 || status == 410   ? Error::Reason::NotFound
                       : status == 401 || status == 403 ? Error::Reason::Forbidden
                       : status >= 500                  ? Error::Reason::ServerFault
                                                        : Error::Reason::Refused;
        fail(error, status >= 500 && m_received > 0 && !m_tag.isEmpty());
        return;
    }
    if (m_total >= 0 && m_received < m_total) {
        const Error error = transferError(
            Error::Kind::Network,
            QStringLiteral("The connection closed after %1 of %2 bytes").arg(m_received).arg(m_total));
        if (!retryAfterBreak(error))
            fail(error, !m_tag.isEmpty());
        return;
    }
    complete();
}

bool FileDownloadJob::retryAfterBreak(const Error& why)
{
    // Only what can continue the same file: bytes received and a server that vouches for them.
    if (m_breaks >= kMaxBreaks || m_received == 0 || m_tag.isEmpty())
        return false;
    ++m_breaks;
    qCDebug(lcNetwork).noquote() << "download broke after" << m_received << "bytes (" << why.logText()
                                 << "); resuming";
    m_retry.start(500 * m_breaks);
    return true;
}

void FileDownloadJob::complete()
{
    m_part.flush();
    const QByteArray hex = m_hash.hexResult();
    if ((m_request.expectedSize >= 0 && m_received != m_request.expectedSize) ||
        (!m_request.sha256.isEmpty() && hex != m_request.sha256)) {
        fail(Error::local(
            Error::Kind::Decode, Error::Reason::Damaged,
            m_request.sha256.isEmpty() || hex == m_request.sha256
                ? tr("The file arrived damaged: it has %1 bytes, the registry announced %2. Nothing "
                     "was kept; try again.")
                      .arg(m_received)
                      .arg(m_request.expectedSize)
                : tr("The file arrived damaged: its SHA-256 checksum is not the one the registry "
                     "announced. Nothing was kept; try again.")));
        return;
    }
    m_part.close();
    // Replaces what is there: the person chose this name (and was asked before overwriting).
    QFile::remove(m_request.destination);
    if (!QFile::rename(m_part.fileName(), m_request.destination)) {
        fail(diskError(m_part));
        return;
    }
    m_finished = true;
    qCDebug(lcNetwork) << "download complete," << m_received << "bytes";
    emit progress(m_received, m_received);
    emit finished();
    deleteLater();
}

void FileDownloadJob::cancel()
{
    fail(transferError(Error::Kind::Canceled, QStringLiteral("Cancelled by the caller")));
}

void FileDownloadJob::fail(Error error, bool keepPart)
{
    if (m_finished)
        return;
    m_finished = true;
    m_retry.stop();
    dropReply();
    m_part.close();
    m_keepPart = keepPart && error.kind != Error::Kind::Canceled;
    if (!m_keepPart)
        QFile::remove(m_part.fileName());
    qCDebug(lcNetwork).noquote() << "download failed:" << error.logText()
                                 << (m_keepPart ? "(the partial file is kept to resume)" : "");
    emit failed(error);
    deleteLater();
}

void FileDownloadJob::dropReply()
{
    Replies::abandon(m_reply, this);
}
