#include "NetworkGraphQlJob.h"

#include "AnswerDecoder.h"
#include "AnswerInflater.h"
#include "ErrorConventions.h"
#include "TlsDiagnosis.h"
#include "core/Logging.h"
#include "transfer/Replies.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#endif

namespace {

Error make(Error::Kind kind, const QString& message, int status = 0)
{
    Error e;
    e.kind = kind;
    e.message = message;
    e.httpStatus = status;
    return ErrorConventions::classified(e);
}

// Retry-After is either delay-seconds or an HTTP date; -1 when absent or unreadable.
int parseRetryAfter(const QByteArray& value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = trimmed.toInt(&ok);
    if (ok)
        return seconds < 0 ? -1 : seconds;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
}

} // namespace

NetworkGraphQlJob::NetworkGraphQlJob(QNetworkAccessManager* network, const QNetworkRequest& request,
                                     const QByteArray& body, const QString& operationName,
                                     const RequestOptions& options,
                                     QNetworkRequest::RedirectPolicy redirectPolicy, ErrorExplainer explainer,
                                     QObject* parent)
    : GraphQlJob(parent)
    , m_network(network)
    , m_request(request)
    , m_body(body)
    , m_operationName(operationName)
    , m_options(options)
    , m_redirectPolicy(redirectPolicy)
    , m_explain(std::move(explainer))
{
    // Qt must hand every 3xx back to us; see the class comment.
    m_request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_deadline.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &NetworkGraphQlJob::onDeadline);
    connect(&m_retryTimer, &QTimer::timeout, this, &NetworkGraphQlJob::send);
}

NetworkGraphQlJob::~NetworkGraphQlJob()
{
    // Destroyed while running (its parent went away): stop the transfer without a signal.
    dropReply();
}

void NetworkGraphQlJob::setUpload(const QString& variable, const QString& filePath)
{
    m_uploadVariable = variable;
    m_uploadFile = filePath;
}

void NetworkGraphQlJob::setRest(const QByteArray& verb)
{
    m_restVerb = verb;
}

QNetworkReply* NetworkGraphQlJob::post()
{
    if (m_restVerb == "GET")
        return m_network->get(m_request);
    if (!m_restVerb.isEmpty())
        return m_network->sendCustomRequest(m_request, m_restVerb, m_body);
    if (m_uploadFile.isEmpty())
        return m_network->post(m_request, m_body);
    // The spec's three parts: the operation with the file variable null, the map from part "0" to that
    // variable, and the file itself, read from disk as Qt sends it.
    QJsonObject operation = QJsonDocument::fromJson(m_body).object();
    QJsonObject variables = operation.value(QLatin1String("variables")).toObject();
    variables.insert(m_uploadVariable, QJsonValue::Null);
    operation.insert(QStringLiteral("variables"), variables);
    auto* multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    const auto addPart = [multipart](const QByteArray& disposition, const QByteArray& body) {
        QHttpPart part;
        part.setRawHeader("Content-Disposition", disposition);
        part.setBody(body);
        multipart->append(part);
    };
    addPart("form-data; name=\"operations\"", QJsonDocument(operation).toJson(QJsonDocument::Compact));
    const QJsonObject map{{QStringLiteral("0"), QJsonArray{QStringLiteral("variables.") + m_uploadVariable}}};
    addPart("form-data; name=\"map\"", QJsonDocument(map).toJson(QJsonDocument::Compact));
    auto* file = new QFile(m_uploadFile, multipart);
    if (!file->open(QIODevice::ReadOnly)) {
        delete multipart;
        return nullptr;
    }
    QHttpPart filePart;
    filePart.setRawHeader("Content-Disposition", "form-data; name=\"0\"; filename=\"" +
                                                     QFileInfo(m_uploadFile).fileName().toUtf8() + '"');
    filePart.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/gzip"));
    filePart.setBodyDevice(file);
    multipart->append(filePart);
    QNetworkReply* reply = m_network->post(m_request, multipart);
    multipart->setParent(reply);
    return reply;
}

void NetworkGraphQlJob::start()
{
    m_clock.start();
    m_deadline.start(m_options.deadline);
    send();
}

void NetworkGraphQlJob::cancel()
{
    fail(make(Error::Kind::Canceled, QStringLiteral("Cancelled by the caller")));
}

QString NetworkGraphQlJob::operationName() const
{
    return m_operationName;
}

bool NetworkGraphQlJob::isFinished() const
{
    return m_finished;
}

void NetworkGraphQlJob::send()
{
    if (m_finished)
        return;
    if (!m_network) {
        // Queued like every other ending: start() runs inside GraphQlClient::run().
        QTimer::singleShot(0, this, [this] {
            fail(make(Error::Kind::Config, QStringLiteral("The network access manager is gone")));
        });
        return;
    }
    m_answer.clear();
    m_inflater.reset();
    m_reserved.release();
    m_wireBytes = 0;
    m_sslErrors.clear();
    m_tlsDiagnosis = {};
    // The operation and the host only: header values (credentials) are never logged.
    qCDebug(lcNetwork).noquote() << (m_restVerb.isEmpty() ? QByteArrayLiteral("POST") : m_restVerb)
                                 << m_operationName << "to"
                                 << m_request.url().toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)
                                 << (m_redirectPolicy == QNetworkRequest::SameOriginRedirectPolicy
                                         ? "with a credential"
                                         : "anonymously");
    m_reply = post();
    if (!m_reply) {
        QTimer::singleShot(0, this, [this] {
            fail(make(Error::Kind::Config, QStringLiteral("The file to upload cannot be read")));
        });
        return;
    }
    // Back-pressure: without a read buffer limit Qt's network thread keeps reading from the socket while
    // this thread is busy, and a huge answer piles up in memory before the size cap can see it.
    const qint64 readBuffer = qBound(qint64(64 * 1024), m_options.maxAnswerBytes + 1, qint64(1024 * 1024));
    m_reply->setReadBufferSize(readBuffer);
    // Qt 6.4 starts a POST from the event loop and only then creates the network thread's side of the reply,
    // so the size set above never reaches it (measured with the local registry's `huge` fault: all 256 MiB
    // were buffered). Set again from the event loop, after Qt's queued start, it does.
    QMetaObject::invokeMethod(
        m_reply, [reply = m_reply, readBuffer] { reply->setReadBufferSize(readBuffer); },
        Qt::QueuedConnection);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &NetworkGraphQlJob::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &NetworkGraphQlJob::onReadyRead);
    connect(m_reply, &QNetworkReply::errorOccurred, this, &NetworkGraphQlJob::onReplyError);
    connect(m_reply, &QNetworkReply::finished, this, &NetworkGraphQlJob::onReplyFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &GraphQlJob::progress);
    connect(m_reply, &QNetworkReply::uploadProgress, this, &GraphQlJob::uploadProgress);
#if QT_CONFIG(ssl)
    connect(m_reply, &QNetworkReply::sslErrors, this, &NetworkGraphQlJob::onSslErrors);
#endif
}

void NetworkGraphQlJob::onMetaDataChanged()
{
    // Refuse an announced oversized answer before reading any of it.
    bool ok = false;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    if (ok && length > m_options.maxAnswerBytes) {
        fail(make(Error::Kind::TooLarge, QStringLiteral("The answer announces %1 bytes; the limit is %2")
                                             .arg(length)
                                             .arg(m_options.maxAnswerBytes)));
        return;
    }
    // The request named the encodings Depot inflates itself (GraphQlClient), so Qt hands the bytes over as
    // sent.
    const QByteArray encoding = m_reply->rawHeader("Content-Encoding").trimmed();
    if (m_inflater || encoding.isEmpty() || encoding.compare("identity", Qt::CaseInsensitive) == 0)
        return;
    if (!AnswerInflater::supports(encoding)) {
        fail(make(Error::Kind::Decode, QStringLiteral("The answer is encoded as %1, which was not asked for")
                                           .arg(QString::fromLatin1(encoding.left(40)))));
        return;
    }
    m_inflater = std::make_unique<AnswerInflater>(encoding);
}

void NetworkGraphQlJob::onReadyRead()
{
    // At most the read buffer's size (send()): what passes the cap is never kept.
    take(m_reply->readAll());
}

void NetworkGraphQlJob::onReplyError()
{
    // A transport or content failure ends the job now: Qt does not always finish such a reply (after a
    // decompression failure it kept it open until the inactivity timeout). An error status waits for its
    // body.
    if (m_reply && !m_finished && Replies::isTransportError(m_reply))
        fail(transportError(m_reply));
}

bool NetworkGraphQlJob::take(const QByteArray& wireBytes)
{
    m_wireBytes += wireBytes.size();
    // This answer's cap, or less when the answers in flight hold most of the shared budget.
    const qint64 limit = qMin(m_options.maxAnswerBytes, m_reserved.headroom());
    if (m_inflater) {
        switch (m_inflater->inflate(wireBytes, m_answer, limit)) {
        case AnswerInflater::Result::Ok:
            break;
        case AnswerInflater::Result::TooLarge:
            fail(tooLarge(limit));
            return false;
        case AnswerInflater::Result::Corrupt:
            fail(make(Error::Kind::Decode,
                      QStringLiteral("The compressed answer is corrupt: %1").arg(m_inflater->errorString())));
            return false;
        }
    } else if (m_answer.size() + wireBytes.size() > limit) {
        fail(tooLarge(limit));
        return false;
    } else {
        AnswerBudget::makeRoom(m_answer, m_answer.size() + wireBytes.size(), limit);
        m_answer += wireBytes;
    }
    m_reserved.resize(m_answer.size()); // within the headroom: cannot fail
    return true;
}

Error NetworkGraphQlJob::tooLarge(qint64 limit) const
{
    if (limit < m_options.maxAnswerBytes)
        return make(Error::Kind::TooLarge,
                    QStringLiteral("The answers in flight reach the shared limit of %1 bytes")
                        .arg(AnswerBudget::shared().limit()));
    return make(
        Error::Kind::TooLarge,
        QStringLiteral("The answer (inflated) exceeds the limit of %1 bytes").arg(m_options.maxAnswerBytes));
}

#if QT_CONFIG(ssl)
void NetworkGraphQlJob::onSslErrors(const QList<QSslError>& errors)
{
    // Never ignored: remembered only to explain the handshake failure that follows.
    for (const QSslError& error : errors)
        m_sslErrors.append(error.errorString());
    TlsDiagnosis::describe(
        errors, m_reply ? m_reply->sslConfiguration().peerCertificate() : QSslCertificate(), m_tlsDiagnosis);
}
#else
void NetworkGraphQlJob::onSslErrors(const QList<QSslError>&)
{}
#endif

void NetworkGraphQlJob::onDeadline()
{
    fail(make(Error::Kind::Timeout,
              QStringLiteral("No complete answer within %1 ms").arg(m_options.deadline.count())));
}

void NetworkGraphQlJob::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || m_finished)
        return;
    if (Replies::isTransportError(reply)) {
        fail(transportError(reply));
        return;
    }
    if (!take(reply->readAll()))
        return;
    // A connection closed mid-body is sometimes reported by Qt as a finished reply without error (a race
    // between the socket's close and the last read). An answer shorter than its Content-Length (counted as
    // sent, compressed or not) is that, whatever Qt says.
    bool hasLength = false;
    const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&hasLength);
    if (hasLength && m_wireBytes < announced) {
        dropReply();
        fail(make(
            Error::Kind::Network,
            QStringLiteral("The connection closed after %1 of %2 bytes").arg(m_wireBytes).arg(announced)));
        return;
    }
    if (m_inflater && !m_inflater->isComplete() && m_wireBytes > 0) {
        fail(make(Error::Kind::Decode, QStringLiteral("The compressed answer ends before its end")));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const int retryAfter =
        (status == 429 || status == 503) ? parseRetryAfter(reply->rawHeader("Retry-After")) : -1;
    if (followRedirect(reply, status))
        return;
    dropReply();
    if (status == 0) {
        fail(make(Error::Kind::Network, QStringLiteral("No HTTP answer")));
        return;
    }
    if (retryAfter >= 0 && scheduleRetry(retryAfter))
        return;

    // Decoding holds the answer and the parsed document at once: both must fit the shared budget.
    const qint64 decoding = AnswerDecoder::decodedSizeEstimate(m_answer);
    if (!m_reserved.resize(m_answer.size() + decoding)) {
        fail(make(
            Error::Kind::TooLarge,
            QStringLiteral("Decoding the answer would take about %1 bytes more than the shared limit allows")
                .arg(decoding)));
        return;
    }
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const AnswerDecoder::Result result = m_restVerb.isEmpty()
                                             ? AnswerDecoder::decode(status, m_answer, contentType)
                                             : AnswerDecoder::decodeRest(status, m_answer, contentType);
    m_answer.clear();
    if (!result.answer.isEmpty())
        emit answerRead(result.answer, status);
    if (result.hasData) {
        succeed(result.data, result.partialErrors);
        return;
    }
    Error error = result.error;
    error.retryAfterSeconds = retryAfter;
    fail(error);
}

bool NetworkGraphQlJob::followRedirect(const QNetworkReply* reply, int status)
{
    if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308)
        return false;
    const QByteArray location = reply->rawHeader("Location");
    if (location.isEmpty())
        return false; // a 3xx without a target is just an HTTP error
    const QUrl from = reply->url();
    const QUrl to = from.resolved(QUrl::fromEncoded(location));
    const auto refuse = [&](const QString& why) {
        Error e = make(Error::Kind::Redirect, why, status);
        fail(e);
        return true;
    };
    if (++m_redirects > m_request.maximumRedirectsAllowed())
        return refuse(QStringLiteral("Too many redirects"));
    if (!to.isValid() || (to.scheme() != QLatin1String("http") && to.scheme() != QLatin1String("https")))
        return refuse(QStringLiteral("Redirect to an address that is not http(s)"));
    const bool sameOrigin = from.scheme() == to.scheme() &&
                            from.host().compare(to.host(), Qt::CaseInsensitive) == 0 &&
                            from.port(from.scheme() == QLatin1String("https") ? 443 : 80) ==
                                to.port(to.scheme() == QLatin1String("https") ? 443 : 80);
    if (m_redirectPolicy == QNetworkRequest::SameOriginRedirectPolicy && !sameOrigin)
        return refuse(QStringLiteral("Redirect to another origin with a credential: %1")
                          .arg(to.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
    if (from.scheme() == QLatin1String("https") && to.scheme() == QLatin1String("http"))
        return refuse(QStringLiteral("Redirect from https to plain http"));
    // GraphQL needs the POST body at the new address too, so every redirect repeats the POST (as 307/308
    // require; for 301/302/303 a browser would switch to GET, which no GraphQL endpoint answers usefully).
    // A REST request is repeated with its own method, as 307/308 require.
    dropReply();
    m_request.setUrl(to);
    send();
    return true;
}

bool NetworkGraphQlJob::scheduleRetry(int retryAfterSeconds)
{
    // Only reads are repeated (a mutation may have happened), and only when the wait fits the deadline.
    const qint64 waitMs = qint64(retryAfterSeconds) * 1000;
    if (!m_options.isRead || m_retries >= m_options.maxRetries ||
        m_clock.elapsed() + waitMs >= m_options.deadline.count())
        return false;
    ++m_retries;
    m_retryTimer.start(int(waitMs));
    return true;
}

Error NetworkGraphQlJob::transportError(const QNetworkReply* reply) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError: // we disconnect before aborting: this is the transfer timeout
    case QNetworkReply::TimeoutError:
        return make(Error::Kind::Timeout,
                    QStringLiteral("No data for %1 ms").arg(m_options.inactivityTimeout.count()), status);
    case QNetworkReply::SslHandshakeFailedError: {
        Error error = make(Error::Kind::Tls, m_sslErrors.isEmpty() ? reply->errorString()
                                                                   : m_sslErrors.join(QStringLiteral("; ")));
        error.tlsProblems = m_tlsDiagnosis.tlsProblems;
        error.certificateNames = m_tlsDiagnosis.certificateNames;
        error.certificateExpiry = m_tlsDiagnosis.certificateExpiry;
        error.certificatePem = m_tlsDiagnosis.certificatePem;
        return error;
    }
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return make(Error::Kind::Redirect, reply->errorString(), status);
    default:
        if (int(reply->error()) >= 200) // a content failure of a 2xx answer (isTransportError)
            return make(Error::Kind::Decode, reply->errorString(), status);
        return make(Error::Kind::Network, reply->errorString(), status);
    }
}

void NetworkGraphQlJob::dropReply()
{
    Replies::abandon(m_reply, this);
}

void NetworkGraphQlJob::fail(const Error& error)
{
    if (m_finished)
        return;
    qCDebug(lcNetwork).noquote() << m_operationName << "failed after" << m_clock.elapsed()
                                 << "ms:" << error.logText();
    end();
    emit failed(m_explain ? m_explain(error) : error);
}

void NetworkGraphQlJob::succeed(const QJsonObject& data, const QList<Error>& partialErrors)
{
    if (m_finished)
        return;
    qCDebug(lcNetwork).noquote() << m_operationName << "answered in" << m_clock.elapsed() << "ms"
                                 << (partialErrors.isEmpty()
                                         ? QString()
                                         : QStringLiteral("with %1 error(s), the first %2")
                                               .arg(partialErrors.size())
                                               .arg(partialErrors.first().logText()));
    end();
    if (!m_explain || partialErrors.isEmpty()) {
        emit finished(data, partialErrors);
        return;
    }
    QList<Error> explained;
    explained.reserve(partialErrors.size());
    for (const Error& error : partialErrors)
        explained.append(m_explain(error));
    emit finished(data, explained);
}

void NetworkGraphQlJob::end()
{
    m_finished = true;
    m_deadline.stop();
    m_retryTimer.stop();
    dropReply();
    m_answer.clear();
    m_answer.squeeze();
    m_inflater.reset();
    m_reserved.release();
    deleteLater();
}
