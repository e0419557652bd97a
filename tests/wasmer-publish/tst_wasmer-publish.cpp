// Publishing a wasmer.toml folder (issue 14, acceptance 4) against the local registry: through the GUI (the
// publisher window driven with QTest) up to the new package page showing its README and module; an
// existing version refused before any upload; a connection dropped in the middle of the upload resumed, the
// version existing exactly once; the multipart upload; a namespace that is not the person's refused.
#include "registry/parts/AccountAccess.h"
#include "registry/parts/FolderPublishing.h"
#include "registry/wasmer/WasmerBackend.h"
#include "session/AccountSession.h"
#include "session/RegistrySession.h"
#include "support/JobOutcome.h"
#include "support/LocalRegistry.h"
#include "support/WasmerFixtures.h"
#include "views/BrowserStack.h"
#include "views/MainWindow.h"
#include "views/auth/AccountController.h"
#include "views/pages/MarkdownBrowser.h"
#include "views/pages/PackageContentsTabs.h"
#include "views/pages/PackageDetailsPage.h"
#include "views/publish/FolderPublisher.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

namespace {

constexpr int kTimeoutMs = 60000;

// What the registry was asked, in order: GraphQL operation names, and "PUT /wasmer/uploads (bytes */n)" lines
// for the upload requests.
QStringList requests(LocalRegistry& registry)
{
    QStringList result;
    for (const QJsonValue& entry : registry.requestLog()) {
        const QJsonObject request = entry.toObject();
        const QString path = request.value(QStringLiteral("path")).toString();
        const QString range = request.value(QStringLiteral("headers"))
                                  .toObject()
                                  .value(QStringLiteral("content-range"))
                                  .toString();
        if (path.startsWith(QStringLiteral("/wasmer/uploads/")))
            result.append(request.value(QStringLiteral("method")).toString() + QStringLiteral(" upload ") +
                          range);
        else if (!request.value(QStringLiteral("operationName")).toString().isEmpty())
            result.append(request.value(QStringLiteral("operationName")).toString());
    }
    return result;
}

// DEPOT_TEST_SHOTS=FOLDER saves a picture of `widget` there, for people to look at.
void picture(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("DEPOT_TEST_SHOTS");
    if (!folder.isEmpty() && QDir().mkpath(folder))
        widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace

class TestWasmerPublish : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void publishFolderThroughTheGui();
    void existingVersionRefusedBeforeUpload();
    void droppedUploadResumesAndVersionExistsOnce();
    void multipartUpload();
    void namespaceOfOthersRefusedBeforeUpload();

private:
    PublishResult publish(const QString& folder, bool resumable = true);
    QString packageFolder(const QString& name, const QString& version, qint64 extraBytes = 0);

    std::unique_ptr<LocalRegistry> m_registry;
    QNetworkAccessManager m_network;
    std::unique_ptr<WasmerBackend> m_backend;
    QTemporaryDir m_dir;
};

void TestWasmerPublish::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DepotTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_wasmer-publish"));
    m_registry = std::make_unique<LocalRegistry>(LocalRegistry::Options{QStringLiteral("demo"), true, {}});
    QString error;
    QVERIFY2(m_registry->start(&error), qPrintable(error));
    m_backend = std::make_unique<WasmerBackend>(&m_network, m_registry->endpoint(QStringLiteral("wasmer")),
                                                std::make_shared<WasmerFixtures::TokenHeaders>());
}

void TestWasmerPublish::init()
{
    QVERIFY(m_registry->clearFaults());
    QVERIFY(m_registry->clearRequestLog());
}

QString TestWasmerPublish::packageFolder(const QString& name, const QString& version, qint64 extraBytes)
{
    const QString folder = m_dir.filePath(QString(name).replace(QLatin1Char('/'), QLatin1Char('_')) +
                                          QLatin1Char('-') + version);
    if (!WasmerFixtures::writePackageFolder(folder, name, version, extraBytes))
        qWarning("could not write %s", qPrintable(folder));
    return folder;
}

PublishResult TestWasmerPublish::publish(const QString& folder, bool resumable)
{
    FolderPublishing* publishing = m_backend->folderPublishing();
    const PackageFolder checked = publishing->checkFolder(folder);
    if (!checked.isOk())
        qWarning("%s: %s", qPrintable(folder), qPrintable(checked.errors.value(0).message));
    FolderPublishOptions options;
    options.preferResumableUpload = resumable;
    const auto outcome = await(publishing->publishFolder(checked, options), kTimeoutMs);
    if (!outcome.finished())
        qWarning("publish: %s", qPrintable(describe(outcome.error)));
    return outcome.value;
}

// Acceptance 4: the publisher window, driven as a person does, then the package page it opens.
void TestWasmerPublish::publishFolderThroughTheGui()
{
    const QString folder = packageFolder(QStringLiteral("demo/gui-tool"), QStringLiteral("1.0.0"));
    QSettings().clear();
    MainWindow::Options options;
    options.registryUrl = m_registry->endpoint(QStringLiteral("wasmer"));
    MainWindow window(options);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), RegistrySession::State::Connected, kTimeoutMs);
    // The person's token (the API-keys dialog does this when a token is pasted).
    AccountSession* account = window.accounts()->current();
    QVERIFY(account);
    QVERIFY(account->useKeyForSession(
        window.session()->backend()->account()->credentialFromPastedKey(WasmerFixtures::kDemoToken)));
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), RegistrySession::State::Connected, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->backend() && window.session()->backend()->folderPublishing(),
                             kTimeoutMs);

    window.openPublishWizard();
    FolderPublisher* publisher = nullptr;
    QTRY_VERIFY((publisher = window.findChild<FolderPublisher*>()) && publisher->isVisible());
    QVERIFY(!publisher->publishButton()->isEnabled()); // no folder yet
    QTest::keyClicks(publisher->folderField(), folder);
    QTest::keyClick(publisher->folderField(), Qt::Key_Return);
    QTRY_VERIFY(publisher->folder().isOk());
    const QList<QTreeWidgetItem*> names =
        publisher->manifestView()->findItems(QStringLiteral("demo/gui-tool"), Qt::MatchExactly, 1);
    QCOMPARE(names.size(), 1);
    QTRY_VERIFY(publisher->publishButton()->isEnabled());
    picture(publisher, QStringLiteral("publisher-checked"));
    QTest::mouseClick(publisher->publishButton(), Qt::LeftButton);
    QVERIFY(publisher->isPublishing());
    QTRY_VERIFY_WITH_TIMEOUT(!publisher->isPublishing(), kTimeoutMs);
    QVERIFY2(publisher->result().outcome == PublishResult::Outcome::Published,
             qPrintable(publisher->outcomeLabel()->text() + QLatin1Char(' ') +
                        describe(publisher->result().error)));
    QVERIFY2(publisher->outcomeLabel()->text().contains(QStringLiteral("is published")),
             qPrintable(publisher->outcomeLabel()->text()));
    picture(publisher, QStringLiteral("publisher-published"));

    // The new package's page: its README and its module.
    PackageDetailsPage* page = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((page = qobject_cast<PackageDetailsPage*>(window.browser()->currentPage())) &&
                                 page->isShowingContent(),
                             kTimeoutMs);
    QCOMPARE(page->packageId().toString(), QStringLiteral("demo/gui-tool"));
    QVERIFY2(
        page->readmeView()->toPlainText().contains(QStringLiteral("Published by the tests, version 1.0.0")),
        qPrintable(page->readmeView()->toPlainText()));
    QVERIFY(page->tabs()->isTabVisible(PackageDetailsPage::ModulesTab));
    QTreeWidget* modules = page->contents()->modulesView();
    QCOMPARE(modules->topLevelItemCount(), 1);
    QCOMPARE(modules->topLevelItem(0)->text(0), QStringLiteral("hello"));
    QCOMPARE(modules->topLevelItem(0)->text(1), QStringLiteral("wasi"));
    QCOMPARE(modules->topLevelItem(0)->text(3), QStringLiteral("wasi@0.1.0-unstable"));
    publisher->close();
}

void TestWasmerPublish::existingVersionRefusedBeforeUpload()
{
    // demo/hello-demo 1.0.0 is in the demo data.
    const PublishResult result =
        publish(packageFolder(QStringLiteral("demo/hello-demo"), QStringLiteral("1.0.0")));
    QCOMPARE(result.outcome, PublishResult::Outcome::NotPublished);
    QCOMPARE(result.error.reason, Error::Reason::VersionExists);
    QVERIFY(result.error.userText().contains(QStringLiteral("1.0.0")));
    // Nothing was uploaded or sent for publishing: the registry was only asked.
    QCOMPARE(requests(*m_registry), QStringList{QStringLiteral("PackageVersionTaken")});
}

void TestWasmerPublish::droppedUploadResumesAndVersionExistsOnce()
{
    // Three MiB that do not compress away, sent as one chunk; the server cuts every upload request after one
    // MiB of its body (Qt itself sends a cut request again a few times: those bring nothing new). Depot then
    // asks what arrived and goes on from there, a MiB further each time.
    const QString folder =
        packageFolder(QStringLiteral("demo/resumed"), QStringLiteral("1.0.0"), 3 * 1024 * 1024);
    QVERIFY(m_registry->armFault({{QStringLiteral("match"), QStringLiteral("/wasmer/uploads/")},
                                  {QStringLiteral("kind"), QStringLiteral("dropUpload")},
                                  {QStringLiteral("afterBytes"), 1024 * 1024},
                                  {QStringLiteral("times"), 0}}));
    const PublishResult result = publish(folder);
    QCOMPARE(result.outcome, PublishResult::Outcome::Published);
    QCOMPARE(result.version, QStringLiteral("1.0.0"));
    const QStringList asked = requests(*m_registry);
    // Opened, a chunk cut off, asked what arrived, the rest sent, published once, confirmed.
    QVERIFY2(asked.filter(QStringLiteral("POST upload")).size() == 1,
             qPrintable(asked.join(QLatin1Char('\n'))));
    QVERIFY2(asked.filter(QRegularExpression(QStringLiteral("^PUT upload bytes \\*/\\d+$"))).size() >= 2,
             qPrintable(asked.join(QLatin1Char('\n'))));
    for (const char* from : {"1048576-", "2097152-"})
        QVERIFY2(!asked.filter(QStringLiteral("PUT upload bytes ") + QLatin1String(from)).isEmpty(),
                 qPrintable(asked.join(QLatin1Char('\n'))));
    QCOMPARE(asked.count(QStringLiteral("PublishPackage")), 1);
    QCOMPARE(asked.last(), QStringLiteral("PackageVersionTaken"));

    QVERIFY(m_registry->clearFaults());
    // Exactly one version 1.0.0 on the registry.
    const auto page = await(m_backend->package(PackageId::fromString(QStringLiteral("demo/resumed"))));
    QVERIFY2(page.finished(), qPrintable(describe(page.error)));
    QCOMPARE(page.value.versions.size(), 1);
    QCOMPARE(page.value.versions.first().version, QStringLiteral("1.0.0"));
    QVERIFY(page.value.details->size > 3 * 1024 * 1024);
    // And publishing it again is refused before anything is uploaded.
    QVERIFY(m_registry->clearRequestLog());
    QCOMPARE(publish(folder).error.reason, Error::Reason::VersionExists);
    QCOMPARE(requests(*m_registry), QStringList{QStringLiteral("PackageVersionTaken")});
}

void TestWasmerPublish::multipartUpload()
{
    const PublishResult result =
        publish(packageFolder(QStringLiteral("demo/multipart"), QStringLiteral("0.1.0")), false);
    QCOMPARE(result.outcome, PublishResult::Outcome::Published);
    QCOMPARE(requests(*m_registry),
             (QStringList{QStringLiteral("PackageVersionTaken"), QStringLiteral("PublishPackage"),
                          QStringLiteral("PackageVersionTaken")}));
    const auto page = await(m_backend->package(PackageId::fromString(QStringLiteral("demo/multipart"))));
    QVERIFY2(page.finished(), qPrintable(describe(page.error)));
    QCOMPARE(page.value.details->commands.size(), 1);
}

void TestWasmerPublish::namespaceOfOthersRefusedBeforeUpload()
{
    const PublishResult result =
        publish(packageFolder(QStringLiteral("wasmer/not-mine"), QStringLiteral("1.0.0")));
    QCOMPARE(result.outcome, PublishResult::Outcome::NotPublished);
    QCOMPARE(result.error.reason, Error::Reason::Forbidden);
    QVERIFY(result.error.userText().contains(QStringLiteral("“wasmer”")));
    QCOMPARE(requests(*m_registry), QStringList{QStringLiteral("PackageVersionTaken")});
}

QTEST_MAIN(TestWasmerPublish)
#include "tst_wasmer-publish.moc"
