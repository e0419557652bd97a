// Issue 17, acceptance 4: live updates over GraphQL subscriptions (graphql-transport-ws, Qt WebSockets)
// against the real local registry. A version that another client publishes appears in the open list and on
// the open package page within 2 s, without a reload and without moving the selection; a dropped socket and a
// restarted registry are reconnected to, and later versions still arrive; registry kinds without
// subscriptions open no socket at all.
#include "graphql/SubscriptionSocket.h"
#include "models/PackageListModel.h"
#include "models/VersionListModel.h"
#include "registry/LiveFeed.h"
#include "registry/parts/FolderPublishing.h"
#include "registry/parts/LiveUpdates.h"
#include "registry/wasmer/WasmerBackend.h"
#include "session/RegistrySession.h"
#include "support/JobOutcome.h"
#include "support/LocalRegistry.h"
#include "support/LogCapture.h"
#include "support/WasmerFixtures.h"
#include "views/MainWindow.h"
#include "views/PackageListPage.h"
#include "views/pages/PackageDetailsPage.h"
#include "views/pages/PagedPackageTable.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kTimeoutMs = 30000;
// Acceptance 4: a published version is shown within 2 s.
constexpr int kLiveMs = 2000;

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// The GraphQL operations the registry was asked for since the log was cleared.
QStringList operations(LocalRegistry& registry)
{
    QStringList names;
    for (const QJsonValue& entry : registry.requestLog()) {
        const QString name = entry.toObject().value(QStringLiteral("operationName")).toString();
        if (!name.isEmpty())
            names.append(name);
    }
    return names;
}

QString idAt(QAbstractItemModel* model, int row)
{
    return model->index(row, 0).data(PackageListModel::IdRole).toString();
}

} // namespace

class TestLive : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void publishedVersionAppearsInTheOpenWindow();
    void droppedSocketReconnects();
    void restartedRegistryIsFollowedAgain();
    void packagePageShowsNewVersionInPlace();
    void searchListIsNotLive();
    void emptyListShowsItsFirstAnnouncedPackage();
    void credentialGoesWhereTheRegistryReadsIt();
    void noCredentialOverPlainWebSocket();
    void reconnectDelaysGrowAndAreCapped();
    void registriesWithoutSubscriptionsOpenNoSocket();

private:
    // Publishes `name`@`version` as another client of the registry would (its own backend and token, the
    // GraphQL multipart publishPackage mutation).
    void publish(const QString& name, const QString& version, bool isPrivate = false);
    // A session on the local registry's `dialect` endpoint listing the newest packages, connected.
    std::unique_ptr<RegistrySession> openSession(const QString& dialect, PackageListModel* model);

    int m_port = 0;
    std::unique_ptr<LocalRegistry> m_registry;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
};

void TestLive::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DepotTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_live"));
    m_port = freePort();
    LocalRegistry::Options options;
    options.faults = true;
    options.port = m_port; // the same address after a restart
    options.dataDir = m_dir.filePath(QStringLiteral("registry"));
    m_registry = std::make_unique<LocalRegistry>(options);
    QString error;
    QVERIFY2(m_registry->start(&error), qPrintable(error));
}

void TestLive::init()
{
    QSettings().clear();
    QVERIFY(m_registry->isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(m_registry->openSubscriptions(), 0,
                              kTimeoutMs); // the last test's sockets are gone
    QVERIFY(m_registry->clearRequestLog());
}

void TestLive::publish(const QString& name, const QString& version, bool isPrivate)
{
    const QString folder = m_dir.filePath(QString(name).replace(QLatin1Char('/'), QLatin1Char('_')) +
                                          QLatin1Char('-') + version);
    QVERIFY(WasmerFixtures::writePackageFolder(folder, name, version));
    WasmerBackend publisher(&m_network, m_registry->endpoint(QStringLiteral("wasmer")),
                            std::make_shared<WasmerFixtures::TokenHeaders>());
    FolderPublishing* publishing = publisher.folderPublishing();
    const PackageFolder checked = publishing->checkFolder(folder);
    QVERIFY(checked.isOk());
    FolderPublishOptions options;
    options.preferResumableUpload = false; // one multipart mutation
    options.isPrivate = isPrivate;
    const auto outcome = await(publishing->publishFolder(checked, options), kTimeoutMs);
    QVERIFY2(outcome.finished(), qPrintable(describe(outcome.error)));
    QCOMPARE(outcome.value.outcome, PublishResult::Outcome::Published);
}

std::unique_ptr<RegistrySession> TestLive::openSession(const QString& dialect, PackageListModel* model)
{
    RegistryEntry entry;
    entry.name = dialect;
    entry.url = m_registry->endpoint(dialect);
    auto session = std::make_unique<RegistrySession>(entry, &m_network, model);
    session->start();
    // The callers check the outcome (a function with a result cannot use QVERIFY).
    (void)QTest::qWaitFor(
        [&] { return session->state() == RegistrySession::State::Connected && model->rowCount() > 0; },
        kTimeoutMs);
    return session;
}

// The main window on the Wasmer registry, a row selected; another client publishes; the new package is the
// first row within 2 s, the selected row is still the same package, and the list was not asked for again.
void TestLive::publishedVersionAppearsInTheOpenWindow()
{
    MainWindow::Options options;
    options.registryUrl = m_registry->endpoint(QStringLiteral("wasmer"));
    MainWindow window(options);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), RegistrySession::State::Connected, kTimeoutMs);
    QTableView* table = window.packagePage()->table();
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 2, kTimeoutMs);
    auto* live = window.findChild<QLabel*>(QStringLiteral("liveIndicator"));
    QVERIFY(live);
    QTRY_VERIFY_WITH_TIMEOUT(live->isVisible(), kTimeoutMs);
    QVERIFY(!live->accessibleName().isEmpty());
    QCOMPARE(m_registry->openSubscriptions(), 1);

    table->setFocus();
    table->selectionModel()->setCurrentIndex(table->model()->index(2, 0),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString selected = table->currentIndex().data(PackageListModel::IdRole).toString();
    QVERIFY(!selected.isEmpty());
    const int rowsBefore = table->model()->rowCount();
    const int totalBefore = window.packageModel()->serverTotal();
    QVERIFY(m_registry->clearRequestLog());

    QElapsedTimer clock;
    clock.start();
    publish(QStringLiteral("demo/live-window"), QStringLiteral("1.0.0"));
    QTRY_COMPARE_WITH_TIMEOUT(idAt(table->model(), 0), QStringLiteral("demo/live-window"), kLiveMs);
    qInfo("published version listed %lld ms after the publish began", qint64(clock.elapsed()));
    QCOMPARE(table->model()->rowCount(), rowsBefore + 1);
    QCOMPARE(window.packageModel()->serverTotal(), totalBefore < 0 ? -1 : totalBefore + 1);
    QCOMPARE(table->model()->index(0, 0).data(PackageListModel::LatestVersionRole).toString(),
             QStringLiteral("1.0.0"));
    // Nothing moved under the person: the same package is selected and current; no page was asked again.
    QCOMPARE(table->currentIndex().data(PackageListModel::IdRole).toString(), selected);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table->selectionModel()->selectedRows().first().data(PackageListModel::IdRole).toString(),
             selected);
    QVERIFY2(!operations(*m_registry).contains(QStringLiteral("RecentPackageVersions")),
             qPrintable(operations(*m_registry).join(QLatin1Char(' '))));

    // A second version of a listed package moves its row up instead of adding one.
    publish(QStringLiteral("demo/live-window"), QStringLiteral("1.1.0"));
    QTRY_COMPARE_WITH_TIMEOUT(
        table->model()->index(0, 0).data(PackageListModel::LatestVersionRole).toString(),
        QStringLiteral("1.1.0"), kLiveMs);
    QCOMPARE(table->model()->rowCount(), rowsBefore + 1);
    QCOMPARE(table->currentIndex().data(PackageListModel::IdRole).toString(), selected);
}

// The registry cuts the socket (no close frame, as a network failure does): Depot says it is not live, opens
// a new socket by itself, and a version published afterwards arrives.
void TestLive::droppedSocketReconnects()
{
    PackageListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto session = openSession(QStringLiteral("wasmer"), &model);
    QVERIFY(model.rowCount() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(session->isLive(), kTimeoutMs);
    QSignalSpy liveChanges(session.get(), &RegistrySession::liveChanged);

    QCOMPARE(m_registry->dropSubscriptions(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!session->isLive(), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(session->isLive(), kTimeoutMs);
    QCOMPARE(liveChanges.size(), 2);
    QCOMPARE(m_registry->openSubscriptions(), 1);

    publish(QStringLiteral("demo/after-drop"), QStringLiteral("0.1.0"));
    QTRY_COMPARE_WITH_TIMEOUT(idAt(&model, 0), QStringLiteral("demo/after-drop"), kLiveMs);
}

// The registry stops and comes back at the same address: Depot tries again (with growing delays) until it
// answers, then follows it again.
void TestLive::restartedRegistryIsFollowedAgain()
{
    PackageListModel model;
    auto session = openSession(QStringLiteral("wasmer"), &model);
    QVERIFY(model.rowCount() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(session->isLive(), kTimeoutMs);

    m_registry->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!session->isLive(), kTimeoutMs);
    QTest::qWait(1500); // a few tries fail while nothing listens
    QString error;
    QVERIFY2(m_registry->start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(session->isLive(), kTimeoutMs);

    publish(QStringLiteral("demo/after-restart"), QStringLiteral("0.1.0"));
    QTRY_COMPARE_WITH_TIMEOUT(idAt(&model, 0), QStringLiteral("demo/after-restart"), kLiveMs);
}

// An open package page: a new version shows in its versions tab within 2 s; the tab and the selected version
// stay, and the page never says "Loading" again.
void TestLive::packagePageShowsNewVersionInPlace()
{
    const PackageId id = PackageId::fromString(QStringLiteral("demo/live-page"));
    publish(id.toString(), QStringLiteral("1.0.0"));
    WasmerBackend backend(&m_network, m_registry->endpoint(QStringLiteral("wasmer")), {});
    PackageDetailsPage page(&backend, id);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.isShowingContent(), kTimeoutMs);
    QCOMPARE(page.versionModel()->rowCount(), 1);
    page.tabs()->setCurrentIndex(PackageDetailsPage::VersionsTab);
    page.versionsView()->setCurrentIndex(page.versionsView()->model()->index(0, 0));
    QTRY_COMPARE_WITH_TIMEOUT(m_registry->openSubscriptions(), 1, kTimeoutMs);
    QTest::qWait(200); // the subscription reaches the server after the socket opens

    bool leftContent = false;
    QTimer watch;
    connect(&watch, &QTimer::timeout, this, [&] { leftContent = leftContent || !page.isShowingContent(); });
    watch.start(5);
    publish(id.toString(), QStringLiteral("1.1.0"));
    QTRY_COMPARE_WITH_TIMEOUT(page.versionModel()->rowCount(), 2, kLiveMs);
    QCOMPARE(page.package().latestVersion, QStringLiteral("1.1.0"));
    QVERIFY(!leftContent);
    QCOMPARE(page.tabs()->currentIndex(), int(PackageDetailsPage::VersionsTab));
    QCOMPARE(page.versionsView()->currentIndex().data(VersionListModel::VersionRole).toString(),
             QStringLiteral("1.0.0"));

    // Another package's version does not touch this page.
    publish(QStringLiteral("demo/live-other"), QStringLiteral("1.0.0"));
    QTest::qWait(500);
    QCOMPARE(page.package().latestVersion, QStringLiteral("1.1.0"));
}

// A search lists what matches, not what is newest: no subscription while it is shown, and the socket closes.
void TestLive::searchListIsNotLive()
{
    PackageListModel model;
    auto session = openSession(QStringLiteral("wasmer"), &model);
    QVERIFY(model.rowCount() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(session->isLive(), kTimeoutMs);
    session->setSearchText(QStringLiteral("python"));
    QVERIFY(!session->isLive());
    QTRY_COMPARE_WITH_TIMEOUT(m_registry->openSubscriptions(), 0, kTimeoutMs);
    session->setSearchText(QString());
    QTRY_VERIFY_WITH_TIMEOUT(session->isLive(), kTimeoutMs);
}

// A registry with no package yet: the list says so; the first package announced replaces that message with
// the table (a registry without demo data, so the announcement is handed to the model as the session would).
void TestLive::emptyListShowsItsFirstAnnouncedPackage()
{
    LocalRegistry empty(LocalRegistry::Options{QString(), false, {}});
    QString error;
    QVERIFY2(empty.start(&error), qPrintable(error));
    WasmerBackend backend(&m_network, empty.endpoint(QStringLiteral("wasmer")), {});
    PagedPackageTable table;
    table.setSource([&backend](const PageRequest& page) { return backend.latestPackages(page); });
    table.show();
    QTRY_COMPARE_WITH_TIMEOUT(table.model()->state(), PackageListModel::State::Finished, kTimeoutMs);
    QCOMPARE(table.model()->rowCount(), 0);
    QVERIFY(!table.isShowingTable());

    Package first;
    first.id = PackageId::fromString(QStringLiteral("demo/first"));
    first.displayName = QStringLiteral("first");
    first.latestVersion = QStringLiteral("0.1.0");
    table.model()->putFirst(first);
    QVERIFY(table.isShowingTable());
    QCOMPARE(idAt(table.proxy(), 0), QStringLiteral("demo/first"));
    QVERIFY(table.footerLabel()->text().contains(QLatin1Char('1')));
}

// The token goes where the registry reads it: for Wasmer in the upgrade request's Authorization header (as
// Wasmer's own client sends it), or, for a registry that reads connectionParams, in the connection_init
// payload. Either way only the signed-in subscriber hears of a private package, and no log line holds the
// token, even with every category on.
void TestLive::credentialGoesWhereTheRegistryReadsIt()
{
    LogCapture log;
    QLoggingCategory::setFilterRules(QStringLiteral("depot.*=true"));
    const QUrl endpoint = m_registry->endpoint(QStringLiteral("wasmer"));
    WasmerBackend anonymous(&m_network, endpoint, {});
    WasmerBackend signedIn(&m_network, endpoint, std::make_shared<WasmerFixtures::TokenHeaders>());
    LiveFeed* everyone = anonymous.liveUpdates()->watchPublished(this);
    LiveFeed* owner = signedIn.liveUpdates()->watchPublished(this);
    QSignalSpy everyoneHears(everyone, &LiveFeed::published);
    QSignalSpy ownerHears(owner, &LiveFeed::published);
    auto initPayload = std::make_unique<SubscriptionSocket>(endpoint, QStringLiteral("wasmer"),
                                                            std::make_shared<WasmerFixtures::TokenHeaders>());
    initPayload->setCredentialPlacement(SubscriptionSocket::CredentialPlacement::InitPayload);
    QSignalSpy initPayloadHears(initPayload.get(), &SubscriptionSocket::event);
    initPayload->subscribe(QStringLiteral("PackageVersionCreated"));
    QTRY_VERIFY_WITH_TIMEOUT(everyone->isLive() && owner->isLive() && initPayload->isOpen(), kTimeoutMs);
    QTest::qWait(200); // the subscriptions reach the server after connection_ack

    publish(QStringLiteral("demo/live-private"), QStringLiteral("1.0.0"), true);
    QTRY_COMPARE_WITH_TIMEOUT(ownerHears.size(), 1, kLiveMs);
    QCOMPARE(ownerHears.first().first().value<Package>().id.toString(), QStringLiteral("demo/live-private"));
    QTRY_COMPARE_WITH_TIMEOUT(initPayloadHears.size(), 1, kLiveMs);
    QTest::qWait(300);
    QCOMPARE(everyoneHears.size(), 0);
    delete everyone;
    delete owner;
    initPayload.reset();
    QTRY_COMPARE_WITH_TIMEOUT(m_registry->openSubscriptions(), 0, kTimeoutMs);
    QLoggingCategory::setFilterRules(QString());

    QVERIFY(log.anyFrom("depot.network"));
    for (const QByteArray& line : log.lines())
        QVERIFY2(!line.contains(WasmerFixtures::kDemoToken.toUtf8()), line.constData());
    QStringList upgrades;
    for (const QJsonValue& entry : m_registry->requestLog()) {
        const QJsonObject headers = entry.toObject().value(QStringLiteral("headers")).toObject();
        if (headers.value(QStringLiteral("upgrade")).toString() != QLatin1String("websocket"))
            continue;
        QCOMPARE(headers.value(QStringLiteral("sec-websocket-protocol")).toString(),
                 QStringLiteral("graphql-transport-ws"));
        upgrades.append(headers.value(QStringLiteral("authorization")).toString());
    }
    upgrades.sort();
    // The anonymous one and the connection_init one without, the Wasmer one with the token.
    QCOMPARE(upgrades,
             (QStringList{QString(), QString(), QStringLiteral("Bearer ") + WasmerFixtures::kDemoToken}));
}

// A credential never goes over plain ws:// to another machine: the socket refuses before connecting.
void TestLive::noCredentialOverPlainWebSocket()
{
    QCOMPARE(SubscriptionSocket::socketUrl(QUrl(QStringLiteral("https://registry.example/graphql"))),
             QUrl(QStringLiteral("wss://registry.example/graphql")));
    QCOMPARE(SubscriptionSocket::socketUrl(QUrl(QStringLiteral("http://127.0.0.1:4710/wasmer/graphql"))),
             QUrl(QStringLiteral("ws://127.0.0.1:4710/wasmer/graphql")));
    SubscriptionSocket socket(QUrl(QStringLiteral("http://registry.example/graphql")),
                              QStringLiteral("wasmer"), std::make_shared<WasmerFixtures::TokenHeaders>());
    QSignalSpy ended(&socket, &SubscriptionSocket::ended);
    socket.subscribe(QStringLiteral("PackageVersionCreated"));
    QTRY_COMPARE(ended.size(), 1);
    QCOMPARE(socket.state(), SubscriptionSocket::State::Refused);
    QCOMPARE(ended.first().at(1).value<Error>().kind, Error::Kind::Insecure);
}

// Nothing listens: each failed try waits about twice as long as the one before (±20 %), up to the longest
// delay; the subscription is kept for when the registry answers.
void TestLive::reconnectDelaysGrowAndAreCapped()
{
    const QUrl nowhere(QStringLiteral("http://127.0.0.1:%1/wasmer/graphql").arg(freePort()));
    SubscriptionSocket socket(nowhere, QStringLiteral("wasmer"), {});
    socket.setReconnectDelays(std::chrono::milliseconds(100), std::chrono::milliseconds(400));
    QList<qint64> delays;
    connect(&socket, &SubscriptionSocket::stateChanged, this, [&](SubscriptionSocket::State state) {
        if (state == SubscriptionSocket::State::Waiting)
            delays.append(socket.reconnectDelay().count());
    });
    QSignalSpy ended(&socket, &SubscriptionSocket::ended);
    socket.subscribe(QStringLiteral("PackageVersionCreated"));
    QTRY_VERIFY_WITH_TIMEOUT(delays.size() >= 5, kTimeoutMs);
    const qint64 expected[] = {100, 200, 400, 400, 400};
    for (int i = 0; i < 5; ++i)
        QVERIFY2(delays.at(i) >= expected[i] * 8 / 10 && delays.at(i) <= expected[i] * 12 / 10,
                 qPrintable(QStringLiteral("try %1 waited %2 ms").arg(i).arg(delays.at(i))));
    QCOMPARE(ended.size(), 0);
    QVERIFY(!socket.isOpen());
}

// DataPM's schema has no subscriptions, and Metabind's announce no new packages: no live part, a reason for
// people, no "Live" in the window and not one socket opened.
void TestLive::registriesWithoutSubscriptionsOpenNoSocket()
{
    const QStringList kinds{QStringLiteral("datapm"), QStringLiteral("metabind")};
    for (const QString& kind : kinds) {
        PackageListModel model;
        RegistryEntry entry;
        entry.name = kind;
        entry.url = m_registry->endpoint(kind);
        RegistrySession session(entry, &m_network, &model);
        QSignalSpy liveChanges(&session, &RegistrySession::liveChanged);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(session.backend() && session.state() != RegistrySession::State::Connecting &&
                                     session.state() != RegistrySession::State::Detecting,
                                 kTimeoutMs);
        RegistryBackend* backend = session.backend();
        QVERIFY(backend);
        QVERIFY2(!backend->liveUpdates(), qPrintable(kind));
        QVERIFY(!backend->has(RegistryPart::LiveUpdates));
        QVERIFY(!backend->whyMissing(RegistryPart::LiveUpdates).isEmpty());
        QTest::qWait(500);
        QVERIFY(!session.isLive());
        QCOMPARE(liveChanges.size(), 0);
        QCOMPARE(m_registry->openSubscriptions(), 0);
    }

    MainWindow::Options options;
    options.registryUrl = m_registry->endpoint(QStringLiteral("datapm"));
    MainWindow window(options);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), RegistrySession::State::Connected, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(window.packageModel()->rowCount() > 0, kTimeoutMs);
    auto* live = window.findChild<QLabel*>(QStringLiteral("liveIndicator"));
    QVERIFY(live);
    QVERIFY(!live->isVisible());
    QCOMPARE(m_registry->openSubscriptions(), 0);
    // Not one upgrade was even tried.
    for (const QJsonValue& entry : m_registry->requestLog())
        QVERIFY(!entry.toObject()
                     .value(QStringLiteral("headers"))
                     .toObject()
                     .contains(QStringLiteral("upgrade")));
}

QTEST_MAIN(TestLive)
#include "tst_live.moc"
