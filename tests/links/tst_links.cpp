// Issue 18: links open Depot. DepotLink reads depot: links and registries' web addresses; and (acceptance 3)
// with Depot running, a second "depot depot://open?registry=…&ref=…" opens that page in the running window
// and ends, with no second window. What a person sees is read with xdotool: the visible windows and their
// titles (the title names the page). Depot runs as a real process, under a D-Bus daemon of this test, which
// also starts Depot by D-Bus activation (DBusActivatable=true in the desktop entry).
#include "registry/DialectTable.h"
#include "support/LocalRegistry.h"
#include "views/DepotLink.h"
#include "views/DesktopService.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kWaitMs = 30000;

// Runs `program` to its end: its exit code (-1 when it did not end), and what it printed.
int run(const QString& program, const QStringList& arguments, QString* out = nullptr,
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (out)
        *out = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError()).trimmed();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

// The visible windows whose title ends in "Depot" (each of Depot's own titles does), as xdotool finds them;
// only of process `pid` when given.
QStringList depotWindows(qint64 pid = 0)
{
    QStringList arguments{QStringLiteral("search"), QStringLiteral("--onlyvisible")};
    if (pid > 0)
        arguments << QStringLiteral("--pid") << QString::number(pid);
    arguments << QStringLiteral("--name") << QStringLiteral("Depot$");
    QString out;
    run(QStringLiteral("xdotool"), arguments, &out); // 1 when there is none
    return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString windowTitle(const QString& window)
{
    QString title;
    run(QStringLiteral("xdotool"), {QStringLiteral("getwindowname"), window}, &title);
    return title;
}

} // namespace

class TestLinks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void parse_data();
    void parse();
    void refused_data();
    void refused();
    void makesTheLinkItReads();

    void secondLaunchOpensInTheRunningWindow();
    void busActivationOpensTheLink();

private:
    bool startBus(QString* error);
    QString datapmLink(const QString& reference) const;
    void stopDepot(QProcess& depot);

    std::unique_ptr<LocalRegistry> m_registry;
    QTemporaryDir m_home;
    QTemporaryDir m_runtime; // XDG_RUNTIME_DIR: the bus socket, the D-Bus service file
    QProcessEnvironment m_environment;
    QProcess m_bus;
    QString m_busAddress;
    bool m_canShowWindows = false;
};

void TestLinks::initTestCase()
{
    LocalRegistry::Options options;
    m_registry = std::make_unique<LocalRegistry>(options);
    QString error;
    QVERIFY2(m_registry->start(&error), qPrintable(error));
    m_canShowWindows = !qEnvironmentVariableIsEmpty("DISPLAY") &&
                       run(QStringLiteral("xdotool"), {QStringLiteral("version")}) == 0;
    if (m_canShowWindows)
        QVERIFY2(startBus(&error), qPrintable(error));
}

// A session bus of this test only (no other Depot on it), which can start Depot as the packaged D-Bus service
// file says, with the build's program in place of /usr/bin/depot. Depot and the bus get a throwaway HOME.
bool TestLinks::startBus(QString* error)
{
    const QString socket = m_runtime.filePath(QStringLiteral("bus"));
    m_busAddress = QStringLiteral("unix:path=") + socket;
    QFile packaged(QStringLiteral(DEPOT_SOURCE_DIR "/packaging/io.github.depot.Depot.service"));
    QFile service(m_runtime.filePath(QStringLiteral("services/io.github.depot.Depot.service")));
    QDir(m_runtime.path()).mkpath(QStringLiteral("services"));
    if (!packaged.open(QIODevice::ReadOnly) || !service.open(QIODevice::WriteOnly) ||
        service.write(packaged.readAll().replace("Exec=/usr/bin/depot", "Exec=" DEPOT_BINARY)) <= 0) {
        *error = QStringLiteral("cannot write the D-Bus service file");
        return false;
    }
    service.close();
    QFile config(m_runtime.filePath(QStringLiteral("bus.conf")));
    if (!config.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write the bus configuration");
        return false;
    }
    config.write(
        QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                       " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                       "<busconfig><type>session</type><listen>%1</listen><servicedir>%2</servicedir>\n"
                       "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                       "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n")
            .arg(m_busAddress, m_runtime.filePath(QStringLiteral("services")))
            .toUtf8());
    config.close();

    m_environment = QProcessEnvironment::systemEnvironment();
    const QString home = m_home.path();
    m_environment.insert(QStringLiteral("HOME"), home);
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    m_environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    m_environment.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/.local/state"));
    m_environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
    m_environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_busAddress);
    m_environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    m_environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    m_environment.insert(QStringLiteral("LANGUAGE"), QString());
    m_environment.remove(QStringLiteral("DESKTOP_STARTUP_ID"));
    // The bus hands its environment to the programs it starts (as a desktop session's bus does).
    m_bus.setProcessEnvironment(m_environment);
    m_bus.start(QStringLiteral("dbus-daemon"), {QStringLiteral("--config-file=") + config.fileName(),
                                                QStringLiteral("--nofork"), QStringLiteral("--nosyslog")});
    QElapsedTimer clock;
    clock.start();
    while (!QFile::exists(socket) && clock.elapsed() < 10000)
        QTest::qWait(20);
    if (!QFile::exists(socket)) {
        *error =
            QStringLiteral("dbus-daemon did not start: ") + QString::fromUtf8(m_bus.readAllStandardError());
        return false;
    }
    return true;
}

void TestLinks::cleanupTestCase()
{
    QDBusConnection::disconnectFromBus(QStringLiteral("test"));
    if (m_bus.state() != QProcess::NotRunning) {
        m_bus.terminate();
        m_bus.waitForFinished();
    }
    m_registry.reset();
}

QString TestLinks::datapmLink(const QString& reference) const
{
    return DepotLink{m_registry->endpoint(QStringLiteral("datapm")), reference, std::nullopt}
        .toUrl()
        .toString();
}

void TestLinks::stopDepot(QProcess& depot)
{
    depot.terminate();
    if (!depot.waitForFinished(5000)) {
        depot.kill();
        depot.waitForFinished();
    }
}

void TestLinks::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QUrl>("registry");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("dialect"); // empty: not said
    const QUrl datapm(QStringLiteral("https://datapm.io/graphql"));
    const QUrl wasmer(QStringLiteral("https://registry.wasmer.io/graphql"));
    QTest::newRow("depot link, encoded")
        << QStringLiteral(
               "depot://open?registry=https%3A%2F%2Fdatapm.io%2Fgraphql&ref=opendata%2Fworld-cities")
        << datapm << QStringLiteral("opendata/world-cities") << QString();
    QTest::newRow("depot link, as typed, with a kind")
        << QStringLiteral("depot://open?registry=https://registry.wasmer.io/graphql&ref=wasmer/"
                          "hello@0.2.0&dialect=wasmer")
        << wasmer << QStringLiteral("wasmer/hello@0.2.0") << QStringLiteral("wasmer");
    QTest::newRow("registry only, without //")
        << QStringLiteral("depot:open?registry=http://127.0.0.1:4000/datapm/graphql")
        << QUrl(QStringLiteral("http://127.0.0.1:4000/datapm/graphql")) << QString() << QString();
    QTest::newRow("upper case, a slash, a parameter of later versions")
        << QStringLiteral("DEPOT://Open/?registry=https://datapm.io/graphql&ref=a/b&tab=readme") << datapm
        << QStringLiteral("a/b") << QString();
    QTest::newRow("the registry's own query")
        << QStringLiteral("depot://open?registry=https%3A%2F%2Fexample.org%2Fgraphql%3Fa%3D1%26b%3D2&ref=x")
        << QUrl(QStringLiteral("https://example.org/graphql?a=1&b=2")) << QStringLiteral("x") << QString();
    QTest::newRow("datapm.io package page")
        << QStringLiteral("https://datapm.io/opendata/world-cities") << datapm
        << QStringLiteral("opendata/world-cities") << QStringLiteral("datapm");
    QTest::newRow("datapm.io, www and a slash")
        << QStringLiteral("https://www.datapm.io/opendata/world-cities/") << datapm
        << QStringLiteral("opendata/world-cities") << QStringLiteral("datapm");
    QTest::newRow("datapm.io front page")
        << QStringLiteral("https://datapm.io/") << datapm << QString() << QStringLiteral("datapm");
    QTest::newRow("wasmer.io package page with a version")
        << QStringLiteral("https://wasmer.io/wasmer/hello@0.2.0") << wasmer
        << QStringLiteral("wasmer/hello@0.2.0") << QStringLiteral("wasmer");
    QTest::newRow("wasmer.io bare name") << QStringLiteral("https://wasmer.io/_/python") << wasmer
                                         << QStringLiteral("_/python") << QStringLiteral("wasmer");
    QTest::newRow("wapm.io, its former name")
        << QStringLiteral("https://wapm.io/package/syrusakbary/cowsay") << wasmer
        << QStringLiteral("syrusakbary/cowsay") << QStringLiteral("wasmer");
}

void TestLinks::parse()
{
    QFETCH(QString, text);
    QFETCH(QUrl, registry);
    QFETCH(QString, reference);
    QFETCH(QString, dialect);
    QString why;
    const std::optional<DepotLink> link = DepotLink::parse(text, &why);
    QVERIFY2(link, qPrintable(why));
    QCOMPARE(link->registry, registry);
    QCOMPARE(link->reference, reference);
    QCOMPARE(link->dialect ? link->dialect->id() : QString(), dialect);
}

void TestLinks::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says");
    const QString known = QStringLiteral("Depot opens depot: links and the package pages of DataPM "
                                         "(https://datapm.io/<catalog>/<package>), Wasmer");
    QTest::newRow("another action") << QStringLiteral("depot://close?registry=https://datapm.io/graphql")
                                    << QStringLiteral("depot://open?registry=");
    QTest::newRow("no registry") << QStringLiteral("depot://open?ref=a/b")
                                 << QStringLiteral("names no registry");
    QTest::newRow("not http") << QStringLiteral("depot://open?registry=ftp://example.org/graphql")
                              << QStringLiteral("Only https:// and http://");
    QTest::newRow("unknown kind") << QStringLiteral(
                                         "depot://open?registry=https://example.org/graphql&dialect=npm")
                                  << QStringLiteral("unknown registry kind “npm”");
    QTest::newRow("another site") << QStringLiteral("https://example.org/a/b") << known;
    QTest::newRow("a catalog page") << QStringLiteral("https://datapm.io/opendata") << known;
    QTest::newRow("another port") << QStringLiteral("https://datapm.io:8443/a/b") << known;
    QTest::newRow("a GraphQL endpoint")
        << QStringLiteral("https://registry.wasmer.io/graphql") << QStringLiteral("use --registry");
    QTest::newRow("a file") << QStringLiteral("file:///etc/passwd") << known;
    QTest::newRow("words") << QStringLiteral("world cities") << known;
}

void TestLinks::refused()
{
    QFETCH(QString, text);
    QFETCH(QString, says);
    QString why;
    QVERIFY(!DepotLink::parse(text, &why));
    QVERIFY2(why.contains(says), qPrintable(why));
}

void TestLinks::makesTheLinkItReads()
{
    // --registry and --open are handed to a running Depot as this link.
    const DepotLink link{QUrl(QStringLiteral("https://example.org:8443/graphql?x=1&y=2#top")),
                         QStringLiteral("ns/name@1.0 & more"),
                         DialectTable::fromId(QStringLiteral("wasmer"))};
    const QUrl url = link.toUrl();
    QCOMPARE(url.scheme(), QStringLiteral("depot"));
    QString why;
    const std::optional<DepotLink> read = DepotLink::parse(url.toString(), &why);
    QVERIFY2(read, qPrintable(why));
    QCOMPARE(read->registry, link.registry);
    QCOMPARE(read->reference, link.reference);
    QCOMPARE(read->dialect, link.dialect);
}

void TestLinks::secondLaunchOpensInTheRunningWindow()
{
    if (!m_canShowWindows)
        QSKIP("needs a display and xdotool (scripts/test runs under Xvfb)");
    // Depot runs, showing the local DataPM registry.
    QProcess depot;
    depot.setProcessEnvironment(m_environment);
    depot.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    depot.start(QStringLiteral(DEPOT_BINARY),
                {QStringLiteral("--registry"), m_registry->endpoint(QStringLiteral("datapm")).toString()});
    const auto stop = qScopeGuard([&] { stopDepot(depot); });
    QTRY_COMPARE_WITH_TIMEOUT(depotWindows(depot.processId()).size(), 1, kWaitMs);
    const QString window = depotWindows(depot.processId()).constFirst();
    QTRY_VERIFY_WITH_TIMEOUT(windowTitle(window).startsWith(QStringLiteral("Latest packages — ")), kWaitMs);

    // A link clicked elsewhere: "depot <link>" hands it over and ends, and no second window shows meanwhile.
    const auto secondLaunch = [&](const QStringList& arguments, bool withDisplay = true) {
        QProcess second;
        QProcessEnvironment environment = m_environment;
        if (!withDisplay) // a terminal over SSH into the desktop's session
            for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XAUTHORITY"})
                environment.remove(QString::fromLatin1(name));
        second.setProcessEnvironment(environment);
        second.start(QStringLiteral(DEPOT_BINARY), arguments);
        int mostWindows = 0;
        while (!second.waitForFinished(100))
            mostWindows = std::max<int>(mostWindows, depotWindows().size());
        mostWindows = std::max<int>(mostWindows, depotWindows().size());
        const QString printed =
            QString::fromUtf8(second.readAllStandardOutput() + second.readAllStandardError());
        return std::make_tuple(second.exitStatus() == QProcess::NormalExit ? second.exitCode() : -1,
                               mostWindows, printed);
    };
    auto [status, windows, printed] = secondLaunch({datapmLink(QStringLiteral("opendata/world-cities"))});
    QVERIFY2(status == 0, qPrintable(printed));
    QCOMPARE(windows, 1);
    QTRY_VERIFY_WITH_TIMEOUT(windowTitle(window).startsWith(QStringLiteral("World Cities — ")), kWaitMs);
    QCOMPARE(depotWindows(), QStringList{window});

    // A web address of a registry not in the list would add it for this run; here the same with a depot: link
    // to the local Wasmer registry, and a package reference of that kind.
    const QString wasmer = DepotLink{m_registry->endpoint(QStringLiteral("wasmer")),
                                     QStringLiteral("wasmer/hello"), std::nullopt}
                               .toUrl()
                               .toString();
    std::tie(status, windows, printed) = secondLaunch({wasmer});
    QVERIFY2(status == 0, qPrintable(printed));
    QCOMPARE(windows, 1);
    QTRY_VERIFY_WITH_TIMEOUT(windowTitle(window).startsWith(QStringLiteral("hello — ")), kWaitMs);

    // Also from where there is no display, and with --registry and --open (handed over as a depot: link).
    std::tie(status, windows, printed) =
        secondLaunch({QStringLiteral("--registry"), m_registry->endpoint(QStringLiteral("datapm")).toString(),
                      QStringLiteral("--open"), QStringLiteral("opendata/world-cities")},
                     false);
    QVERIFY2(status == 0, qPrintable(printed));
    QTRY_VERIFY_WITH_TIMEOUT(windowTitle(window).startsWith(QStringLiteral("World Cities — ")), kWaitMs);
    std::tie(status, windows, printed) = secondLaunch({wasmer}, false);
    QVERIFY2(status == 0, qPrintable(printed));
    QTRY_VERIFY_WITH_TIMEOUT(windowTitle(window).startsWith(QStringLiteral("hello — ")), kWaitMs);

    // Without a link the running window only comes to the front; a link Depot cannot open is refused at once.
    std::tie(status, windows, printed) = secondLaunch({});
    QVERIFY2(status == 0, qPrintable(printed));
    QCOMPARE(windows, 1);
    std::tie(status, windows, printed) = secondLaunch({QStringLiteral("https://example.org/a/b")});
    QCOMPARE(status, 2);
    QVERIFY2(printed.contains(QLatin1String("Depot opens depot: links")), qPrintable(printed));
    QCOMPARE(depotWindows(), QStringList{window});
    QVERIFY(windowTitle(window).startsWith(QStringLiteral("hello — ")));
    QCOMPARE(depot.state(), QProcess::Running);
}

void TestLinks::busActivationOpensTheLink()
{
    if (!m_canShowWindows)
        QSKIP("needs a display and xdotool (scripts/test runs under Xvfb)");
    // No Depot runs: a desktop calls Open on the bus name (DBusActivatable=true), the bus starts Depot from
    // the service file, and the call is answered once the link is open.
    QDBusConnection bus = QDBusConnection::connectToBus(m_busAddress, QStringLiteral("test"));
    QVERIFY(bus.isConnected());
    QVERIFY(!bus.interface()->isServiceRegistered(DesktopService::serviceName));
    QDBusMessage open =
        QDBusMessage::createMethodCall(DesktopService::serviceName, DesktopService::objectPath,
                                       QStringLiteral("org.freedesktop.Application"), QStringLiteral("Open"));
    open << QStringList{datapmLink(QStringLiteral("opendata/world-cities"))} << QVariantMap();
    const QDBusMessage reply = bus.call(open, QDBus::Block, kWaitMs);
    QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
    const uint pid = bus.interface()->servicePid(DesktopService::serviceName);
    QVERIFY(pid > 0);
    const auto stop = qScopeGuard([pid] { run(QStringLiteral("kill"), {QString::number(pid)}); });
    QTRY_COMPARE_WITH_TIMEOUT(depotWindows(pid).size(), 1, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        windowTitle(depotWindows(pid).constFirst()).startsWith(QStringLiteral("World Cities — ")), kWaitMs);
    // An action Depot does not have is an error for the caller, not a crash.
    QDBusMessage action = QDBusMessage::createMethodCall(
        DesktopService::serviceName, DesktopService::objectPath,
        QStringLiteral("org.freedesktop.Application"), QStringLiteral("ActivateAction"));
    action << QStringLiteral("quit") << QVariantList() << QVariantMap();
    QCOMPARE(bus.call(action, QDBus::Block, kWaitMs).type(), QDBusMessage::ErrorMessage);
    QVERIFY(bus.interface()->isServiceRegistered(DesktopService::serviceName));
}

QTEST_GUILESS_MAIN(TestLinks)
#include "tst_links.moc"
