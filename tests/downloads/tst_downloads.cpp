// Downloads (issue 14, acceptance 3) against the local registry: the saved file's size and SHA-256 are the
// announced ones; a corrupted body is refused and leaves no file under the final name; a cancelled download
// leaves nothing behind; no credential goes to a download address; several run at once in the downloads
// panel; Unpack to Folder… unpacks safely and shows what it refused.
#include "../archive/TarBuilder.h"
#include "graphql/GraphQlClient.h"
#include "registry/parts/PackageDownloads.h"
#include "registry/wasmer/WasmerBackend.h"
#include "session/DownloadManager.h"
#include "session/RegistrySession.h"
#include "support/JobOutcome.h"
#include "support/LocalRegistry.h"
#include "support/WasmerFixtures.h"
#include "transfer/FileDownloadJob.h"
#include "views/BrowserStack.h"
#include "views/DownloadController.h"
#include "views/DownloadListModel.h"
#include "views/DownloadsPanel.h"
#include "views/MainWindow.h"
#include "views/pages/PackageDetailsPage.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kTimeoutMs = 30000;

QByteArray sha256Of(const QString& path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return file.open(QIODevice::ReadOnly) && hash.addData(&file) ? hash.result().toHex() : QByteArray();
}

const DownloadManager::Item& itemOf(const DownloadManager& manager, int id)
{
    return manager.items().at(manager.indexOf(id));
}

// Waits until item `id` has ended.
bool waitEnded(const DownloadManager& manager, int id, int timeoutMs = kTimeoutMs)
{
    return QTest::qWaitFor([&] { return !itemOf(manager, id).isActive(); }, timeoutMs);
}

} // namespace

class TestDownloads : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void savedFileHasTheAnnouncedSizeAndChecksum();
    void corruptedBodyIsRefused();
    void cancelledDownloadLeavesNothing();
    void brokenConnectionResumes();
    void panelRunsSeveralAndUnpacksShowingWhatItRefused();
    void panelIsMadeWhenNeededAndComesBackAsLeft();

private:
    QList<PackageDownload> offersFor(const QString& reference, const QString& version = {});
    // Publishes a hand-made archive (links leading out, a ".." path) with the demo token.
    void publishHostileArchive(const QString& name);

    std::unique_ptr<LocalRegistry> m_registry;
    QNetworkAccessManager m_network;
    std::unique_ptr<WasmerBackend> m_backend;
    QTemporaryDir m_dir;
};

void TestDownloads::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DepotTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_downloads"));
    // A package of a few MiB: long enough to cancel and to break in the middle.
    m_registry = std::make_unique<LocalRegistry>(LocalRegistry::Options{QStringLiteral("large:8"), true, {}});
    QString error;
    QVERIFY2(m_registry->start(&error), qPrintable(error));
    // The backend sends the demo token with every GraphQL request: none of it may reach a download.
    m_backend = std::make_unique<WasmerBackend>(&m_network, m_registry->endpoint(QStringLiteral("wasmer")),
                                                std::make_shared<WasmerFixtures::TokenHeaders>());
}

void TestDownloads::init()
{
    QVERIFY(m_registry->clearFaults());
    QVERIFY(m_registry->clearRequestLog());
}

QList<PackageDownload> TestDownloads::offersFor(const QString& reference, const QString& version)
{
    const auto offers = await(m_backend->downloads()->downloads(PackageId::fromString(reference), version));
    if (!offers.finished())
        qWarning("downloads of %s: %s", qPrintable(reference), qPrintable(describe(offers.error)));
    return offers.value;
}

void TestDownloads::savedFileHasTheAnnouncedSizeAndChecksum()
{
    const QList<PackageDownload> offers = offersFor(QStringLiteral("_/python"));
    QVERIFY(!offers.isEmpty());
    const PackageDownload offer = offers.first();
    QCOMPARE(offer.fileName, QStringLiteral("python-0.1.0.tar.gz"));
    QVERIFY(offer.size > 0);
    QCOMPARE(offer.sha256.size(), 64);

    DownloadManager manager(&m_network);
    const QString target = m_dir.filePath(QStringLiteral("saved/python.tar.gz"));
    const int first = manager.download(offer, target);
    QVERIFY(waitEnded(manager, first));
    QCOMPARE(itemOf(manager, first).state, DownloadManager::State::Done);
    QCOMPARE(QFileInfo(target).size(), offer.size);
    QCOMPARE(sha256Of(target), offer.sha256);
    QVERIFY(!QFileInfo::exists(FileDownloadJob::partFileOf(target)));

    // Again: the address is fetched again (never from a cache), and with no credential, ever.
    const int second = manager.download(offer, target);
    QVERIFY(waitEnded(manager, second));
    QCOMPARE(itemOf(manager, second).state, DownloadManager::State::Done);
    int fetched = 0;
    for (const QJsonValue& entry : m_registry->requestLog()) {
        const QJsonObject request = entry.toObject();
        const QJsonObject headers = request.value(QStringLiteral("headers")).toObject();
        if (request.value(QStringLiteral("path")).toString().startsWith(QStringLiteral("/files/"))) {
            ++fetched;
            QVERIFY2(!headers.contains(QStringLiteral("authorization")), "a credential went to a download");
            QVERIFY(!headers.contains(QStringLiteral("cookie")));
        } else {
            QVERIFY(headers.contains(QStringLiteral("authorization"))); // the GraphQL requests do carry it
        }
    }
    QCOMPARE(fetched, 2);
}

void TestDownloads::corruptedBodyIsRefused()
{
    const PackageDownload offer = offersFor(QStringLiteral("syrusakbary/cowsay")).value(0);
    QVERIFY(!offer.sha256.isEmpty());
    QVERIFY(m_registry->armFault({{QStringLiteral("match"), QStringLiteral("/files/wasmer/syrusakbary/")},
                                  {QStringLiteral("kind"), QStringLiteral("corrupt")}}));
    DownloadManager manager(&m_network);
    const QString target = m_dir.filePath(QStringLiteral("corrupt/cowsay.tar.gz"));
    const int id = manager.download(offer, target);
    QVERIFY(waitEnded(manager, id));
    const DownloadManager::Item& item = itemOf(manager, id);
    QCOMPARE(item.state, DownloadManager::State::Failed);
    QCOMPARE(item.error.reason, Error::Reason::Damaged);
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(!QFileInfo::exists(FileDownloadJob::partFileOf(target)));
    QVERIFY(QDir(QFileInfo(target).absolutePath()).isEmpty());
    QVERIFY(DownloadListModel::statusText(item).contains(QStringLiteral("damaged")));
}

void TestDownloads::cancelledDownloadLeavesNothing()
{
    const PackageDownload offer = offersFor(QStringLiteral("demo/large-8mb")).value(0);
    QVERIFY(offer.size >= 8 * 1024 * 1024);
    // Slow enough to be cancelled in the middle: the first bytes, then a pause.
    QVERIFY(m_registry->armFault({{QStringLiteral("match"), QStringLiteral("/files/wasmer/demo/")},
                                  {QStringLiteral("kind"), QStringLiteral("delay")},
                                  {QStringLiteral("ms"), 1500}}));
    DownloadManager manager(&m_network);
    const QString target = m_dir.filePath(QStringLiteral("cancel/large.tar.gz"));
    const int id = manager.download(offer, target);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(FileDownloadJob::partFileOf(target)), kTimeoutMs);
    manager.cancel(id);
    QVERIFY(waitEnded(manager, id));
    QCOMPARE(itemOf(manager, id).state, DownloadManager::State::Cancelled);
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(!QFileInfo::exists(FileDownloadJob::partFileOf(target)));
    // Cancelled in the middle of the body too: at the first bytes that arrive, before the rest can.
    int again = 0;
    const auto connection = connect(&manager, &DownloadManager::itemChanged, &manager, [&](int index) {
        const DownloadManager::Item& item = manager.items().at(index);
        if (item.id == again && item.isActive() && item.done > 0 && item.done < offer.size)
            manager.cancel(again);
    });
    again = manager.download(offer, target);
    QVERIFY(waitEnded(manager, again));
    disconnect(connection);
    QCOMPARE(itemOf(manager, again).state, DownloadManager::State::Cancelled);
    QVERIFY(itemOf(manager, again).done > 0);
    QVERIFY(QDir(QFileInfo(target).absolutePath()).isEmpty());
}

void TestDownloads::brokenConnectionResumes()
{
    // The server sends half of the body, then cuts the connection: the download goes on from there
    // (Range + If-Range) and the whole file is checked.
    const PackageDownload offer = offersFor(QStringLiteral("demo/large-8mb")).value(0);
    QVERIFY(m_registry->armFault({{QStringLiteral("match"), QStringLiteral("/files/wasmer/demo/")},
                                  {QStringLiteral("kind"), QStringLiteral("drop")}}));
    DownloadManager manager(&m_network);
    const QString target = m_dir.filePath(QStringLiteral("resume/large.tar.gz"));
    const int id = manager.download(offer, target);
    QVERIFY(waitEnded(manager, id, 60000));
    QCOMPARE(itemOf(manager, id).state, DownloadManager::State::Done);
    QCOMPARE(sha256Of(target), offer.sha256);
    QStringList ranges;
    for (const QJsonValue& entry : m_registry->requestLog()) {
        const QJsonObject headers = entry.toObject().value(QStringLiteral("headers")).toObject();
        if (headers.contains(QStringLiteral("range")))
            ranges.append(headers.value(QStringLiteral("range")).toString());
    }
    QCOMPARE(ranges.size(), 1);
    QVERIFY2(ranges.first().startsWith(QStringLiteral("bytes=")) &&
                 !ranges.first().startsWith(QStringLiteral("bytes=0-")),
             qPrintable(ranges.first()));
}

void TestDownloads::publishHostileArchive(const QString& name)
{
    const QString manifest = QStringLiteral("[package]\nname = \"%1\"\nversion = \"1.0.0\"\ndescription = "
                                            "\"Hostile entries\"\n\n[[module]]\nname = \"hello\"\nsource = "
                                            "\"hello.wasm\"\nabi = \"wasi\"\n")
                                 .arg(name);
    const QString tar = m_dir.filePath(QStringLiteral("hostile.tar"));
    TarBuilder builder(tar);
    builder.file("wasmer.toml", manifest.toUtf8());
    builder.file("hello.wasm", QByteArrayLiteral("\0asm\1\0\0\0"));
    builder.symlink("escape", "../../../etc");
    builder.file("../outside.txt", "nothing to see");
    QVERIFY(builder.finish());
    QCOMPARE(QProcess::execute(QStringLiteral("gzip"), {QStringLiteral("-nf"), tar}), 0);
    GraphQlClient client(&m_network, m_registry->endpoint(QStringLiteral("wasmer")), QStringLiteral("wasmer"),
                         std::make_shared<WasmerFixtures::TokenHeaders>());
    GraphQlJob* job = client.runWithFile(QStringLiteral("PublishPackage"),
                                         {{QStringLiteral("manifest"), manifest},
                                          {QStringLiteral("name"), name},
                                          {QStringLiteral("version"), QStringLiteral("1.0.0")}},
                                         QStringLiteral("fileUpload"), tar + QStringLiteral(".gz"),
                                         client.defaultOptions());
    QSignalSpy finished(job, &GraphQlJob::finished);
    QSignalSpy failed(job, &GraphQlJob::failed);
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, kTimeoutMs));
    QVERIFY2(failed.isEmpty(), qPrintable(describe(failed.value(0).value(0).value<Error>())));
}

// The downloads panel is made when first needed, not with the window (most runs download nothing):
// Ctrl+Shift+Y makes and shows it. Shown when the window closed, it is there at the next start, docked where
// it was; closed, it is not made.
void TestDownloads::panelIsMadeWhenNeededAndComesBackAsLeft()
{
    QSettings().clear();
    MainWindow::Options options;
    options.registryUrl = m_registry->endpoint(QStringLiteral("wasmer"));
    {
        MainWindow window(options);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(!window.findChild<DownloadsPanel*>());
        QAction* toggle = window.downloads()->toggleAction();
        QVERIFY(!toggle->isChecked());
        QTest::keyClick(&window, Qt::Key_Y, Qt::ControlModifier | Qt::ShiftModifier);
        auto* panel = window.findChild<DownloadsPanel*>();
        QVERIFY(panel);
        QTRY_VERIFY(panel->isVisible());
        QVERIFY(toggle->isChecked());
        QCOMPARE(window.dockWidgetArea(panel), Qt::BottomDockWidgetArea);
        window.close(); // saves the window's layout
    }
    {
        MainWindow again(options);
        again.show();
        auto* panel = again.findChild<DownloadsPanel*>();
        QVERIFY(panel);
        QTRY_VERIFY(panel->isVisible());
        QCOMPARE(again.dockWidgetArea(panel), Qt::BottomDockWidgetArea);
        QVERIFY(again.downloads()->toggleAction()->isChecked());
        // Closed by its own button: the menu entry follows.
        panel->close();
        QTRY_VERIFY(!again.downloads()->toggleAction()->isChecked());
        again.close();
    }
    MainWindow third(options);
    third.show();
    QVERIFY(!third.findChild<DownloadsPanel*>());
}

// The panel: two downloads at once from package pages (Download…), then Unpack to Folder… of an archive
// with hostile entries: unpacked safely, and the panel lists what it left out.
void TestDownloads::panelRunsSeveralAndUnpacksShowingWhatItRefused()
{
    publishHostileArchive(QStringLiteral("demo/hostile"));
    QSettings().clear();
    MainWindow::Options options;
    options.registryUrl = m_registry->endpoint(QStringLiteral("wasmer"));
    MainWindow window(options);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), RegistrySession::State::Connected, kTimeoutMs);
    const QString saveIn = m_dir.filePath(QStringLiteral("panel"));
    window.downloads()->setChooser([saveIn](const QString& proposed, bool folder) {
        return folder ? saveIn : QDir(saveIn).filePath(QFileInfo(proposed).fileName());
    });
    DownloadsPanel* panel = window.downloads()->panel();
    QVERIFY(!panel->isVisible());

    const auto clickOnPage = [&](const QString& reference, bool unpack) {
        window.openReference(reference);
        PackageDetailsPage* page = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (page = qobject_cast<PackageDetailsPage*>(window.browser()->currentPage())) &&
                page->packageId().toString() == reference && page->isShowingContent(),
            kTimeoutMs);
        QVERIFY(page->downloadButton()->isEnabled());
        QTest::mouseClick(unpack ? page->unpackButton() : page->downloadButton(), Qt::LeftButton);
    };
    // A slow one and a fast one, at the same time.
    QVERIFY(m_registry->armFault({{QStringLiteral("match"), QStringLiteral("/files/wasmer/demo/large")},
                                  {QStringLiteral("kind"), QStringLiteral("delay")},
                                  {QStringLiteral("ms"), 1500}}));
    clickOnPage(QStringLiteral("demo/large-8mb"), false);
    QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 1, kTimeoutMs);
    QVERIFY(panel->isVisible());
    clickOnPage(QStringLiteral("wasmer/hello"), false);
    QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 2, kTimeoutMs);
    DownloadManager* manager = window.workspace()->downloads();
    QVERIFY(manager->items().at(0).isActive()); // the large one still runs while the other is saved
    QTRY_VERIFY_WITH_TIMEOUT(!manager->items().at(0).isActive() && !manager->items().at(1).isActive(),
                             kTimeoutMs);
    for (const DownloadManager::Item& item : manager->items()) {
        QCOMPARE(item.state, DownloadManager::State::Done);
        QCOMPARE(sha256Of(item.destination), item.offer.sha256);
    }
    QVERIFY(QFileInfo::exists(QDir(saveIn).filePath(QStringLiteral("hello-0.2.0.tar.gz"))));

    // Unpack to Folder… of the hostile package: the module is there, nothing outside, the refusals said.
    clickOnPage(QStringLiteral("demo/hostile"), true);
    QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 3, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!manager->items().at(2).isActive(), kTimeoutMs);
    const DownloadManager::Item& unpacked = manager->items().at(2);
    QCOMPARE(unpacked.state, DownloadManager::State::Done);
    QCOMPARE(unpacked.unpackedFolder, QDir(saveIn).filePath(QStringLiteral("hostile-1.0.0")));
    QVERIFY(QFileInfo::exists(unpacked.unpackedFolder + QStringLiteral("/hello.wasm")));
    QVERIFY(!QFileInfo::exists(QDir(saveIn).filePath(QStringLiteral("outside.txt"))));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("outside.txt"))));
    QCOMPARE(unpacked.refused.size(), 2);
    QVERIFY(!QFileInfo::exists(unpacked.destination)); // the temporary archive is gone
    panel->select(unpacked.id);
    const QString details = panel->detailsLabel()->text();
    for (const RefusedEntry& refused : unpacked.refused)
        QVERIFY2(details.contains(refused.text()), qPrintable(details));
    QVERIFY2(panel->model()
                 ->index(2, DownloadListModel::StatusColumn)
                 .data()
                 .toString()
                 .contains(QStringLiteral("2")),
             qPrintable(panel->model()->index(2, DownloadListModel::StatusColumn).data().toString()));
    // Removing a finished download from the list keeps the file.
    panel->select(manager->items().at(1).id);
    QTest::mouseClick(panel->removeButton(), Qt::LeftButton);
    QCOMPARE(panel->model()->rowCount(), 2);
    QVERIFY(QFileInfo::exists(QDir(saveIn).filePath(QStringLiteral("hello-0.2.0.tar.gz"))));
}

QTEST_MAIN(TestDownloads)
#include "tst_downloads.moc"
