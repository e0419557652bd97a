#include "DataPmCsvDraftJob.h"

#include "DataPmCsvInference.h"
#include "graphql/GraphQlClient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

DataPmCsvDraftJob::DataPmCsvDraftJob(QNetworkAccessManager* network, const QUrl& url,
                                     const PackageFileFields& fields, QObject* parent)
    : PackageFileDraftJob(parent)
    , m_url(url)
    , m_fields(fields)
    , m_network(network)
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    m_deadline->setInterval(kDeadlineMs);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        failWith(Error::Kind::Timeout, Error::Reason::Timeout, tr("The CSV file did not arrive in time."));
    });
    connect(this, &RegistryJob::cancelRequested, this, [this] {
        if (QNetworkReply* reply = m_reply.data()) {
            m_reply = nullptr;
            reply->abort();
        }
    });
    QTimer::singleShot(0, this, &DataPmCsvDraftJob::start);
}

void DataPmCsvDraftJob::start()
{
    if (isFinished())
        return;
    const QString scheme = m_url.scheme().toLower();
    if (!m_url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        m_url.host().isEmpty()) {
        failWith(Error::Kind::Config, Error::Reason::InvalidInput,
                 tr("Enter an http or https address of a CSV file."));
        return;
    }
    if (!m_network) {
        failWith(Error::Kind::Config, Error::Reason::Internal, tr("The registry was closed."));
        return;
    }
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::UserAgentHeader, GraphQlClient::userAgent());
    request.setRawHeader("Accept", "text/csv, text/plain;q=0.9, */*;q=0.5");
    // Redirects may go elsewhere (data hosts use CDNs) but never from https down to http.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setTransferTimeout(kInactivityMs);
    QNetworkReply* reply = m_network->get(request);
    m_reply = reply;
    m_deadline->start();
    connect(reply, &QNetworkReply::readyRead, this, &DataPmCsvDraftJob::readSome);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (m_reply != reply)
            return; // stopped early on purpose, or cancelled
        m_reply = nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::OperationCanceledError ||
            reply->error() == QNetworkReply::TimeoutError) {
            failWith(Error::Kind::Timeout, Error::Reason::Timeout,
                     tr("The CSV file did not arrive in time."));
            return;
        }
        if (status >= 400) {
            failWith(Error::Kind::Http, Error::Reason::Refused,
                     tr("The web server answered %1 for the CSV file.").arg(status), status);
            return;
        }
        if (reply->error() != QNetworkReply::NoError) {
            failWith(Error::Kind::Network, Error::Reason::Network,
                     tr("The CSV file could not be fetched: %1").arg(reply->errorString()));
            return;
        }
        m_data += reply->readAll();
        done(m_data.size() <= kMaxBytes);
    });
}

void DataPmCsvDraftJob::readSome()
{
    QNetworkReply* reply = m_reply.data();
    if (!reply)
        return;
    m_data += reply->read(kMaxBytes + 1 - m_data.size());
    if (m_data.size() > kMaxBytes) {
        // Enough for the first rows: stop the download and infer from what arrived.
        m_reply = nullptr;
        reply->abort();
        done(false);
    }
}

void DataPmCsvDraftJob::done(bool complete)
{
    m_deadline->stop();
    if (complete && m_data.isEmpty()) {
        failWith(Error::Kind::Decode, Error::Reason::BadAnswer, tr("The CSV file is empty."));
        return;
    }
    PackageFileDraft draft = DataPmCsvInference::draft(m_data, complete, m_url, m_fields);
    if (draft.columns.isEmpty()) {
        failWith(Error::Kind::Decode, Error::Reason::BadAnswer, tr("No columns were found in the CSV file."));
        return;
    }
    finish(std::move(draft));
}

void DataPmCsvDraftJob::failWith(Error::Kind kind, Error::Reason reason, const QString& sentence,
                                 int httpStatus)
{
    m_deadline->stop();
    if (QNetworkReply* reply = m_reply.data()) {
        m_reply = nullptr;
        reply->abort();
    }
    Error error = Error::local(kind, reason, sentence);
    error.httpStatus = httpStatus;
    fail(error);
}
