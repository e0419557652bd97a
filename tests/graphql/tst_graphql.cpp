// GraphQlClient against the real local registry: answers, GraphQL errors, broken and hostile answers
// (the registry's --faults), limits, retries, redirects and what is actually sent (its request log).
#include "core/Error.h"
#include "graphql/AnswerBudget.h"
#include "graphql/ErrorConventions.h"
#include "graphql/GraphQlClient.h"
#include "graphql/HeaderProvider.h"
#include "graphql/Operation.h"
#include "graphql/RequestOptions.h"
#include "registry/datapm/DataPmErrors.h"
#include "support/LocalRegistry.h"
#include "support/TestCertificates.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>
#if QT_CONFIG(ssl)
#include <QSslKey>
#include <QSslServer>
#endif

using namespace std::chrono_literals;

namespace {

const QString metabindKey = QStringLiteral("demo-org:demo-project:mb-demo-key");

// A fixed set of headers, as an auth session would provide.
class StaticHeaders : public HeaderProvider
{
public:
    explicit StaticHeaders(Headers headers)
        : m_headers(std::move(headers))
    {}
    Headers headersFor(const QUrl&) const override { return m_headers; }

private:
    Headers m_headers;
};

std::shared_ptr<const HeaderProvider> headers(const QByteArray& name, const QByteArray& value)
{
    return std::make_shared<StaticHeaders>(HeaderProvider::Headers{{name, value}});
}

// Counts the requests that reach the network layer, to prove that a refused request sent nothing.
class CountingNetwork : public QNetworkAccessManager
{
public:
    int created = 0;

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* data) override
    {
        ++created;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

// Everything a job did, recorded by spies that outlive it.
struct Outcome
{
    bool ended = false;
    bool succeeded = false;
    int endSignals = 0;
    int progressSignals = 0;
    QJsonObject data;
    QList<Error> partialErrors;
    Error error;
    qint64 elapsedMs = 0;
};

Outcome await(GraphQlJob* job, int timeoutMs = 30000)
{
    Outcome outcome;
    QSignalSpy finished(job, &GraphQlJob::finished);
    QSignalSpy failed(job, &GraphQlJob::failed);
    QSignalSpy progress(job, &GraphQlJob::progress);
    QElapsedTimer clock;
    clock.start();
    while (finished.isEmpty() && failed.isEmpty() && clock.elapsed() < timeoutMs)
        failed.wait(20);
    outcome.elapsedMs = clock.elapsed();
    // Let any stray late signal arrive before counting.
    QTest::qWait(50);
    outcome.endSignals = int(finished.size() + failed.size());
    outcome.progressSignals = int(progress.size());
    outcome.ended = outcome.endSignals > 0;
    if (!finished.isEmpty()) {
        outcome.succeeded = true;
        outcome.data = finished.at(0).at(0).toJsonObject();
        outcome.partialErrors = finished.at(0).at(1).value<QList<Error>>();
    } else if (!failed.isEmpty()) {
        outcome.error = failed.at(0).at(0).value<Error>();
    }
    return outcome;
}

QString describe(const Outcome& o)
{
    if (!o.ended)
        return QStringLiteral("no end signal");
    if (o.succeeded)
        return QStringLiteral("finished: %1")
            .arg(QString::fromUtf8(QJsonDocument(o.data).toJson(QJsonDocument::Compact)));
    return QStringLiteral("failed: kind %1, status %2, code %3, token %4, message %5")
        .arg(Error::kindName(o.error.kind))
        .arg(o.error.httpStatus)
        .arg(o.error.code, o.error.token, o.error.message);
}

QJsonObject fault(const QString& kind, const QJsonObject& params = {})
{
    QJsonObject f = params;
    f.insert(QStringLiteral("match"), QStringLiteral("/metabind/graphql"));
    f.insert(QStringLiteral("kind"), kind);
    return f;
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

#define QVERIFY_OUTCOME(cond, o) QVERIFY2(cond, qPrintable(describe(o)))

class TestGraphQl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void leadingToken_data();
    void leadingToken();
    void userTextIsPlain();
    void kindNamesAndTransience();

    void successDataPm();
    void successIntrospection();
    void successWithCredential();
    void graphQlErrorFault();
    void graphQlErrorReal();
    void graphQlErrorRealDataPm();
    void graphQlErrorInHttp400Fault();
    void graphQlErrorInHttp400Real();
    void extensionsAreCleaned();
    void partialData();
    void html500();
    void invalidJson();
    void truncated();
    void dropped();
    void connectionRefused();
    void tlsErrorsAreNotIgnored_data();
    void tlsErrorsAreNotIgnored();
    void stallHitsDeadline();
    void stallHitsInactivityTimeout();
    void cancel();
    void cancelAfterEndIsNoop();
    void hugeAnswerIsCutOff();
    void announcedTooLarge();
    void gzipBombIsTooLargeAtOnce();
    void compressedAnswers_data();
    void compressedAnswers();
    void corruptCompressedAnswer();
    void webPageIsNamed();
    void answersInFlightShareOneBudget();
    void decodingCountsAgainstTheBudget();
    void retryAfter429();
    void retryAfterExhausted();
    void noRetryForWrites();
    void redirectWithCredentialFails();
    void redirectWithoutCredentialIsFollowed();
    void sameOriginRedirectWithCredential();
    void redirectLoopEnds();
    void credentialSentOnceWithUserAgent();
    void emptyHeaderValueIsNotSent();
    void credentialOverPlainHttpRefused();
    void unknownOperation();
    void operationCarriesItsFragmentsOnce();
    void spreadsInCommentsAndStringsAreText();

private:
    GraphQlClient* client(const QString& dialect, std::shared_ptr<const HeaderProvider> provider = {});
    GraphQlJob* introspect(GraphQlClient* c, const RequestOptions& options = {});
    QJsonArray graphqlRequests();

    std::unique_ptr<LocalRegistry> m_registry;
    std::unique_ptr<LocalRegistry> m_other; // a second origin, for redirects
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<QObject> m_scope; // owns the clients of one test
};

void TestGraphQl::initTestCase()
{
    LocalRegistry::Options options;
    options.faults = true;
    m_registry = std::make_unique<LocalRegistry>(options);
    QString error;
    QVERIFY2(m_registry->start(&error), qPrintable(error));
    LocalRegistry::Options otherOptions;
    otherOptions.faults = true;
    otherOptions.seed.clear();
    m_other = std::make_unique<LocalRegistry>(otherOptions);
    QVERIFY2(m_other->start(&error), qPrintable(error));
}

void TestGraphQl::init()
{
    QVERIFY(m_registry->clearFaults());
    QVERIFY(m_registry->clearRequestLog());
    QVERIFY(m_other->clearFaults());
    QVERIFY(m_other->clearRequestLog());
    m_scope = std::make_unique<QObject>();
    m_network = std::make_unique<QNetworkAccessManager>();
}

GraphQlClient* TestGraphQl::client(const QString& dialect, std::shared_ptr<const HeaderProvider> provider)
{
    return new GraphQlClient(m_network.get(), m_registry->endpoint(dialect), dialect, std::move(provider),
                             m_scope.get());
}

// Introspection works without credentials on every endpoint: the neutral request for transport tests.
GraphQlJob* TestGraphQl::introspect(GraphQlClient* c, const RequestOptions& options)
{
    return c->runFrom(QStringLiteral("introspection"), QStringLiteral("DetectDialect"), {}, options);
}

QJsonArray TestGraphQl::graphqlRequests()
{
    QJsonArray result;
    for (const QJsonValue& entry : m_registry->requestLog()) {
        if (entry.toObject().value(QLatin1String("path")).toString().endsWith(QLatin1String("/graphql")))
            result.append(entry);
    }
    return result;
}

void TestGraphQl::leadingToken_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("token");
    QTest::newRow("dash") << QStringLiteral("PACKAGE_NOT_FOUND - cat/pkg")
                          << QStringLiteral("PACKAGE_NOT_FOUND");
    QTest::newRow("colon") << QStringLiteral("CATALOG_NOT_FOUND: x") << QStringLiteral("CATALOG_NOT_FOUND");
    QTest::newRow("alone") << QStringLiteral("NOT_AUTHENTICATED") << QStringLiteral("NOT_AUTHENTICATED");
    QTest::newRow("context") << QStringLiteral("Context creation failed: API_KEY_NOT_FOUND")
                             << QStringLiteral("API_KEY_NOT_FOUND");
    QTest::newRow("context lower") << QStringLiteral("Context creation failed: invalid token") << QString();
    QTest::newRow("sentence") << QStringLiteral("Cannot query field \"x\" on type \"Query\".") << QString();
    QTest::newRow("glued") << QStringLiteral("HTTPError happened") << QString();
    QTest::newRow("short") << QStringLiteral("OK fine") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestGraphQl::leadingToken()
{
    QFETCH(QString, message);
    QFETCH(QString, token);
    QCOMPARE(Error::leadingToken(message), token);
}

void TestGraphQl::userTextIsPlain()
{
    Error e;
    e.kind = Error::Kind::GraphQl;
    e.message = QStringLiteral("Error: boom\n    at resolve (/srv/app/resolvers.js:12:3)\n    at next");
    e.code = QStringLiteral("INTERNAL_SERVER_ERROR");
    const QString text = e.userText();
    QVERIFY(!text.isEmpty());
    QVERIFY2(!text.contains(QLatin1String("resolvers.js")), qPrintable(text));
    QVERIFY(!text.contains(QLatin1Char('\n')));

    e.message = QStringLiteral("The catalog is archived.");
    e.code.clear();
    QVERIFY(e.userText().contains(e.message));

    e.message = QStringLiteral("Context creation failed: API_KEY_NOT_FOUND");
    e.token = Error::leadingToken(e.message);
    e.httpStatus = 400;
    e.reason = Error::Reason::None;
    // Read as the DataPM dialect reads it: a refused credential, in the product's words.
    const Error explained = DataPmErrors::explain(ErrorConventions::classified(e));
    QCOMPARE(explained.reason, Error::Reason::CredentialRefused);
    QVERIFY(!explained.userText().contains(QLatin1String("Context creation")));

    for (int k = int(Error::Kind::Network); k <= int(Error::Kind::Config); ++k) {
        Error other;
        other.kind = Error::Kind(k);
        other.httpStatus = 500;
        other = ErrorConventions::classified(other);
        QVERIFY2(other.reason != Error::Reason::None, qPrintable(Error::kindName(other.kind)));
        QVERIFY2(!other.userText().isEmpty(), qPrintable(Error::kindName(other.kind)));
    }
    // Every reason has a sentence of its own.
    for (int r = int(Error::Reason::NotSignedIn); r <= int(Error::Reason::Internal); ++r) {
        Error reasoned;
        reasoned.reason = Error::Reason(r);
        QVERIFY2(!reasoned.userText().isEmpty(), qPrintable(Error::reasonName(reasoned.reason)));
        QVERIFY(Error::reasonName(reasoned.reason) != QLatin1String("Unknown"));
    }
    QVERIFY(Error().userText().isEmpty());
}

void TestGraphQl::kindNamesAndTransience()
{
    QCOMPARE(Error::kindName(Error::Kind::TooLarge), QStringLiteral("TooLarge"));
    // Transience follows the reason the transport's conventions give.
    const auto classified = [](Error::Kind kind, int status) {
        Error e;
        e.kind = kind;
        e.httpStatus = status;
        return ErrorConventions::classified(e);
    };
    QVERIFY(classified(Error::Kind::Http, 503).isTransient());
    QVERIFY(classified(Error::Kind::Http, 429).isTransient());
    QVERIFY(!classified(Error::Kind::Http, 404).isTransient());
    QVERIFY(classified(Error::Kind::Timeout, 0).isTransient());
    QVERIFY(!classified(Error::Kind::Insecure, 0).isTransient());
    QVERIFY(QMetaType::fromType<Error>().isValid());
}

void TestGraphQl::successDataPm()
{
    const Outcome o = await(client(QStringLiteral("datapm"))->run(QStringLiteral("RegistryStatus")));
    QVERIFY_OUTCOME(o.succeeded, o);
    QCOMPARE(o.endSignals, 1);
    QVERIFY(o.partialErrors.isEmpty());
    const QJsonObject status = o.data.value(QLatin1String("registryStatus")).toObject();
    QVERIFY_OUTCOME(!status.value(QLatin1String("version")).toString().isEmpty(), o);
    QVERIFY(o.progressSignals >= 1);
}

void TestGraphQl::successIntrospection()
{
    const Outcome o = await(introspect(client(QStringLiteral("metabind"))));
    QVERIFY_OUTCOME(o.succeeded, o);
    const QJsonArray fields = o.data.value(QLatin1String("__schema"))
                                  .toObject()
                                  .value(QLatin1String("queryType"))
                                  .toObject()
                                  .value(QLatin1String("fields"))
                                  .toArray();
    QVERIFY(!fields.isEmpty());
    const QJsonArray log = graphqlRequests();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.at(0)[QLatin1String("operationName")].toString(), QStringLiteral("DetectDialect"));
}

void TestGraphQl::successWithCredential()
{
    const Outcome o = await(client(QStringLiteral("metabind"), headers("x-api-key", metabindKey.toUtf8()))
                                ->run(QStringLiteral("RegistryStatus")));
    QVERIFY_OUTCOME(o.succeeded, o);
    QVERIFY(o.data.value(QLatin1String("tags")).isObject());
}

void TestGraphQl::graphQlErrorFault()
{
    QVERIFY(m_registry->armFault(
        fault(QStringLiteral("graphqlError"),
              {{QStringLiteral("code"), QStringLiteral("INTERNAL_SERVER_ERROR")},
               {QStringLiteral("message"), QStringLiteral("PACKAGE_NOT_FOUND - demo/nope")}})));
    const Outcome o = await(introspect(client(QStringLiteral("metabind"))));
    QVERIFY_OUTCOME(o.ended && !o.succeeded, o);
    QCOMPARE(o.endSignals, 1);
    QCOMPARE(o.error.kind, Error::Kind::GraphQl);
    QCOMPARE(o.error.httpStatus, 200);
    QCOMPARE(o.error.code, QStringLiteral("INTERNAL_SERVER_ERROR"));
    QCOMPARE(o.error.token, QStringLiteral("PACKAGE_NOT_FOUND"));
    QCOMPARE(o.error.message, QStringLiteral("PACKAGE_NOT_FOUND - demo/nope"));
    QVERIFY(!o.error.userText().isEmpty());
}

void TestGraphQl::graphQlErrorReal()
{
    // Metabind refuses data without x-api-key: HTTP 200, data null, code UNAUTHORIZED.
    const Outcome o = await(client(QStringLiteral("metabind"))->run(QStringLiteral("RegistryStatus")));
    QVERIFY_OUTCOME(o.ended && !o.succeeded, o);
    QCOMPARE(o.error.kind, Error::Kind::GraphQl);
    QCOMPARE(o.error.httpStatus, 200);
    QCOMPARE(o.error.code, QStringLiteral("UNAUTHORIZED"));
    QVERIFY(!o.error.message.isEmpty());
    QVERIFY(!o.error.extensions.contains(QLatin1String("stacktrace")));
}

void TestGraphQl::graphQlErrorRealDataPm()
{
    const QJsonObject identifier{{QStringLiteral("catalogSlug"), QStringLiteral("no-such-catalog")},
                                 {QStringLiteral("packageSlug"), QStringLiteral("no-such-package")}};
    const Outcome o =
        await(client(QStringLiteral("datapm"))
                  ->run(QStringLiteral("Package"), {{QStringLiteral("identifier"), identifier}}));
    QVERIFY_OUTCOME(o.ended && !o.succeeded, o);
    QCOMPARE(o.error.kind, Error::Kind::GraphQl);
    QCOMPARE(o.error.httpStatus, 200);
    // DataPM says which object is missing in the message token; the code is generic.
    QVERIFY_OUTCOME(o.error.token.endsWith(QLatin1String("_NOT_FOUND")), o);
    QVERIFY(!o.error.code.isEmpty());
}

void TestGraphQl::graphQlErrorInHttp400Fault()
{
    QVERIFY(m_registry->armFault(fault(QStringLiteral("graphqlError"),
                                       {{QStringLiteral("code"), QStringLiteral("BAD_USER_INPUT")},
                                        {QStringLiteral("message"), QStringLiteral("PACKAGE_SLUG_INVALID")},
                                        {QStringLiteral("status"), 400}})));
    const Outcome o = await(introspect(client(QStringLiteral("metabind"))));
    QVERIFY_OUTCOME(o.ended && !o.succeeded, o);
    QCOMPARE(o.error.kind, Error::Kind::GraphQl);
    QCOMPARE(o.error.httpStatus, 400);
    QCOMPARE(o.error.code, QStringLiteral("BAD_USER_INPUT"));
    QCOMPARE(o.error.token, QStringLiteral("PACKAGE_SLUG_INVALID"));
}

void TestGraphQl::graphQlErrorInHttp400Real()
{
    // The real DataPM: an unknown API key fails the whole request with HTTP 400 and errors[].
    const QByteArray key = QByteArrayLiteral("nope.nope").toBase64();
    const Outcome o = await(
        client(QStringLiteral("datapm"), headers("X-API-Key", key))->run(QStringLiteral("RegistryStatus")));
    QVERIFY_OUTCOME(o.ended && !o.succeeded, o);
    QCOMPARE(o.error.kind, Error::Kind::GraphQl);
    QCOMPARE(o.error.httpStatus, 400);
    QCOMPARE(o.error.code, QStringLiteral("UNAUTHENTICATED"));
    QCOMPARE(o.error.token, QStringLiteral("API_KEY_NOT_FOUND"));
    QVERIFY(o.error.message.contains(QLatin1String("API_KEY_NOT_FOUND")));
}

void TestGraphQl::extensionsAreCleaned()
{
    const QJsonObject extensions{
        {QStringLiteral("minNextVersion"), QStringLiteral("2.0.0")},
        {QStringLiteral("tracing"), QJsonObject{{QStringLiteral("duration"), 1}}},
        {QStringLiteral("stacktrace"), QJsonArray{QStringLiteral("Error: x"), QStringLiteral("    at y")}},
        {QStringLiteral("exception"),
         QJsonObject{{QStringLiteral("stacktrace"), QJsonArray{QStringLiteral("    at z")}}}}};
    QVERIFY(m_registry->armFault(
        fault(QStringLiteral("graphqlError"),
              {{QStringLiteral("code"), QStringLiteral("HIGHER_VERSION_REQUIRED")},
               {QStringLiteral("message"), QStringLiteral("A higher version is required")},
               {QStringLiteral("extensions"), extensions}})));
    const Outcome o = await(introspect(client(QStringLiteral("metabind"))));
    QVERIFY_OUTCOME(o.ended && !o.succeeded, o);
    QCOMPARE(o.error.code, QStringLiteral("HIGHER_VERSION_REQUIRED"));
    QVERIFY(o.error.token.isEmpty());
    QCOMPARE(o.error.extensions.value(QLatin1String("minNextVersion")).toString(), QStringLiteral("2.0.0"));
    QCOMPARE(o.error.extensions.value(QLatin1String("code")).toString(),
             QStringLiteral("HIGHER_VERSION_REQUIRED"));
    QVERIFY(!o.error.extensions.contains(QLatin1String("tracing")));
    QVERIFY(!o.error.extensions.contains(QLatin1String("stacktrace")));
    QVERIFY(!o.error.extensions.contains(QLatin1String("exception")));
    // The dialect that knows this code makes the sentence, with the minimum version from the extensions.
    const Error explained = DataPmErrors::explain(o.error);
    QCOMPARE(explained.reason, Error::Reason::VersionTooLow);
    QCOMPARE(explained.minimumVersion, QStringLiteral("2.0.0"));
    QVERIFY(explained.userText().contains(QLatin1String("2.0.0")));
}

void TestGraphQl::partialData()
{
    const QJsonObject body{
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("a"), 1}, {QStringLiteral("b"), QJsonValue()}}},
        {QStringLiteral("errors"),
         QJsonArray{QJsonObject{{QStringLiteral("message"), QStringLiteral("NOT_AUTHORIZED")},
                                {QStringLiteral("path"), QJsonArray{QStringLiteral("b")}},
                                {QStringLiteral("extensions"),
                                 QJsonObject{{QStringLiteral("code"), QStringLiteral("FORBIDDEN")}}}}}}};
    QVERIFY(m_registry->armFault(
        fault(QStringLiteral("http"), {{QStringLiteral("status"), 200}, {QStringLiteral("body"), body}})));
    const Outcome o = await(introspect(client(QStringLiteral("metabind"))));
    QVERIFY_OUTCOME(o.succeeded, o);
    QCOMPARE(o.data.value(QLatin1String("a")).toInt(), 1);
    QCOMPARE(o.partialErrors.size(), 1);
    QCOMPARE(o.partialErrors.at(0).kind, Error::Kind::GraphQl);
    QCOMPARE(o.partialErrors.at(0).code, QStringLiteral("FORBIDDEN"));
    QCOMPARE(o.partialErrors.at(0).token, QStringLiteral("NOT_AUTHORIZED"));
}

void TestGraphQl::html500()
{
    QVERIFY(m_registry->armFault(fault(QStringLiteral("html500"))));
    const Outcome o = await(introspect(client(QStringLiteral("metabind"))));
    QVERIFY_OUTCOME(o.ended && !o.succeeded, o);
    QCOMPARE(o.error.kind, Error::Kind::Http);
    QCOMPARE(o.error.httpStatus, 500);
    QVERIFY(o.error.code.isEmpty());
    QVERIFY(!o.error.message.contains(QLatin1String("<html")));
    QVERIFY(!o.error.userText().contains(QLatin1Char('<')));
    QVERIFY(o.error.isTransient());
}

void TestGraphQl::invalidJson()
{
    QVERIFY(m_registry->armFault(fault(QStringLiteral("invalidJson"))));
    const Outcome o = await(introspect(client(QStringLiteral("metabind"))));
    QVERIFY_OUTCOME(o.ended && !o.succeeded, o);
    QCOMPARE(o.error.kind, Error::Kind::Decode);
    QCOMPARE(o.error.httpStatus, 200);
    QVERIFY(o.error.message.contains(QLatin1String("JSON")));
}

void TestGraphQl::truncated()
{
    QVERIFY(m_registry->armFault(fault(QStringLiteral("truncated"))));
    const Outcome o = await(introspect(client(QStringLiteral("metabind"))));
    QVERIFY_OUTCOME(o.ended && !o.succeeded, o);
    QCOMPARE(o.error.kind, Error::Kind::Decode);
    QCOMPARE(o.error.httpStatus, 200);
}

void TestGraphQl::dropped()
{
    QVERIFY(m_registry->armFault(fault(QStringLiteral("drop"))));
    const Outcome o = await(introspect(client(QStringLiteral("metabind"))));
    QVERIFY_OUTCOME(o.ended && !o.succeeded, o);
    QCOMPARE(o.error.kind, Error::Kind::Network);
    QVERIFY(!o.error.message.isEmpty());
    QVERIFY(o.error.isTransient());
}

void TestGraphQl::connectionRefused()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close(); // nothing listens there now
    QUrl endpoint(QStringLiteral("http://127.0.0.1/metabind/graphql"));
    endpoint.setPort(port);
    auto* c = new GraphQlClient(m_network.get(), endpoint, QStringLiteral("metabind"), {}, m_scope.get());
    const Outcome o = await(introspect(c));
    QVERIFY_OUTCOME(o.ended && !o.succeeded, o);
    QCOMPARE(o.error.kind, Error::Kind::Network);
    QCOMPARE(o.error.httpStatus, 0);
}

void TestGraphQl::tlsErrorsAreNotIgnored_data()
{
    QTest::addColumn<QString>("certificate"); // one of TestCertificates' names
    QTest::addColumn<bool>("trustTestAuthority");
    QTest::addColumn<QList<Error::TlsProblem>>("problems");
    QTest::addColumn<QString>("says"); // a part of the sentence for people
    QTest::newRow("self-signed") << QString::fromLatin1(TestCertificates::selfSigned) << false
                                 << QList<Error::TlsProblem>{Error::TlsProblem::SelfSigned}
                                 << QStringLiteral("self-signed");
    QTest::newRow("expired") << QString::fromLatin1(TestCertificates::expired) << true
                             << QList<Error::TlsProblem>{Error::TlsProblem::Expired}
                             << QStringLiteral("expired on");
    QTest::newRow("wrong host") << QString::fromLatin1(TestCertificates::wrongHost) << true
                                << QList<Error::TlsProblem>{Error::TlsProblem::WrongHost}
                                << QStringLiteral("is for registry.example.org, not for this address");
    QTest::newRow("unknown authority")
        << QStringLiteral("leaf.pem") << false << QList<Error::TlsProblem>{Error::TlsProblem::UntrustedIssuer}
        << QStringLiteral("authority this computer does not trust");
}

void TestGraphQl::tlsErrorsAreNotIgnored()
{
#if !QT_CONFIG(ssl)
    QSKIP("Qt without TLS");
#else
    QFETCH(QString, certificate);
    QFETCH(bool, trustTestAuthority);
    QFETCH(QList<Error::TlsProblem>, problems);
    QFETCH(QString, says);
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    // The client must refuse each certificate, name what is wrong and show it, never ignore the error.
    TestCertificates certificates;
    QString error;
    if (!certificates.make(&error))
        QSKIP(qPrintable(error));
    const QSslConfiguration systemDefault = QSslConfiguration::defaultConfiguration();
    const auto restore = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(systemDefault); });
    if (trustTestAuthority) {
        QSslConfiguration trusting = systemDefault;
        trusting.addCaCertificate(certificates.authority());
        QSslConfiguration::setDefaultConfiguration(trusting);
    }
    const QSslConfiguration tls = certificates.serverConfiguration(certificate);
    QSslServer server;
    server.setSslConfiguration(tls);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QUrl endpoint(QStringLiteral("https://127.0.0.1/metabind/graphql"));
    endpoint.setPort(server.serverPort());
    auto* c = new GraphQlClient(m_network.get(), endpoint, QStringLiteral("metabind"),
                                headers("x-api-key", metabindKey.toUtf8()), m_scope.get());
    const Outcome o = await(introspect(c));
    QVERIFY_OUTCOME(o.ended && !o.succeeded, o);
    QCOMPARE(o.error.kind, Error::Kind::Tls);
    QCOMPARE(o.error.reason, Error::Reason::Tls);
    QCOMPARE(o.error.tlsProblems, problems);
    QVERIFY2(o.error.userText().contains(says), qPrintable(o.error.userText()));
    QVERIFY(o.error.userText().contains(QLatin1String("nothing was sent")));
    // The certificate the server showed, for "Show certificate".
    QCOMPARE(QSslCertificate(o.error.certificatePem), certificates.certificate(certificate));
    QVERIFY(!server.hasPendingConnections()); // no handshake completed: nothing was sent
#endif
}

void TestGraphQl::stallHitsDeadline()
{
    QVERIFY(m_registry->armFault(fault(QStringLiteral("stall"))));
    RequestOptions options;
    options.deadline = 1500ms;
    const Outcome o = await(introspect(client(QStringLiteral("metabind")), options));
    QVERIFY_OUTCOME(o.ended && !o.succeeded, o);
    QCOMPARE(o.error.kind, Error::Kind::Timeout);
    QCOMPARE(o.endSignals, 1);
    QVERIFY2(o.elapsedMs >= 1400 && o.elapsedMs < 1500 + 1000, qPrintable(QString::number(o.elapsedMs)));
}

void TestGraphQl::stallHitsInactivityTimeout()
{
    QVERIFY(m_registry->armFault(fault(QStringLiteral("stall"))));
    RequestOptions options;
    options.inactivityTimeout = 700ms;
    options.deadline = 20s;
    const Outcome o = await(introspect(client(QStringLiteral("metabind")), options));
    QVERIFY_OUTCOME(o.ended && !o.succeeded, o);
    QCOMPARE(o.error.kind, Error::Kind::Timeout);
    QVERIFY2(o.elapsedMs < 700 + 2000, qPrintable(QString::number(o.elapsedMs)));
}

void TestGraphQl::cancel()
{
    QVERIFY(m_registry->armFault(fault(QStringLiteral("stall"))));
    GraphQlJob* job = introspect(client(QStringLiteral("metabind")));
    QPointer<GraphQlJob> alive(job);
    QSignalSpy finished(job, &GraphQlJob::finished);
    QSignalSpy failed(job, &GraphQlJob::failed);
    QTRY_COMPARE(graphqlRequests().size(), 1); // the request is at the server, stalled
    QVERIFY(!job->isFinished());
    job->cancel();
    QCOMPARE(failed.size(), 1); // synchronously, exactly once
    QCOMPARE(failed.at(0).at(0).value<Error>().kind, Error::Kind::Canceled);
    job->cancel(); // a second cancel is harmless
    QCOMPARE(failed.size(), 1);
    QTest::qWait(300);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(finished.size(), 0);
    QTRY_VERIFY(alive.isNull()); // deleteLater()d
}

void TestGraphQl::cancelAfterEndIsNoop()
{
    GraphQlJob* job = introspect(client(QStringLiteral("metabind")));
    QSignalSpy failed(job, &GraphQlJob::failed);
    bool finishedInSlot = false;
    // Inside the slot the job is certainly alive (it deletes itself later): a cancel there must not emit.
    connect(job, &GraphQlJob::finished, m_scope.get(), [&finishedInSlot, job] {
        finishedInSlot = job->isFinished();
        job->cancel();
    });
    const Outcome o = await(job);
    QVERIFY_OUTCOME(o.succeeded, o);
    QVERIFY(finishedInSlot);
    QCOMPARE(o.endSignals, 1);
    QCOMPARE(failed.size(), 0);
}

void TestGraphQl::hugeAnswerIsCutOff()
{
    QVERIFY(m_registry->armFault(fault(QStringLiteral("huge")))); // 256 MiB, chunked
    RequestOptions options;
    options.maxAnswerBytes = 1024 * 1024;
    const qint64 before = residentKiB();
    const Outcome o = await(introspect(client(QStringLiteral("metabind")), options));
    const qint64 after = residentKiB();
    QVERIFY_OUTCOME(o.ended && !o.succeeded, o);
    QCOMPARE(o.error.kind, Error::Kind::TooLarge);
    QVERIFY2(o.elapsedMs < 5000, qPrintable(QString::number(o.elapsedMs)));
    QVERIFY2(after - before < 48 * 1024,
             qPrintable(QStringLiteral("%1 KiB -> %2 KiB").arg(before).arg(after)));
}

void TestGraphQl::announcedTooLarge()
{
    // A complete answer with Content-Length over the cap is refused before its body is read.
    const QString blob(2 * 1024 * 1024, QLatin1Char('x'));
    QVERIFY(m_registry->armFault(
        fault(QStringLiteral("http"),
              {{QStringLiteral("status"), 200},
               {QStringLiteral("body"),
                QJsonObject{{QStringLiteral("data"), QJsonObject{{QStringLiteral("x"), blob}}}}}})));
    RequestOptions options;
    options.maxAnswerBytes = 1024 * 1024;
    const Outcome o = await(introspect(client(QStringLiteral("metabind")), options));
    QVERIFY_OUTCOME(o.ended && !o.succeeded, o);
    QCOMPARE(o.error.kind, Error::Kind::TooLarge);
    QVERIFY_OUTCOME(o.error.message.contains(QLatin1String("announces")), o); // refused before reading
}

void TestGraphQl::gzipBombIsTooLargeAtOnce()
{
    // 10 GiB of zeros in a 10 MiB gzip body: the cap counts the inflated bytes, and the answer is "too large"
    // as soon as they pass it. Qt's own decompression reported a failure that the job read as an HTTP status,
    // so the job waited for the inactivity timeout (15 s) and then said "could not be read".
    QVERIFY(m_registry->armFault(fault(QStringLiteral("gzipBomb"))));
    QTest::failOnWarning(QRegularExpression(QStringLiteral("only be called once")));
    const qint64 before = residentKiB();
    const Outcome o = await(introspect(client(QStringLiteral("metabind"))));
    const qint64 after = residentKiB();
    QVERIFY_OUTCOME(o.ended && !o.succeeded, o);
    QCOMPARE(o.error.kind, Error::Kind::TooLarge);
    QCOMPARE(o.error.reason, Error::Reason::TooLarge);
    qInfo("gzip bomb (10 GiB in 10 MiB): too large after %lld ms", o.elapsedMs);
    QVERIFY2(o.elapsedMs < 2000, qPrintable(QString::number(o.elapsedMs)));
    QVERIFY2(after - before < 80 * 1024,
             qPrintable(QStringLiteral("%1 KiB -> %2 KiB").arg(before).arg(after)));
}

void TestGraphQl::compressedAnswers_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::newRow("gzip") << QStringLiteral("gzip");
    QTest::newRow("deflate") << QStringLiteral("deflate");
    QTest::newRow("deflate without its zlib header") << QStringLiteral("rawDeflate");
}

void TestGraphQl::compressedAnswers()
{
    // Depot asks for gzip and deflate and inflates them itself; the answer reads as if it came plain.
    QFETCH(QString, encoding);
    const QString text(100000, QLatin1Char('z')); // compresses well, and is longer than one inflated slice
    QVERIFY(m_registry->armFault(
        fault(QStringLiteral("http"),
              {{QStringLiteral("status"), 200},
               {QStringLiteral("encoding"), encoding},
               {QStringLiteral("body"),
                QJsonObject{{QStringLiteral("data"), QJsonObject{{QStringLiteral("text"), text}}}}}})));
    const Outcome o = await(introspect(client(QStringLiteral("metabind"))));
    QVERIFY_OUTCOME(o.succeeded, o);
    QCOMPARE(o.data.value(QLatin1String("text")).toString(), text);
    const QJsonObject request = graphqlRequests().last().toObject();
    QCOMPARE(request[QLatin1String("headers")][QLatin1String("accept-encoding")].toString(),
             QStringLiteral("gzip, deflate"));
}

void TestGraphQl::corruptCompressedAnswer()
{
    QVERIFY(m_registry->armFault(
        fault(QStringLiteral("http"),
              {{QStringLiteral("status"), 200},
               {QStringLiteral("headers"),
                QJsonObject{{QStringLiteral("Content-Encoding"), QStringLiteral("gzip")}}},
               {QStringLiteral("body"), QStringLiteral("{\"data\": {\"not\": \"gzip\"}}")}})));
    const Outcome o = await(introspect(client(QStringLiteral("metabind"))));
    QVERIFY_OUTCOME(o.ended && !o.succeeded, o);
    QCOMPARE(o.error.kind, Error::Kind::Decode);
    QCOMPARE(o.error.reason, Error::Reason::BadAnswer);
}

void TestGraphQl::webPageIsNamed()
{
    // A captive portal answers every address with its sign-in page (200, text/html).
    QVERIFY(m_registry->armFault(fault(QStringLiteral("portal"))));
    const Outcome o = await(introspect(client(QStringLiteral("metabind"))));
    QVERIFY_OUTCOME(o.ended && !o.succeeded, o);
    QCOMPARE(o.error.reason, Error::Reason::WebPage);
    QCOMPARE(o.error.httpStatus, 200);
    QVERIFY(o.error.userText().contains(QLatin1String("web page")));
    QVERIFY(!o.error.message.contains(QLatin1Char('<')));
    // Also without the header saying so.
    QVERIFY(m_registry->armFault(fault(
        QStringLiteral("http"),
        {{QStringLiteral("status"), 200},
         {QStringLiteral("contentType"), QStringLiteral("text/plain")},
         {QStringLiteral("body"), QStringLiteral("\n<!DOCTYPE html><html><body>Sign in</body></html>")}})));
    QCOMPARE(await(introspect(client(QStringLiteral("metabind")))).error.reason, Error::Reason::WebPage);
}

void TestGraphQl::answersInFlightShareOneBudget()
{
    // Each answer may reach its own cap (48 MiB by default), but not all of them at once: two huge answers in
    // flight hold one shared budget between them, and what passes it is "too large".
    QCOMPARE(AnswerBudget::shared().inUse(), 0);
    QVERIFY(m_registry->armFault(fault(QStringLiteral("huge"), {{QStringLiteral("times"), 3}})));
    GraphQlClient* c = client(QStringLiteral("metabind"));
    QList<GraphQlJob*> jobs{introspect(c), introspect(c), introspect(c)};
    std::vector<std::unique_ptr<QSignalSpy>> failed;
    qint64 mostInUse = 0;
    for (GraphQlJob* job : jobs)
        failed.push_back(std::make_unique<QSignalSpy>(job, &GraphQlJob::failed));
    QElapsedTimer clock;
    clock.start();
    const auto allFailed = [&] {
        return std::all_of(failed.begin(), failed.end(), [](const auto& spy) { return spy->size() == 1; });
    };
    while (!allFailed() && clock.elapsed() < 30000) {
        mostInUse = qMax(mostInUse, AnswerBudget::shared().inUse());
        QTest::qWait(5);
    }
    QVERIFY(allFailed());
    int shared = 0;
    for (const auto& spy : failed) {
        const Error error = spy->at(0).at(0).value<Error>();
        QCOMPARE(error.kind, Error::Kind::TooLarge);
        shared += error.message.contains(QLatin1String("shared limit")) ? 1 : 0;
    }
    QVERIFY(shared >= 1);
    QVERIFY2(mostInUse <= AnswerBudget::shared().limit(), qPrintable(QString::number(mostInUse)));
    QCOMPARE(AnswerBudget::shared().inUse(), 0); // all given back
}

void TestGraphQl::decodingCountsAgainstTheBudget()
{
    // 8 MiB of "0," parse into 4 million JSON values of 16 bytes each (64 MiB more, over the 48 MiB budget):
    // refused before parsing.
    QByteArray items;
    items.reserve(8 * 1024 * 1024);
    while (items.size() < 8 * 1024 * 1024)
        items += "0,";
    items += '0';
    const QString body = QStringLiteral("{\"data\":{\"x\":[%1]}}").arg(QString::fromLatin1(items));
    QVERIFY(m_registry->armFault(
        fault(QStringLiteral("http"), {{QStringLiteral("status"), 200},
                                       {QStringLiteral("contentType"), QStringLiteral("application/json")},
                                       {QStringLiteral("body"), body}})));
    const Outcome o = await(introspect(client(QStringLiteral("metabind"))));
    QVERIFY_OUTCOME(o.ended && !o.succeeded, o);
    QCOMPARE(o.error.kind, Error::Kind::TooLarge);
    QVERIFY_OUTCOME(o.error.message.contains(QLatin1String("Decoding")), o);
    QCOMPARE(AnswerBudget::shared().inUse(), 0);
}

void TestGraphQl::retryAfter429()
{
    QVERIFY(m_registry->armFault(
        fault(QStringLiteral("http"),
              {{QStringLiteral("status"), 429},
               {QStringLiteral("headers"), QJsonObject{{QStringLiteral("Retry-After"), QStringLiteral("1")}}},
               {QStringLiteral("body"), QStringLiteral("slow down")},
               {QStringLiteral("times"), 1}})));
    const Outcome o = await(introspect(client(QStringLiteral("metabind"))));
    QVERIFY_OUTCOME(o.succeeded, o);
    QVERIFY2(o.elapsedMs >= 900, qPrintable(QString::number(o.elapsedMs)));
    QCOMPARE(graphqlRequests().size(), 2);
}

void TestGraphQl::retryAfterExhausted()
{
    QVERIFY(m_registry->armFault(
        fault(QStringLiteral("http"),
              {{QStringLiteral("status"), 429},
               {QStringLiteral("headers"), QJsonObject{{QStringLiteral("Retry-After"), QStringLiteral("1")}}},
               {QStringLiteral("times"), 0}})));
    RequestOptions options;
    options.maxRetries = 1;
    const Outcome o = await(introspect(client(QStringLiteral("metabind")), options));
    QVERIFY_OUTCOME(o.ended && !o.succeeded, o);
    QCOMPARE(o.error.kind, Error::Kind::Http);
    QCOMPARE(o.error.httpStatus, 429);
    QCOMPARE(o.error.retryAfterSeconds, 1);
    QVERIFY(o.error.isTransient());
    QCOMPARE(graphqlRequests().size(), 2);

    // A wait that does not fit the deadline is not attempted.
    QVERIFY(m_registry->clearRequestLog());
    options.maxRetries = 3;
    options.deadline = 500ms;
    const Outcome short_ = await(introspect(client(QStringLiteral("metabind")), options));
    QCOMPARE(short_.error.kind, Error::Kind::Http);
    QCOMPARE(short_.error.retryAfterSeconds, 1);
    QCOMPARE(graphqlRequests().size(), 1);
}

void TestGraphQl::noRetryForWrites()
{
    QVERIFY(m_registry->armFault(
        fault(QStringLiteral("http"),
              {{QStringLiteral("status"), 503},
               {QStringLiteral("headers"), QJsonObject{{QStringLiteral("Retry-After"), QStringLiteral("1")}}},
               {QStringLiteral("times"), 1}})));
    RequestOptions options;
    options.isRead = false;
    const Outcome o = await(introspect(client(QStringLiteral("metabind")), options));
    QVERIFY_OUTCOME(o.ended && !o.succeeded, o);
    QCOMPARE(o.error.kind, Error::Kind::Http);
    QCOMPARE(o.error.httpStatus, 503);
    QCOMPARE(o.error.retryAfterSeconds, 1);
    QCOMPARE(graphqlRequests().size(), 1);
}

void TestGraphQl::redirectWithCredentialFails()
{
    QVERIFY(m_registry->armFault(
        fault(QStringLiteral("redirect"), {{QStringLiteral("location"), m_other->baseUrl().toString()}})));
    const Outcome o =
        await(introspect(client(QStringLiteral("metabind"), headers("x-api-key", metabindKey.toUtf8()))));
    QVERIFY_OUTCOME(o.ended && !o.succeeded, o);
    QCOMPARE(o.error.kind, Error::Kind::Redirect);
    QCOMPARE(graphqlRequests().size(), 1);
    QTest::qWait(200);
    QCOMPARE(m_other->requestLog().size(), 0);
}

void TestGraphQl::redirectWithoutCredentialIsFollowed()
{
    // The contrast: an anonymous read may follow a redirect to another origin (not to a less safe scheme).
    QVERIFY(m_registry->armFault(
        fault(QStringLiteral("redirect"), {{QStringLiteral("location"), m_other->baseUrl().toString()}})));
    const Outcome o = await(introspect(client(QStringLiteral("metabind"))));
    QVERIFY_OUTCOME(o.succeeded, o);
    QCOMPARE(m_other->requestLog().size(), 1);
    QCOMPARE(graphqlRequests().size(), 1); // Qt 6.4's own redirect handling sent the POST twice here
}

void TestGraphQl::sameOriginRedirectWithCredential()
{
    // A registry moving its endpoint on the same origin keeps working, and the credential goes along.
    QUrl target = m_registry->endpoint(QStringLiteral("metabind"));
    target.setQuery(QStringLiteral("moved=1"));
    QVERIFY(m_registry->armFault(
        fault(QStringLiteral("redirect"), {{QStringLiteral("location"), target.toString()}})));
    const Outcome o = await(client(QStringLiteral("metabind"), headers("x-api-key", metabindKey.toUtf8()))
                                ->run(QStringLiteral("RegistryStatus")));
    QVERIFY_OUTCOME(o.succeeded, o);
    const QJsonArray log = graphqlRequests();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(1)[QLatin1String("headers")][QLatin1String("x-api-key")].toString(), metabindKey);
}

void TestGraphQl::redirectLoopEnds()
{
    QVERIFY(m_registry->armFault(
        fault(QStringLiteral("redirect"),
              {{QStringLiteral("location"), m_registry->endpoint(QStringLiteral("metabind")).toString()},
               {QStringLiteral("times"), 0}})));
    const Outcome o = await(introspect(client(QStringLiteral("metabind"))));
    QVERIFY_OUTCOME(o.ended && !o.succeeded, o);
    QCOMPARE(o.error.kind, Error::Kind::Redirect);
    QCOMPARE(o.error.httpStatus, 307);
    QCOMPARE(graphqlRequests().size(), 1 + 5);
}

void TestGraphQl::credentialSentOnceWithUserAgent()
{
    const Outcome o = await(client(QStringLiteral("metabind"), headers("x-api-key", metabindKey.toUtf8()))
                                ->run(QStringLiteral("RegistryStatus")));
    QVERIFY_OUTCOME(o.succeeded, o);
    const QJsonArray log = graphqlRequests();
    QCOMPARE(log.size(), 1);
    const QJsonObject sent = log.at(0)[QLatin1String("headers")].toObject();
    // Node joins repeated headers with ", ": an exact match proves the credential went once.
    QCOMPARE(sent.value(QLatin1String("x-api-key")).toString(), metabindKey);
    QVERIFY(!sent.contains(QLatin1String("authorization")));
    QCOMPARE(sent.value(QLatin1String("user-agent")).toString(),
             QString::fromLatin1(GraphQlClient::userAgent()));
    QVERIFY(sent.value(QLatin1String("user-agent")).toString().startsWith(QLatin1String("Depot/")));
    QVERIFY(
        sent.value(QLatin1String("content-type")).toString().startsWith(QLatin1String("application/json")));
    QVERIFY(sent.value(QLatin1String("accept"))
                .toString()
                .contains(QLatin1String("application/graphql-response+json")));
    QCOMPARE(log.at(0)[QLatin1String("method")].toString(), QStringLiteral("POST"));
    QCOMPARE(log.at(0)[QLatin1String("operationName")].toString(), QStringLiteral("RegistryStatus"));
}

void TestGraphQl::emptyHeaderValueIsNotSent()
{
    const Outcome o =
        await(introspect(client(QStringLiteral("metabind"), headers("X-API-Key", QByteArray()))));
    QVERIFY_OUTCOME(o.succeeded, o);
    const QJsonArray log = graphqlRequests();
    QCOMPARE(log.size(), 1);
    QVERIFY(!log.at(0)[QLatin1String("headers")].toObject().contains(QLatin1String("x-api-key")));
}

void TestGraphQl::credentialOverPlainHttpRefused()
{
    CountingNetwork network;
    auto* c = new GraphQlClient(&network, QUrl(QStringLiteral("http://registry.example.com/graphql")),
                                QStringLiteral("datapm"), headers("X-API-Key", "c2VjcmV0"), m_scope.get());
    GraphQlJob* job = c->run(QStringLiteral("RegistryStatus"));
    QVERIFY(job);
    QSignalSpy failed(job, &GraphQlJob::failed);
    QCOMPARE(failed.size(), 0); // queued, so a caller can connect first
    const Outcome o = await(job);
    QVERIFY_OUTCOME(o.ended && !o.succeeded, o);
    QCOMPARE(o.error.kind, Error::Kind::Insecure);
    QVERIFY(!o.error.message.contains(QLatin1String("c2VjcmV0")));
    QCOMPARE(network.created, 0);

    // The same address without a credential is allowed to try (it would be an anonymous read).
    auto* anonymous = new GraphQlClient(&network, QUrl(QStringLiteral("http://127.0.0.1:1/graphql")),
                                        QStringLiteral("datapm"), {}, m_scope.get());
    const Outcome a = await(anonymous->run(QStringLiteral("RegistryStatus")));
    QCOMPARE(a.error.kind, Error::Kind::Network);
    QCOMPARE(network.created, 1);
}

void TestGraphQl::unknownOperation()
{
    GraphQlJob* job = client(QStringLiteral("datapm"))->run(QStringLiteral("NoSuchOperation"));
    QVERIFY(job);
    QCOMPARE(job->operationName(), QStringLiteral("NoSuchOperation"));
    const Outcome o = await(job);
    QVERIFY_OUTCOME(o.ended && !o.succeeded, o);
    QCOMPARE(o.error.kind, Error::Kind::Config);
    QCOMPARE(o.endSignals, 1);
    QVERIFY(o.error.message.contains(QLatin1String("NoSuchOperation")));
    QCOMPARE(graphqlRequests().size(), 0);
}

QTEST_GUILESS_MAIN(TestGraphQl)
// A shared selection set lives in its own file; the request must carry it, exactly once.
void TestGraphQl::operationCarriesItsFragmentsOnce()
{
    const std::optional<QString> latest =
        Operation::load(QStringLiteral("datapm"), QStringLiteral("LatestPackages"));
    QVERIFY(latest);
    QVERIFY(latest->contains(QLatin1String("...PackageSummary")));
    QCOMPARE(latest->count(QLatin1String("fragment PackageSummary on Package")), 1);
    // Inline fragments ("... on Type") are not named spreads and pull in nothing.
    const std::optional<QString> search =
        Operation::load(QStringLiteral("wasmer"), QStringLiteral("SearchPackages"));
    QVERIFY(search);
    QVERIFY(search->contains(QLatin1String("... on PackageVersion")));
    QVERIFY(!search->contains(QLatin1String("fragment ")));
    QVERIFY(!Operation::load(QStringLiteral("datapm"), QStringLiteral("NoSuchOperation")));
}

// A "...Name" inside a comment or a string is text, not a spread: counting it would add a fragment the
// operation never uses (the server refuses the request) or fail on a fragment file that does not exist.
void TestGraphQl::spreadsInCommentsAndStringsAreText()
{
    const QString document = QStringLiteral(
        "# ...InComment, and a \"...InQuotedComment\"\n"
        "query Q($s: String = \"...InString\", $t: String = \"\\\" ...AfterEscapedQuote\") {\n"
        "  a(text: \"\"\"block ...InBlock\n \\\"\"\" ...AfterEscapedTriple\n\"\"\") { ...Real }\n"
        "  b { ... on T { ...Inner } } # ...TrailingComment\n"
        "  c { ...onPrefixed, ...\n    # a comment between\n    Spaced }\n"
        "  d(e: \"\") { ...AfterEmptyString }\n"
        "}\n");
    QCOMPARE(Operation::spreadNames(document),
             (QStringList{QStringLiteral("Real"), QStringLiteral("Inner"), QStringLiteral("onPrefixed"),
                          QStringLiteral("Spaced"), QStringLiteral("AfterEmptyString")}));
    // A string left open at the end of the text ends the scan without reading past it.
    QCOMPARE(Operation::spreadNames(QStringLiteral("{ ...A } \"...B")), QStringList{QStringLiteral("A")});
    QCOMPARE(Operation::spreadNames(QStringLiteral("{ ...A } \"\"\"...B")), QStringList{QStringLiteral("A")});
    QCOMPARE(Operation::spreadNames(QStringLiteral("{ ...")), QStringList());
}

#include "tst_graphql.moc"
