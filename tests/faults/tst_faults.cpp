// The hostile-server matrix: every fault of the local registry's --faults (local-registry/README.md) aimed at
// the package list, first through the model with short request limits, then through the real DataPM backend
// and the package list page as the application builds them. For each fault the list must end in an error
// state that offers a retry: no crash, no hang (deadlines), bounded memory (a huge answer is cut off), no
// credential sent to another origin; and after the fault is cleared, the same retry shows rows.
//
// Speed is not tested here (that is scripts/bench), except where being told at once is the point (a gzip bomb
// is "too large" within 2 s); the long QTRY timeouts only turn a hang into a failure. Then what the person is
// told (issue 18): why the registry does not answer while Depot tries again, with the countdown; "Connected"
// only for a healthy status answer; a refused certificate named and shown; and the memory of answers in
// flight bounded as a whole (peak RSS within 80 MiB of idle).

#include "graphql/GraphQlClient.h"
#include "graphql/HeaderProvider.h"
#include "graphql/RequestOptions.h"
#include "models/PackageListModel.h"
#include "registry/CachedAnswers.h"
#include "registry/JobSupport.h"
#include "registry/datapm/DataPmDecoder.h"
#include "session/RegistrySession.h"
#include "session/Workspace.h"
#include "support/LocalRegistry.h"
#include "support/TestCertificates.h"
#include "support/TestDialects.h"
#include "views/MainWindow.h"
#include "views/MessagePage.h"
#include "views/PackageListPage.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslServer>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <chrono>
#include <memory>

using namespace std::chrono_literals;

namespace {

using State = PackageListModel::State;

// Rows per page in the model route: small, so the demo seed has several pages and a later page can fail.
constexpr int kSmallPage = 5;
// The model route's limits: far below the defaults so that delay and stall end within seconds.
constexpr auto kInactivity = 1000ms;
constexpr auto kDeadline = 2500ms;
constexpr qint64 kSmallCap = 1024 * 1024;
// Long enough for any of the faults to end on a slow, sanitized build; only a hang reaches it.
constexpr int kHangMs = 60000;
// The huge answer: far beyond every cap, so that reading it whole could not pass for "bounded".
constexpr qint64 kHugeBytes = qint64(1024) * 1024 * 1024;
// Issue 18: whatever the server sends, peak RSS stays within this of what it was before the request.
constexpr qint64 kBoundKiB = 80 * 1024;
// AddressSanitizer keeps freed blocks in a quarantine (256 MiB by default) instead of reusing them, so under
// scripts/test --asan the peak includes the buffers the answer grew through.
#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 kQuarantineKiB = 256 * 1024;
#else
constexpr qint64 kQuarantineKiB = 0;
#endif

// Peak resident memory since the last reset (VmHWM), in KiB; -1 when /proc does not say.
qint64 peakKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Makes VmHWM start again from the current RSS (Linux: "5" to clear_refs), so a row measures its own peak.
bool resetPeak()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

class BearerHeaders : public HeaderProvider
{
public:
    explicit BearerHeaders(QByteArray token)
        : m_token(std::move(token))
    {}
    Headers headersFor(const QUrl&) const override { return {{"Authorization", "Bearer " + m_token}}; }

private:
    QByteArray m_token;
};

struct Fault
{
    QJsonObject spec;       // what is armed, without match/times
    Error::Kind kind;       // the error the list must show
    bool quickWithDefaults; // ends fast with the default RequestOptions (delay and stall take the full 15 s /
                            // 60 s)
    QString says = {};      // a part of the sentence people read, when it matters which
    int withinMs = 0;       // with the default limits, told within this long (0: no bound)
};

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void modelWithShortLimits_data();
    void modelWithShortLimits();
    void laterPageFails_data();
    void laterPageFails();
    void backendAndPage_data();
    void backendAndPage();
    void hugeAnswersAtOnceStayBounded();
    void stallShowsWhyWhileReconnecting();
    void connectedOnlyWhenHealthy_data();
    void connectedOnlyWhenHealthy();
    void refusedCertificateIsShown();

private:
    void addFaultRows(bool onlyQuickWithDefaults);
    bool arm(const QJsonObject& spec, int times = 0);
    int listRequests();
    QByteArray signIn();
    PackageListModel::Source smallPageSource(GraphQlClient* client);

    std::unique_ptr<LocalRegistry> m_registry;
    QNetworkAccessManager m_network;
    QByteArray m_token;
};

void TestFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_registry = std::make_unique<LocalRegistry>(LocalRegistry::Options{QStringLiteral("demo"), true, {}});
    QString error;
    QVERIFY2(m_registry->start(&error), qPrintable(error));
    m_token = signIn();
    QVERIFY(!m_token.isEmpty());
}

void TestFaults::cleanupTestCase()
{
    m_registry.reset();
}

void TestFaults::init()
{
    QVERIFY(m_registry->clearFaults());
    QVERIFY(m_registry->clearRequestLog());
}

// A session token for the demo user: requests then carry a credential, which is what makes a redirect to
// another origin an error instead of a hop.
QByteArray TestFaults::signIn()
{
    const QJsonObject body{
        {QStringLiteral("query"),
         QStringLiteral("mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) }")},
        {QStringLiteral("variables"), QJsonObject{{QStringLiteral("u"), QStringLiteral("demo")},
                                                  {QStringLiteral("p"), QStringLiteral("demo-password-1")}}}};
    QNetworkRequest request(m_registry->endpoint(QStringLiteral("datapm")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(m_network.post(request, QJsonDocument(body).toJson()));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    if (!done.wait(30000))
        return {};
    return QJsonDocument::fromJson(reply->readAll())
        .object()
        .value(QStringLiteral("data"))
        .toObject()
        .value(QStringLiteral("login"))
        .toString()
        .toUtf8();
}

bool TestFaults::arm(const QJsonObject& spec, int times)
{
    QJsonObject fault = spec;
    fault.insert(QStringLiteral("match"), QStringLiteral("LatestPackages"));
    fault.insert(QStringLiteral("times"), times);
    return m_registry->armFault(fault);
}

// How many package-list requests reached the server (a redirect that was followed would be a second one).
int TestFaults::listRequests()
{
    int count = 0;
    for (const QJsonValue& entry : m_registry->requestLog()) {
        if (entry[QLatin1String("operationName")].toString() == QLatin1String("LatestPackages"))
            ++count;
    }
    return count;
}

// The DataPM package list with kSmallPage rows per page, built like DataPmBackend::latestPackages but on a
// client whose limits the test chooses (the backends use the default RequestOptions).
PackageListModel::Source TestFaults::smallPageSource(GraphQlClient* client)
{
    return [client](const PageRequest& page) {
        auto* job = new PackagePageJob(client);
        const int offset = page.cursor.isEmpty() ? 0 : page.cursor.toInt();
        GraphQlJob* request =
            client->run(QStringLiteral("LatestPackages"),
                        {{QStringLiteral("offSet"), offset}, {QStringLiteral("limit"), kSmallPage}});
        JobSupport::bind(request, job, [offset](const QJsonObject& data, QString* whyNot) {
            return DataPmDecoder::packagePage(data, QStringLiteral("latestPackages"), offset, kSmallPage,
                                              whyNot);
        });
        return job;
    };
}

void TestFaults::addFaultRows(bool onlyQuickWithDefaults)
{
    QTest::addColumn<QJsonObject>("spec");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("says");
    QTest::addColumn<int>("withinMs");
    // Other origin for the redirect: the same server under another host name, so a request that followed
    // it would show up in the request log.
    const QString otherOrigin = QStringLiteral("http://localhost:%1").arg(m_registry->baseUrl().port());
    const QList<std::pair<const char*, Fault>> faults{
        {"delay past the deadline",
         {{{QStringLiteral("kind"), QStringLiteral("delay")}, {QStringLiteral("ms"), 6000}},
          Error::Kind::Timeout,
          false}},
        {"stall", {{{QStringLiteral("kind"), QStringLiteral("stall")}}, Error::Kind::Timeout, false}},
        {"http 500 html", {{{QStringLiteral("kind"), QStringLiteral("html500")}}, Error::Kind::Http, true}},
        {"invalid json",
         {{{QStringLiteral("kind"), QStringLiteral("invalidJson")}}, Error::Kind::Decode, true}},
        {"truncated", {{{QStringLiteral("kind"), QStringLiteral("truncated")}}, Error::Kind::Decode, true}},
        {"drop", {{{QStringLiteral("kind"), QStringLiteral("drop")}}, Error::Kind::Network, true}},
        {"huge",
         {{{QStringLiteral("kind"), QStringLiteral("huge")}, {QStringLiteral("bytes"), double(kHugeBytes)}},
          Error::Kind::TooLarge,
          true,
          QStringLiteral("too large")}},
        // 10 GiB of zeros in a 10 MiB gzip body: too large as soon as the inflated bytes pass the cap.
        {"gzip bomb",
         {{{QStringLiteral("kind"), QStringLiteral("gzipBomb")}},
          Error::Kind::TooLarge,
          true,
          QStringLiteral("too large"),
          2000}},
        // A captive portal's sign-in page (200, text/html).
        {"web page",
         {{{QStringLiteral("kind"), QStringLiteral("portal")}},
          Error::Kind::Decode,
          true,
          QStringLiteral("answered with a web page")}},
        {"graphql error",
         {{{QStringLiteral("kind"), QStringLiteral("graphqlError")},
           {QStringLiteral("code"), QStringLiteral("INTERNAL_SERVER_ERROR")},
           {QStringLiteral("message"), QStringLiteral("Something broke")}},
          Error::Kind::GraphQl,
          true}},
        {"graphql error with 503",
         {{{QStringLiteral("kind"), QStringLiteral("graphqlError")},
           {QStringLiteral("code"), QStringLiteral("SERVICE_UNAVAILABLE")},
           {QStringLiteral("message"), QStringLiteral("Down for maintenance")},
           {QStringLiteral("status"), 503}},
          Error::Kind::GraphQl,
          true}},
        {"redirect with credentials",
         {{{QStringLiteral("kind"), QStringLiteral("redirect")}, {QStringLiteral("location"), otherOrigin}},
          Error::Kind::Redirect,
          true}},
    };
    for (const auto& [name, fault] : faults) {
        if (!onlyQuickWithDefaults || fault.quickWithDefaults)
            QTest::newRow(name) << fault.spec << int(fault.kind) << fault.says << fault.withinMs;
    }
}

void TestFaults::modelWithShortLimits_data()
{
    addFaultRows(false);
}

void TestFaults::modelWithShortLimits()
{
    QFETCH(QJsonObject, spec);
    QFETCH(int, kind);
    QFETCH(QString, says);
    GraphQlClient client(&m_network, m_registry->endpoint(QStringLiteral("datapm")), QStringLiteral("datapm"),
                         std::make_shared<BearerHeaders>(m_token));
    RequestOptions options;
    options.inactivityTimeout = kInactivity;
    options.deadline = kDeadline;
    options.maxAnswerBytes = kSmallCap;
    client.setDefaultOptions(options);

    QVERIFY(arm(spec));
    PackageListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const bool measured = resetPeak();
    const qint64 peakBefore = peakKiB();
    model.setSource(smallPageSource(&client));
    QTRY_VERIFY_WITH_TIMEOUT(model.state() == State::Failed, kHangMs);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(int(model.lastError().kind), kind);
    QVERIFY(!model.lastError().userText().isEmpty());
    QVERIFY2(model.lastError().userText().contains(says), qPrintable(model.lastError().userText()));
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(listRequests(), 1); // also: a redirect to another origin was not followed
    if (measured) {
        // A 1 MiB cap: the answer (1 GiB) is cut off long before it could grow memory.
        const qint64 growth = peakKiB() - peakBefore;
        QVERIFY2(growth < 32 * 1024, qPrintable(QStringLiteral("peak grew by %1 KiB").arg(growth)));
    }

    // Retry while the server is still broken: the same error again, one more request, no hang.
    model.retry();
    QCOMPARE(model.state(), State::Loading);
    QTRY_VERIFY_WITH_TIMEOUT(model.state() == State::Failed, kHangMs);
    QCOMPARE(int(model.lastError().kind), kind);
    QCOMPARE(listRequests(), 2);

    // The server recovers: the same retry shows rows.
    QVERIFY(m_registry->clearFaults());
    model.retry();
    QTRY_VERIFY_WITH_TIMEOUT(model.state() != State::Loading, kHangMs);
    QCOMPARE(model.state(), State::CanFetchMore);
    QCOMPARE(model.rowCount(), kSmallPage);
    QVERIFY(!model.lastError().isError());
}

void TestFaults::laterPageFails_data()
{
    addFaultRows(false);
}

void TestFaults::laterPageFails()
{
    // The first page arrived; the second meets the fault: the rows stay, the error and retry are for the
    // page that failed, and the retry continues where the list stopped.
    QFETCH(QJsonObject, spec);
    QFETCH(int, kind);
    GraphQlClient client(&m_network, m_registry->endpoint(QStringLiteral("datapm")), QStringLiteral("datapm"),
                         std::make_shared<BearerHeaders>(m_token));
    RequestOptions options;
    options.inactivityTimeout = kInactivity;
    options.deadline = kDeadline;
    options.maxAnswerBytes = kSmallCap;
    client.setDefaultOptions(options);

    PackageListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSource(smallPageSource(&client));
    QTRY_VERIFY_WITH_TIMEOUT(model.state() == State::CanFetchMore, kHangMs);
    QCOMPARE(model.rowCount(), kSmallPage);

    QVERIFY(arm(spec));
    model.fetchMore({});
    QTRY_VERIFY_WITH_TIMEOUT(model.state() == State::Failed, kHangMs);
    QCOMPARE(model.rowCount(), kSmallPage);
    QCOMPARE(int(model.lastError().kind), kind);

    QVERIFY(m_registry->clearFaults());
    model.retry();
    QTRY_VERIFY_WITH_TIMEOUT(model.state() != State::Loading, kHangMs);
    QVERIFY(model.state() == State::CanFetchMore || model.state() == State::Finished);
    QVERIFY(model.rowCount() > kSmallPage);
}

void TestFaults::backendAndPage_data()
{
    // Delay and stall need the default deadline (60 s) and inactivity timeout (15 s) here: they are covered
    // with short limits above.
    addFaultRows(true);
}

void TestFaults::backendAndPage()
{
    // What the application builds: a session on the DataPM backend with the default request limits (the
    // default 48 MiB cap for the huge answer), the package list page over the model, and its Retry button.
    QFETCH(QJsonObject, spec);
    QFETCH(int, kind);
    QFETCH(QString, says);
    QFETCH(int, withinMs);
    RegistryEntry entry;
    entry.name = QStringLiteral("Hostile");
    entry.url = m_registry->endpoint(QStringLiteral("datapm"));
    entry.forcedDialect = TestDialects::dataPm();
    PackageListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QLineEdit
        search; // the window's search field, which the page enables (MainWindow puts it in its tool bar)
    PackageListPage page(&model, &search);
    RegistrySession session(entry, &m_network, &model);
    session.setHeaderProvider(std::make_shared<BearerHeaders>(m_token));
    page.setSession(&session);
    page.resize(800, 600);
    page.show();

    QVERIFY(arm(spec));
    const bool measured = resetPeak();
    const qint64 peakBefore = peakKiB();
    QElapsedTimer clock;
    clock.start();
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(model.state() == State::Failed, kHangMs);
    const qint64 toldAfterMs = clock.elapsed();
    QCOMPARE(session.state(), RegistrySession::State::Connected); // the status check was not faulted
    QCOMPARE(int(model.lastError().kind), kind);
    QCOMPARE(listRequests(), 1);
    if (withinMs > 0) {
        qInfo("told after %lld ms", toldAfterMs);
        QVERIFY2(toldAfterMs < withinMs, qPrintable(QStringLiteral("after %1 ms").arg(toldAfterMs)));
    }
    if (measured) {
        // Bounded by the shared answer budget (48 MiB), not by the 1 GiB (or 10 GiB inflated) the server
        // sends.
        const qint64 growth = peakKiB() - peakBefore;
        qInfo("peak grew by %lld KiB", growth);
        QVERIFY2(growth < kBoundKiB + kQuarantineKiB,
                 qPrintable(QStringLiteral("peak grew by %1 KiB").arg(growth)));
    }

    // The page shows the error in place of the table, with a Retry button.
    QVERIFY(!page.isShowingTable());
    MessagePage* message = page.messagePage();
    QVERIFY(!message->title().isEmpty());
    QVERIFY(!message->detail().isEmpty());
    QVERIFY2(message->detail().contains(says), qPrintable(message->detail()));
    QPushButton* retry = message->actionButton();
    QVERIFY(retry->isVisibleTo(&page));
    QVERIFY(retry->isEnabled());

    QVERIFY(m_registry->clearFaults());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(model.state() != State::Loading && model.state() != State::Idle, kHangMs);
    QVERIFY(model.state() == State::CanFetchMore || model.state() == State::Finished);
    QVERIFY(model.rowCount() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(page.isShowingTable(), kHangMs);
    QCOMPARE(page.table()->model()->rowCount(), model.rowCount());
}

void TestFaults::hugeAnswersAtOnceStayBounded()
{
    // Three package lists at once, each meeting a 1 GiB answer, with the default limits (48 MiB per answer):
    // the answers in flight share one budget, so together they cannot hold more than it either.
    GraphQlClient client(&m_network, m_registry->endpoint(QStringLiteral("datapm")), QStringLiteral("datapm"),
                         std::make_shared<BearerHeaders>(m_token));
    QVERIFY(arm(
        {{QStringLiteral("kind"), QStringLiteral("huge")}, {QStringLiteral("bytes"), double(kHugeBytes)}}));
    std::vector<std::unique_ptr<PackageListModel>> models;
    const bool measured = resetPeak();
    const qint64 peakBefore = peakKiB();
    for (int i = 0; i < 3; ++i) {
        models.push_back(std::make_unique<PackageListModel>());
        models.back()->setSource(smallPageSource(&client));
    }
    for (const auto& model : models) {
        QTRY_VERIFY_WITH_TIMEOUT(model->state() == State::Failed, kHangMs);
        QCOMPARE(model->lastError().reason, Error::Reason::TooLarge);
    }
    QCOMPARE(listRequests(), 3);
    if (!measured)
        QSKIP("no peak memory figure on this system");
    const qint64 growth = peakKiB() - peakBefore;
    qInfo("three 1 GiB answers at once: peak grew by %lld KiB", growth);
    QVERIFY2(growth < kBoundKiB + kQuarantineKiB,
             qPrintable(QStringLiteral("peak grew by %1 KiB").arg(growth)));
}

void TestFaults::stallShowsWhyWhileReconnecting()
{
    // The registry takes the connection but never answers its status: each try ends after the inactivity
    // timeout (15 s). While Depot tries again by itself, the page and the status bar keep saying why, with
    // the next try's countdown, and never "Connecting…" for the 15 s a try takes.
    // A registry Depot has kept nothing of, and that answers nothing at all: a list it kept (or got while a
    // status check stalled) would be shown instead, marked offline (tests/cache).
    CachedAnswers::clear();
    QVERIFY(m_registry->armFault({{QStringLiteral("match"), QStringLiteral("/datapm")},
                                  {QStringLiteral("kind"), QStringLiteral("stall")},
                                  {QStringLiteral("times"), 0}}));
    MainWindow::Options options;
    options.registryUrl = m_registry->endpoint(QStringLiteral("datapm"));
    options.dialect = TestDialects::dataPm();
    MainWindow window(options);
    window.resize(1000, 700);
    window.show();
    PackageListPage* page = window.packagePage();
    MessagePage* message = page->messagePage();
    const auto* status = window.findChild<QLabel*>(QStringLiteral("connectionStatus"));
    QVERIFY(status);
    const QString why = QStringLiteral("did not answer in time");

    QTRY_VERIFY_WITH_TIMEOUT(page->isShowingUnreachable(), kHangMs); // the first try gave up
    QVERIFY2(message->detail().contains(why), qPrintable(message->detail()));
    QVERIFY2(message->detail().contains(QLatin1String("Next try in")), qPrintable(message->detail()));
    QVERIFY2(status->text().startsWith(QLatin1String("Unreachable:")) && status->text().contains(why) &&
                 status->text().contains(QLatin1String("Next try in")),
             qPrintable(status->text()));

    // The next try is under way (and stalls): still why, now "Trying again now…", and no busy spinner.
    Workspace* workspace = window.workspace();
    QTRY_VERIFY_WITH_TIMEOUT(workspace->isReconnecting() && workspace->nextReconnectInMs() < 0, kHangMs);
    for (int i = 0; i < 12; ++i) {
        QVERIFY2(page->isShowingUnreachable() && !message->isBusy(), qPrintable(message->title()));
        QVERIFY2(message->title().startsWith(QLatin1String("Cannot reach")), qPrintable(message->title()));
        QVERIFY2(message->detail().contains(why) &&
                     message->detail().contains(QLatin1String("Trying again now")),
                 qPrintable(message->detail()));
        QVERIFY2(status->text().startsWith(QLatin1String("Unreachable:")) && status->text().contains(why),
                 qPrintable(status->text()));
        QTest::qWait(250);
    }

    // The registry answers again: the list comes back by itself.
    QVERIFY(m_registry->clearFaults());
    QTRY_VERIFY_WITH_TIMEOUT(page->isShowingTable(), 2 * kHangMs);
    QTRY_VERIFY(status->text().startsWith(QLatin1String("Connected")));
}

void TestFaults::connectedOnlyWhenHealthy_data()
{
    QTest::addColumn<QJsonValue>("registryStatus"); // undefined: the real answer
    QTest::addColumn<bool>("connected");            // the status line says "Connected"
    QTest::addColumn<QString>("says");
    const auto status = [](const QJsonValue& value) {
        return value;
    };
    QTest::newRow("serving requests")
        << QJsonValue(QJsonValue::Undefined) << true << QStringLiteral("DataPM");
    QTest::newRow("maintenance") << status(
                                        QJsonObject{{QStringLiteral("status"), QStringLiteral("MAINTENANCE")},
                                                    {QStringLiteral("version"), QStringLiteral("0.32.47")}})
                                 << false << QStringLiteral("not working normally (“MAINTENANCE”)");
    QTest::newRow("no status word") << status(QJsonObject{{QStringLiteral("version"), QStringLiteral("1")}})
                                    << false << QStringLiteral("does not say that it is working");
    QTest::newRow("status of another type") << status(QJsonObject{{QStringLiteral("status"), 7}}) << false
                                            << QStringLiteral("does not say that it is working");
    QTest::newRow("a long status") << status(QJsonObject{
                                          {QStringLiteral("status"), QString(500, QLatin1Char('A'))}})
                                   << false << QStringLiteral("does not say that it is working");
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false << QStringLiteral("could not be read");
    QTest::newRow("not an object") << QJsonValue(QStringLiteral("OK")) << false
                                   << QStringLiteral("could not be read");
}

void TestFaults::connectedOnlyWhenHealthy()
{
    QFETCH(QJsonValue, registryStatus);
    QFETCH(bool, connected);
    QFETCH(QString, says);
    if (!registryStatus.isUndefined())
        QVERIFY(m_registry->armFault(
            {{QStringLiteral("match"), QStringLiteral("RegistryStatus")},
             {QStringLiteral("kind"), QStringLiteral("http")},
             {QStringLiteral("status"), 200},
             {QStringLiteral("times"), 0},
             {QStringLiteral("body"),
              QJsonObject{{QStringLiteral("data"),
                           QJsonObject{{QStringLiteral("registryStatus"), registryStatus}}}}}}));
    RegistryEntry entry;
    entry.name = QStringLiteral("Health");
    entry.url = m_registry->endpoint(QStringLiteral("datapm"));
    entry.forcedDialect = TestDialects::dataPm();
    PackageListModel model;
    RegistrySession session(entry, &m_network, &model);
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(session.state() == RegistrySession::State::Connected ||
                                 session.state() == RegistrySession::State::Failed,
                             kHangMs);
    QCOMPARE(session.statusText().startsWith(QLatin1String("Connected")), connected);
    QVERIFY2(session.statusText().contains(says), qPrintable(session.statusText()));
}

void TestFaults::refusedCertificateIsShown()
{
    // A registry behind a self-signed certificate: the page names the problem and shows the certificate,
    // offers no way to accept it, and the status line does not call it unreachable.
    TestCertificates certificates;
    QString error;
    if (!QSslSocket::supportsSsl() || !certificates.make(&error))
        QSKIP("no TLS backend or no openssl");
    QSslServer server;
    server.setSslConfiguration(
        certificates.serverConfiguration(QString::fromLatin1(TestCertificates::selfSigned)));
    QVERIFY(server.listen(QHostAddress::LocalHost));
    RegistryEntry entry;
    entry.name = QStringLiteral("Self-signed");
    entry.url = QUrl(QStringLiteral("https://127.0.0.1:%1/graphql").arg(server.serverPort()));
    entry.forcedDialect = TestDialects::dataPm();
    PackageListModel model;
    QLineEdit search;
    PackageListPage page(&model, &search);
    RegistrySession session(entry, &m_network, &model);
    page.setSession(&session);
    page.resize(800, 600);
    page.show();
    session.start();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), RegistrySession::State::Failed, kHangMs);
    QCOMPARE(session.error().reason, Error::Reason::Tls);
    QVERIFY2(!session.statusText().startsWith(QLatin1String("Unreachable")),
             qPrintable(session.statusText()));

    MessagePage* message = page.messagePage();
    QVERIFY(!page.isShowingTable());
    QVERIFY2(message->title().startsWith(QLatin1String("Cannot open")), qPrintable(message->title()));
    QVERIFY2(message->detail().contains(QLatin1String("self-signed")), qPrintable(message->detail()));
    QPushButton* show = message->detailsButton();
    QVERIFY(show->isVisibleTo(&page));
    QCOMPARE(show->text(), QStringLiteral("Show Certificate"));
    QTest::mouseClick(show, Qt::LeftButton);
    QVERIFY(message->details().contains(QLatin1String("SHA-256 fingerprint")));
    QVERIFY(message->details().contains(QLatin1String("Issued to: 127.0.0.1")));
    QVERIFY(message->details().contains(QLatin1String("BEGIN CERTIFICATE")));
    // Never a way to accept it: no button on the page says so.
    static const QRegularExpression accept(QStringLiteral("accept|trust|continue|ignore|proceed"),
                                           QRegularExpression::CaseInsensitiveOption);
    for (const QPushButton* button : page.findChildren<QPushButton*>()) {
        if (button->isVisibleTo(&page))
            QVERIFY2(!accept.match(button->text()).hasMatch(), qPrintable(button->text()));
    }
}

QTEST_MAIN(TestFaults)
#include "tst_faults.moc"
