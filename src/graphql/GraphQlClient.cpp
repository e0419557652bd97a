#include "GraphQlClient.h"

#include "FailedGraphQlJob.h"
#include "NetworkGraphQlJob.h"
#include "Operation.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPointer>

struct GraphQlClient::Private
{
    QPointer<QNetworkAccessManager> network;
    QUrl endpoint;
    QString dialect;
    std::shared_ptr<const HeaderProvider> headers;
    RequestOptions defaults;
    ErrorExplainer explainer;
    std::optional<AnswerCache> cache;
    QSet<QString> cachedOperations;
};

GraphQlClient::GraphQlClient(QNetworkAccessManager* network, const QUrl& endpoint, const QString& dialect,
                             std::shared_ptr<const HeaderProvider> headers, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    qRegisterMetaType<Error>();
    qRegisterMetaType<QList<Error>>();
    d->network = network;
    d->endpoint = endpoint;
    d->dialect = dialect;
    d->headers = std::move(headers);
}

GraphQlClient::~GraphQlClient() = default;

QUrl GraphQlClient::endpoint() const
{
    return d->endpoint;
}

QString GraphQlClient::dialect() const
{
    return d->dialect;
}

void GraphQlClient::setHeaderProvider(std::shared_ptr<const HeaderProvider> headers)
{
    d->headers = std::move(headers);
}

std::shared_ptr<const HeaderProvider> GraphQlClient::headerProvider() const
{
    return d->headers;
}

void GraphQlClient::setDefaultOptions(const RequestOptions& options)
{
    d->defaults = options;
}

RequestOptions GraphQlClient::defaultOptions() const
{
    return d->defaults;
}

void GraphQlClient::setErrorExplainer(ErrorExplainer explainer)
{
    d->explainer = std::move(explainer);
}

void GraphQlClient::setAnswerCache(const AnswerCache& cache, const QSet<QString>& operations)
{
    d->cache = cache;
    d->cachedOperations = operations;
}

GraphQlJob* GraphQlClient::run(const QString& operationName, const QJsonObject& variables)
{
    return runFrom(d->dialect, operationName, variables, d->defaults);
}

GraphQlJob* GraphQlClient::run(const QString& operationName, const QJsonObject& variables,
                               const RequestOptions& options)
{
    return runFrom(d->dialect, operationName, variables, options);
}

GraphQlJob* GraphQlClient::runFrom(const QString& folder, const QString& operationName,
                                   const QJsonObject& variables, const RequestOptions& options)
{
    return sendOperation(folder, operationName, variables, options, {});
}

GraphQlJob* GraphQlClient::runWithFile(const QString& operationName, const QJsonObject& variables,
                                       const QString& fileVariable, const QString& filePath,
                                       const RequestOptions& options)
{
    RequestOptions upload = options;
    upload.isRead = false;
    return sendOperation(d->dialect, operationName, variables, upload, {fileVariable, filePath});
}

GraphQlJob* GraphQlClient::sendOperation(const QString& folder, const QString& operationName,
                                         const QJsonObject& variables, const RequestOptions& options,
                                         const Upload& upload)
{
    const std::optional<QString> document = Operation::load(folder, operationName);
    if (!document)
        return new FailedGraphQlJob(
            Error::ofKind(Error::Kind::Config,
                          QStringLiteral("Unknown operation %1/%2").arg(folder, operationName)),
            operationName, this);
    GraphQlJob* job = send(*document, variables, operationName, options, upload);
    if (d->cache && folder == d->dialect && options.isRead && upload.filePath.isEmpty() &&
        d->cachedOperations.contains(operationName))
        useCache(job, operationName, variables);
    return job;
}

std::optional<QString> GraphQlClient::cacheIdentity() const
{
    // The identity of the headers a request carries now: none (anonymous), or a named one. A credential
    // without a name could be anyone's: its answers are not cached.
    if (!d->headers || d->headers->usableHeadersFor(d->endpoint).isEmpty())
        return QString();
    const QString identity = d->headers->cacheIdentity(d->endpoint);
    if (identity.isEmpty())
        return std::nullopt;
    return identity;
}

void GraphQlClient::useCache(GraphQlJob* job, const QString& operationName, const QJsonObject& variables)
{
    const std::optional<QString> identity = cacheIdentity();
    if (!identity)
        return;
    const AnswerCache::Key key{d->endpoint, *identity, operationName, variables};
    if (std::optional<AnswerCache::Entry> found = d->cache->find(key)) {
        QMetaObject::invokeMethod(
            job,
            [job, entry = std::move(*found)] {
                if (!job->isFinished())
                    emit job->cachedAnswer(entry.data, entry.storedAt);
            },
            Qt::QueuedConnection);
    }
    // Complete answers only: a partial one would show as the whole page the next time. And only while the
    // identity is still the one the request went out with: an answer that comes after signing out is not
    // kept among the private answers that signing out removed.
    connect(job, &GraphQlJob::finished, this,
            [this, key](const QJsonObject& data, const QList<Error>& partialErrors) {
                if (partialErrors.isEmpty() && d->cache && cacheIdentity() == key.identity)
                    d->cache->storeLater(key, data);
            });
}

GraphQlJob* GraphQlClient::runDocument(const QString& document, const QJsonObject& variables,
                                       const QString& operationName, const RequestOptions& options)
{
    return send(document, variables, operationName, options, {});
}

GraphQlJob* GraphQlClient::send(const QString& document, const QJsonObject& variables,
                                const QString& operationName, const RequestOptions& options,
                                const Upload& upload)
{
    // The name jobs and log lines go by; a console document may have none.
    const QString label = operationName.isEmpty() ? QStringLiteral("(unnamed operation)") : operationName;
    Prepared prepared = prepare(
        d->endpoint, d->headers ? d->headers->usableHeadersFor(d->endpoint) : HeaderProvider::Headers(),
        label, options);
    if (prepared.failed)
        return prepared.failed;
    // A multipart request gets its Content-Type (with the boundary) from Qt.
    if (upload.filePath.isEmpty())
        prepared.request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    prepared.request.setRawHeader("Accept", "application/graphql-response+json, application/json");

    QJsonObject body{{QStringLiteral("query"), document}, {QStringLiteral("variables"), variables}};
    // A document with one operation needs no name (GraphQL over HTTP: operationName is optional).
    if (!operationName.isEmpty())
        body.insert(QStringLiteral("operationName"), operationName);
    return start(prepared, QJsonDocument(body).toJson(QJsonDocument::Compact), label, options, {}, upload);
}

QUrl GraphQlClient::restUrl(const QString& path) const
{
    return d->endpoint.resolved(QUrl(path));
}

GraphQlJob* GraphQlClient::runRest(const QByteArray& verb, const QString& path, const QJsonObject& body,
                                   const QByteArray& credentialHeader, const RequestOptions& options)
{
    const QString label = QString::fromLatin1(verb) + QLatin1Char(' ') + path.section(QLatin1Char('?'), 0, 0);
    const QUrl url = restUrl(path);
    const auto originOf = [](const QUrl& u) {
        return u.adjusted(QUrl::RemovePath | QUrl::RemoveQuery);
    };
    if (!url.isValid() || originOf(url) != originOf(d->endpoint))
        return new FailedGraphQlJob(
            Error::ofKind(Error::Kind::Config, QStringLiteral("A REST path outside the registry's origin")),
            label, this);
    HeaderProvider::Headers headers;
    for (const auto& header : (d->headers ? d->headers->usableHeadersFor(url) : HeaderProvider::Headers())) {
        if (!credentialHeader.isEmpty() && header.first.compare(credentialHeader, Qt::CaseInsensitive) == 0)
            headers.append(header);
    }
    RequestOptions rest = options;
    rest.isRead = verb == "GET";
    Prepared prepared = prepare(url, headers, label, rest);
    if (prepared.failed)
        return prepared.failed;
    prepared.request.setRawHeader("Accept", "application/json");
    QByteArray bytes;
    if (verb != "GET" && (verb != "DELETE" || !body.isEmpty())) {
        prepared.request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return start(prepared, bytes, label, rest, verb, {});
}

GraphQlClient::Prepared GraphQlClient::prepare(const QUrl& url, const HeaderProvider::Headers& headers,
                                               const QString& label, const RequestOptions& options)
{
    Prepared prepared;
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        prepared.failed = new FailedGraphQlJob(
            Error::ofKind(Error::Kind::Config, QStringLiteral("The registry address is not an http(s) URL")),
            label, this);
        return prepared;
    }
    if (!d->network) {
        prepared.failed = new FailedGraphQlJob(
            Error::ofKind(Error::Kind::Config, QStringLiteral("No network access manager")), label, this);
        return prepared;
    }
    if (!headers.isEmpty() && scheme == QLatin1String("http") && !isLoopbackHost(url.host())) {
        prepared.failed = new FailedGraphQlJob(
            Error::ofKind(Error::Kind::Insecure,
                          QStringLiteral("Credentials are not sent over plain HTTP to %1").arg(url.host())),
            label, this);
        return prepared;
    }
    QNetworkRequest& request = prepared.request;
    request.setUrl(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    // Named here, so that Qt leaves compressed answers as they are: the job inflates them itself and counts
    // the inflated bytes against its cap (AnswerInflater).
    request.setRawHeader("Accept-Encoding", "gzip, deflate");
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    // With a credential, a redirect to another origin must fail instead of carrying (or silently dropping)
    // the credential; anonymous requests may follow redirects that do not downgrade to plain HTTP.
    // NetworkGraphQlJob applies the policy itself (Qt's automatic redirects repeat POSTs, see there).
    prepared.redirectPolicy = headers.isEmpty() ? QNetworkRequest::NoLessSafeRedirectPolicy
                                                : QNetworkRequest::SameOriginRedirectPolicy;
    request.setMaximumRedirectsAllowed(5);
    request.setTransferTimeout(int(options.inactivityTimeout.count()));
    return prepared;
}

GraphQlJob* GraphQlClient::start(const Prepared& prepared, const QByteArray& body, const QString& label,
                                 const RequestOptions& options, const QByteArray& restVerb,
                                 const Upload& upload)
{
    auto* job = new NetworkGraphQlJob(d->network, prepared.request, body, label, options,
                                      prepared.redirectPolicy, d->explainer, this);
    connect(job, &GraphQlJob::finished, this, &GraphQlClient::answered);
    connect(job, &GraphQlJob::failed, this, [this](const Error& error) {
        if (error.isUnreachable())
            emit unreachable(error);
        else if (error.httpStatus > 0)
            emit answered();
    });
    if (!upload.filePath.isEmpty())
        job->setUpload(upload.variable, upload.filePath);
    if (!restVerb.isEmpty())
        job->setRest(restVerb);
    job->start();
    return job;
}

bool GraphQlClient::isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QByteArray GraphQlClient::userAgent()
{
    return QByteArrayLiteral("Depot/" DEPOT_VERSION " Qt/") + qVersion();
}
