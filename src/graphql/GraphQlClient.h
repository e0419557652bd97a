#pragma once

#include "AnswerCache.h"
#include "ErrorConventions.h"
#include "GraphQlJob.h"
#include "HeaderProvider.h"
#include "RequestOptions.h"

#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;

// Sends GraphQL operations (JSON POST) to one endpoint. Credentials come only from the HeaderProvider;
// requests that carry one use SameOriginRedirectPolicy and are refused over plain HTTP to non-loopback
// hosts. The system proxy is used; TLS errors end the job with Kind::Tls.
class GraphQlClient : public QObject
{
    Q_OBJECT
public:
    GraphQlClient(QNetworkAccessManager* network, const QUrl& endpoint, const QString& dialect,
                  std::shared_ptr<const HeaderProvider> headers = {}, QObject* parent = nullptr);
    ~GraphQlClient() override;

    QUrl endpoint() const;
    QString dialect() const;
    void setHeaderProvider(std::shared_ptr<const HeaderProvider> headers);
    // For the subscription socket of the same registry (SubscriptionSocket): the same credential, no other.
    std::shared_ptr<const HeaderProvider> headerProvider() const;
    void setDefaultOptions(const RequestOptions& options);
    RequestOptions defaultOptions() const;
    // The dialect's reading of its server's errors, applied to every error of every job (failed and partial).
    void setErrorExplainer(ErrorExplainer explainer);
    // Reads of `operations` (by name, from the dialect's folder) answer from `cache` first (cachedAnswer),
    // and their complete answers are kept there, under the identity the HeaderProvider names. Only reads
    // that show a page opt in: never mutations, never operations that give download addresses.
    void setAnswerCache(const AnswerCache& cache, const QSet<QString>& operations);

    // Runs operation `operationName` loaded from :/graphql/<dialect>/<operationName>.graphql.
    // Never returns null: an unknown operation gives a job that fails (queued) with Kind::Config.
    GraphQlJob* run(const QString& operationName, const QJsonObject& variables = {});
    GraphQlJob* run(const QString& operationName, const QJsonObject& variables,
                    const RequestOptions& options);
    // Runs `operationName` as a GraphQL multipart request
    // (github.com/jaydenseric/graphql-multipart-request-spec): the file at `filePath` is the value of the
    // Upload variable `fileVariable`, streamed from disk (never read into memory). Never retried on 429: an
    // upload is a mutation.
    GraphQlJob* runWithFile(const QString& operationName, const QJsonObject& variables,
                            const QString& fileVariable, const QString& filePath,
                            const RequestOptions& options);
    // Same, with the document loaded from another folder (used for the dialect-neutral introspection).
    GraphQlJob* runFrom(const QString& folder, const QString& operationName, const QJsonObject& variables,
                        const RequestOptions& options);
    // Runs a document a person wrote (the GraphQL console), under the same rules as every operation: the
    // credential from the HeaderProvider, the redirect and plain-HTTP rules, `options`' deadline and size
    // cap. `operationName` picks one operation of a document that has several; empty sends none.
    GraphQlJob* runDocument(const QString& document, const QJsonObject& variables,
                            const QString& operationName, const RequestOptions& options);

    // A request to the registry's REST side, `path` relative to the endpoint ("app/v1/auth/login" next to
    // "/graphql"), with the HTTP method `verb` and `body` as JSON (none for GET and DELETE without one).
    // The same rules as an operation: deadline, size cap, redirects, plain HTTP, errors as values (the JSON
    // error body read by AnswerDecoder::decodeRest, then the dialect's ErrorExplainer). Of the provider's
    // headers only `credentialHeader` ("Authorization") is sent: the REST side takes another credential than
    // GraphQL, and the other one is never sent where it is not read. A path that leaves the endpoint's
    // origin gives a job that fails with Kind::Config. Only GET is retried on 429.
    GraphQlJob* runRest(const QByteArray& verb, const QString& path, const QJsonObject& body,
                        const QByteArray& credentialHeader, const RequestOptions& options);
    // The address runRest() sends `path` to.
    QUrl restUrl(const QString& path) const;

    static QByteArray userAgent();
    // localhost or a loopback address: the only hosts a credential may reach over plain HTTP (or ws://).
    static bool isLoopbackHost(const QString& host);

signals:
    // How each request went as far as reaching the registry goes: an answer came (an HTTP or GraphQL error
    // answer included), or the registry could not be reached (Error::isUnreachable).
    void answered();
    void unreachable(const Error& error);

private:
    struct Upload
    {
        QString variable;
        QString filePath;
    };
    // Loads `operationName` from :/graphql/<folder>/ and sends it.
    GraphQlJob* sendOperation(const QString& folder, const QString& operationName, const QJsonObject& variables,
                              const RequestOptions& options, const Upload& upload);
    // Who answers are fetched for now (HeaderProvider::cacheIdentity); empty for anonymous requests, nullopt
    // when a credential is sent that names no one.
    std::optional<QString> cacheIdentity() const;
    void useCache(GraphQlJob* job, const QString& operationName, const QJsonObject& variables);
    GraphQlJob* send(const QString& document, const QJsonObject& variables, const QString& operationName,
                     const RequestOptions& options, const Upload& upload);
    // The request to `url` with `headers` under the rules every request follows, or the job that fails when
    // it must not be sent.
    struct Prepared
    {
        QNetworkRequest request;
        QNetworkRequest::RedirectPolicy redirectPolicy = QNetworkRequest::NoLessSafeRedirectPolicy;
        GraphQlJob* failed = nullptr;
    };
    Prepared prepare(const QUrl& url, const HeaderProvider::Headers& headers, const QString& label,
                     const RequestOptions& options);
    GraphQlJob* start(const Prepared& prepared, const QByteArray& body, const QString& label,
                      const RequestOptions& options, const QByteArray& restVerb, const Upload& upload);

    struct Private;
    std::unique_ptr<Private> d;
};
