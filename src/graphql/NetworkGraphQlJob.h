#pragma once

#include "AnswerBudget.h"
#include "ErrorConventions.h"
#include "GraphQlJob.h"
#include "RequestOptions.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <memory>

class AnswerInflater;
class QNetworkAccessManager;
class QNetworkReply;
class QSslError;

// The job GraphQlClient hands out for a request that can be sent: it posts the prepared request, enforces
// the deadline, the size cap (on the inflated bytes) and the shared AnswerBudget, retries reads on 429/503 +
// Retry-After, follows redirects under its redirect policy, and decodes the answer. Private to graphql/:
// callers only see GraphQlJob.
//
// Redirects are followed here, not by Qt: Qt 6.4's automatic redirect of a POST sends the original request
// a second time in about half of the runs (seen against the local registry with both SameOriginRedirectPolicy
// and NoLessSafeRedirectPolicy), and a repeated mutation is not harmless. The rules are Qt's own policies:
// with a credential, SameOrigin (another origin is Kind::Redirect, never a request); without, NoLessSafe
// (https -> http is Kind::Redirect).
class NetworkGraphQlJob : public GraphQlJob
{
    Q_OBJECT
public:
    NetworkGraphQlJob(QNetworkAccessManager* network, const QNetworkRequest& request, const QByteArray& body,
                      const QString& operationName, const RequestOptions& options,
                      QNetworkRequest::RedirectPolicy redirectPolicy, ErrorExplainer explainer = {},
                      QObject* parent = nullptr);
    ~NetworkGraphQlJob() override;

    // Sends the body as a GraphQL multipart request whose variable `variable` is the file at `filePath` (its
    // JSON body then goes in the "operations" part). Before start().
    void setUpload(const QString& variable, const QString& filePath);
    // Sends a plain JSON request with the HTTP method `verb` (GET, POST, PUT, DELETE) instead of a GraphQL
    // POST, and reads the answer as JSON (AnswerDecoder::decodeRest): a registry's REST side, under the same
    // deadline, size cap, redirect rules and errors as values. Before start().
    void setRest(const QByteArray& verb);
    // Sends the request; signals only ever come later, from the event loop.
    void start();
    void cancel() override;
    QString operationName() const override;
    bool isFinished() const override;

private:
    void send();
    QNetworkReply* post();
    void onMetaDataChanged();
    void onReadyRead();
    void onReplyError();
    void onReplyFinished();
    // Adds bytes of the answer as they came over the wire (inflated when encoded); false once it failed.
    bool take(const QByteArray& wireBytes);
    Error tooLarge(qint64 limit) const;
    void onSslErrors(const QList<QSslError>& errors);
    void onDeadline();
    bool scheduleRetry(int retryAfterSeconds);
    bool followRedirect(const QNetworkReply* reply, int status);
    Error transportError(const QNetworkReply* reply) const;
    void dropReply();
    void fail(const Error& error);
    void succeed(const QJsonObject& data, const QList<Error>& partialErrors);
    void end();

    QPointer<QNetworkAccessManager> m_network;
    QNetworkRequest m_request;
    QByteArray m_body;
    QString m_uploadVariable;
    QString m_uploadFile;
    QByteArray m_restVerb; // empty: a GraphQL POST
    QString m_operationName;
    RequestOptions m_options;
    QNetworkRequest::RedirectPolicy m_redirectPolicy;
    ErrorExplainer m_explain;
    int m_redirects = 0;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_answer;                        // inflated when the answer is encoded
    std::unique_ptr<AnswerInflater> m_inflater; // for a gzip or deflate answer
    AnswerBudget::Reservation m_reserved;       // what m_answer (and its decoding) holds of the shared budget
    qint64 m_wireBytes = 0;                     // bytes received, as sent (compressed when encoded)
    QStringList m_sslErrors;
    Error m_tlsDiagnosis; // what the TLS errors say about the certificate (TlsDiagnosis)
    QTimer m_deadline;
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
    int m_retries = 0;
    bool m_finished = false;
};
