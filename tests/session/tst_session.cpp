// Issue 13, acceptance 4: what the main window used to decide, tested without a window. The Workspace opens
// registries, gives them their account's credentials before the first request, notices a refused key, signs
// out, reconnects while a registry does not answer, and keeps the registry list.
#include "auth/CredentialStore.h"
#include "models/PackageListModel.h"
#include "registry/RegistryList.h"
#include "session/AccountSession.h"
#include "session/RegistrySession.h"
#include "session/Workspace.h"
#include "support/JobOutcome.h"
#include "support/LocalRegistry.h"
#include "support/TestDialects.h"

#include <QJsonArray>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

namespace {

constexpr int kTimeoutMs = 20000;

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// The requests of the log that carried a credential header, by operation name.
QStringList withCredential(const QJsonArray& log)
{
    QStringList operations;
    for (const QJsonValue& entry : log) {
        const QJsonObject headers = entry.toObject().value(QStringLiteral("headers")).toObject();
        if (headers.contains(QStringLiteral("authorization")) ||
            headers.contains(QStringLiteral("x-api-key")))
            operations.append(entry.toObject().value(QStringLiteral("operationName")).toString());
    }
    return operations;
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void opensTheRegistryAndListsItsPackages();
    void signInReloadsAndSignOutGoesBackToAnonymous();
    void refusedKeyIsReportedOnceAndBrowsingGoesOn();
    void reconnectsWhileTheRegistryIsAway();
    void anotherPagesRequestFindsTheRegistryGone();
    void registryListEdits();
    void linkedRegistriesAreKeptForThisRunOnly();

private:
    Workspace::Options optionsFor(const QString& dialect) const
    {
        Workspace::Options options;
        options.registryUrl = m_registry->endpoint(dialect);
        return options;
    }
    void waitConnected(Workspace& workspace)
    {
        QTRY_COMPARE_WITH_TIMEOUT(workspace.session()->state(), RegistrySession::State::Connected,
                                  kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(workspace.packages()->rowCount() > 0, kTimeoutMs);
    }

    std::unique_ptr<LocalRegistry> m_registry;
    int m_port = 0;
};

void TestSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_port = freePort();
    LocalRegistry::Options options;
    options.faults = true;
    options.port = m_port;
    m_registry = std::make_unique<LocalRegistry>(options);
    QString error;
    QVERIFY2(m_registry->start(&error), qPrintable(error));
}

void TestSession::init()
{
    QSettings().clear();
    m_registry->clearFaults();
    m_registry->clearRequestLog();
}

void TestSession::opensTheRegistryAndListsItsPackages()
{
    Workspace workspace(optionsFor(QStringLiteral("datapm")));
    QSettings settings;
    const QUrl first = workspace.load(settings, {});
    QCOMPARE(first, m_registry->endpoint(QStringLiteral("datapm")));
    QSignalSpy sessions(&workspace, &Workspace::sessionChanged);
    QSignalSpy connected(&workspace, &Workspace::connected);
    workspace.open(first);
    QCOMPARE(sessions.size(), 1);
    waitConnected(workspace);
    QCOMPARE(connected.size(), 1);
    QCOMPARE(connected.first().at(1).toBool(), false); // not a recovery
    QVERIFY(workspace.statusText().startsWith(QLatin1String("Connected to DataPM")));
    QVERIFY(!workspace.offersRetry());
    QVERIFY(workspace.account());
    QCOMPARE(workspace.account()->state(), AccountSession::State::Anonymous);
    // Opening it again is not a new connection. The command-line registry was added to the list, said so, and
    // was saved: the next start without --registry opens it again (not a preset the person never chose).
    workspace.open(first);
    QCOMPARE(sessions.size(), 1);
    QVERIFY(workspace.addedNotice().contains(first.host()));
    RegistryList stored;
    QSettings again;
    stored.load(again);
    QVERIFY(stored.indexOfUrl(first) >= 0);
    {
        Workspace next(Workspace::Options{});
        QSettings nextSettings;
        QCOMPARE(next.load(nextSettings, first), first);
        QVERIFY(next.addedNotice().isEmpty());
    }
    // Closing leaves nothing open.
    workspace.close();
    QVERIFY(!workspace.session());
    QCOMPARE(workspace.statusText(), QStringLiteral("No registry selected"));
}

void TestSession::signInReloadsAndSignOutGoesBackToAnonymous()
{
    Workspace workspace(optionsFor(QStringLiteral("datapm")));
    QSettings settings;
    workspace.open(workspace.load(settings, {}));
    waitConnected(workspace);
    AccountSession* account = workspace.account();
    m_registry->clearRequestLog();

    QSignalSpy signedIn(account, &AccountSession::signedIn);
    account->signIn(QStringLiteral("demo"), QStringLiteral("demo-password-1"));
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, kTimeoutMs);
    QCOMPARE(account->state(), AccountSession::State::SignedIn);
    // The list loads again with the new credential (the demo user's private package is now in it).
    QTRY_VERIFY_WITH_TIMEOUT(
        withCredential(m_registry->requestLog()).contains(QStringLiteral("LatestPackages")), kTimeoutMs);
    waitConnected(workspace);
    QTRY_COMPARE_WITH_TIMEOUT(account->user().username, QStringLiteral("demo"), kTimeoutMs);

    m_registry->clearRequestLog();
    account->signOut();
    QCOMPARE(account->state(), AccountSession::State::Anonymous);
    waitConnected(workspace);
    QTRY_VERIFY_WITH_TIMEOUT(!m_registry->requestLog().isEmpty(), kTimeoutMs);
    QVERIFY2(withCredential(m_registry->requestLog()).isEmpty(),
             qPrintable(withCredential(m_registry->requestLog()).join(u',')));
}

void TestSession::refusedKeyIsReportedOnceAndBrowsingGoesOn()
{
    Workspace workspace(optionsFor(QStringLiteral("datapm")));
    QSettings settings;
    workspace.open(workspace.load(settings, {}));
    waitConnected(workspace);
    AccountSession* account = workspace.account();
    QSignalSpy refused(account, &AccountSession::keyRefused);
    // A key the registry does not know (revoked on its web site), used for this session.
    QVERIFY(account->useKeyForSession(
        workspace.session()->backend()->account()->credentialFromPastedKey(QStringLiteral("bm9wZS5ub3Bl"))));
    QTRY_COMPARE_WITH_TIMEOUT(account->state(), AccountSession::State::Rejected, kTimeoutMs);
    QCOMPARE(account->statusText(), QStringLiteral("Key rejected"));
    // The key is dropped from use and that is said once; public browsing goes on without it, no Retry needed.
    QVERIFY(account->hasRefusedKey());
    QVERIFY(!account->hasApiKey());
    waitConnected(workspace);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().at(0).toBool(), false); // used for this session only: nothing in the keychain
    QVERIFY(!workspace.offersRetry());
    QCOMPARE(account->state(), AccountSession::State::Rejected);
    // Forgetting it: the account is plainly anonymous again.
    account->forgetKey();
    QVERIFY(!account->hasRefusedKey());
    QTRY_COMPARE_WITH_TIMEOUT(account->state(), AccountSession::State::Anonymous, kTimeoutMs);
    waitConnected(workspace);
}

void TestSession::reconnectsWhileTheRegistryIsAway()
{
    Workspace workspace(optionsFor(QStringLiteral("datapm")));
    QSettings settings;
    workspace.open(workspace.load(settings, {}));
    waitConnected(workspace);
    QSignalSpy connected(&workspace, &Workspace::connected);
    QSignalSpy recovered(&workspace, &Workspace::recovered);

    m_registry->stop();
    workspace.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(workspace.isReconnecting(), kTimeoutMs);
    QVERIFY2(workspace.statusText().startsWith(QLatin1String("Unreachable:")),
             qPrintable(workspace.statusText()));
    QVERIFY(workspace.nextReconnectInMs() > 0);
    // Still saying why while the next try is under way, never a bare "Connecting…".
    QTest::qWait(1500);
    QVERIFY2(workspace.statusText().startsWith(QLatin1String("Unreachable:")),
             qPrintable(workspace.statusText()));

    QString error;
    QVERIFY2(m_registry->start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(connected.size() + recovered.size() > 0, 3 * kTimeoutMs);
    if (!connected.isEmpty())
        QCOMPARE(connected.last().at(1).toBool(), true); // a recovery
    waitConnected(workspace);
    QVERIFY(!workspace.isReconnecting());
    QVERIFY(workspace.statusText().startsWith(QLatin1String("Connected")));
}

// The list loaded fine, then a package page's request finds the registry gone: the status line says so (never
// "Connected" beside a page saying "unreachable"), tries again by itself, and says when it is back.
void TestSession::anotherPagesRequestFindsTheRegistryGone()
{
    Workspace workspace(optionsFor(QStringLiteral("datapm")));
    QSettings settings;
    workspace.open(workspace.load(settings, {}));
    waitConnected(workspace);
    const int rows = workspace.packages()->rowCount();
    QSignalSpy recovered(&workspace, &Workspace::recovered);

    m_registry->stop();
    PackageJob* job = workspace.session()->backend()->package(
        PackageId::fromString(QStringLiteral("opendata/world-cities")));
    QSignalSpy failed(job, &RegistryJob::failed);
    QVERIFY(failed.wait(kTimeoutMs));
    QVERIFY2(workspace.statusText().startsWith(QLatin1String("Unreachable:")),
             qPrintable(workspace.statusText()));
    QVERIFY(workspace.offersRetry());
    QVERIFY(workspace.nextReconnectInMs() > 0);
    QCOMPARE(workspace.packages()->rowCount(), rows); // the list keeps its rows

    QString error;
    QVERIFY2(m_registry->start(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(recovered.size(), 1, 3 * kTimeoutMs);
    QVERIFY2(workspace.statusText().startsWith(QLatin1String("Connected")),
             qPrintable(workspace.statusText()));
    QVERIFY(!workspace.offersRetry());
    QCOMPARE(workspace.packages()->rowCount(), rows);
}

void TestSession::registryListEdits()
{
    Workspace workspace;
    QSettings settings;
    // The first run offers the presets (three public registries; a local one was not given).
    const QUrl first = workspace.load(settings, {});
    QCOMPARE(workspace.registries()->entries().size(), 3);
    QCOMPARE(first, workspace.registries()->entries().first().url);

    RegistryEntry local;
    local.name = QStringLiteral("Mine");
    local.url = m_registry->endpoint(QStringLiteral("datapm"));
    const int row = workspace.add(local);
    QCOMPARE(row, 3);
    QCOMPARE(workspace.add(local), 3); // listed once
    workspace.open(local.url);
    waitConnected(workspace);
    // Detection remembers the kind for the next start.
    QTRY_COMPARE_WITH_TIMEOUT(workspace.registries()->entries().at(row).detectedDialect,
                              std::optional<Dialect>(TestDialects::dataPm()), kTimeoutMs);

    // Another entry's address is refused; a rename keeps the connection.
    RegistryEntry clash = local;
    clash.url = workspace.registries()->entries().first().url;
    QVERIFY(!workspace.replace(local.url, clash));
    RegistrySession* open = workspace.session();
    RegistryEntry renamed = workspace.registries()->entries().at(row);
    renamed.name = QStringLiteral("Renamed");
    QVERIFY(workspace.replace(local.url, renamed));
    QCOMPARE(workspace.session(), open);
    QCOMPARE(workspace.session()->entry().name, QStringLiteral("Renamed"));

    // Removing the open registry opens its neighbour; the list is saved.
    workspace.remove(local.url);
    QCOMPARE(workspace.registries()->indexOfUrl(local.url), -1);
    QVERIFY(workspace.session());
    QCOMPARE(workspace.session()->entry().url, workspace.registries()->entries().last().url);
    RegistryList stored;
    QSettings again;
    stored.load(again);
    QCOMPARE(stored.entries().size(), 3);
}

void TestSession::linkedRegistriesAreKeptForThisRunOnly()
{
    // Links (issue 18) open the listed registry, or add theirs for this run only; unlike --registry, which a
    // person typed and is remembered (issue 16), a link someone else wrote does not grow the list.
    Workspace::Options options = optionsFor(QStringLiteral("datapm")); // --registry
    Workspace workspace(options);
    QSettings settings;
    workspace.open(workspace.load(settings, {}));
    waitConnected(workspace);
    const int listed = int(workspace.registries()->entries().size());
    QCOMPARE(listed, 4); // the presets and the --registry one

    const QUrl wasmer = m_registry->endpoint(QStringLiteral("wasmer"));
    workspace.openLink(wasmer, TestDialects::wasmer());
    QCOMPARE(workspace.registries()->entries().size(), listed + 1);
    QCOMPARE(workspace.session()->entry().url, wasmer);
    QCOMPARE(workspace.session()->entry().forcedDialect, std::optional<Dialect>(TestDialects::wasmer()));
    waitConnected(workspace);
    // A listed one is opened as it is: no second entry.
    workspace.openLink(options.registryUrl, std::nullopt);
    QCOMPARE(workspace.registries()->entries().size(), listed + 1);
    QCOMPARE(workspace.session()->entry().url, options.registryUrl);
    waitConnected(workspace);

    workspace.saveRegistries();
    RegistryList stored;
    QSettings again;
    stored.load(again);
    QCOMPARE(stored.entries().size(), 4); // the --registry one, not the link's
    QVERIFY(stored.indexOfUrl(options.registryUrl) >= 0);
    QCOMPARE(stored.indexOfUrl(wasmer), -1);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
