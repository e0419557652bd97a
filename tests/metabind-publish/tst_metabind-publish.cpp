// Publishing a Metabind project (issue 15, acceptance 5): the publisher shows the project's current
// components and assets and the latest version, suggests the next ones, says a taken or lower version under
// the field; a new version published through the window opens its package page, and package(version:)
// answers it; a taken version, a lower one and a project without components are refused on the registry
// before anything changes.
#include "registry/RegistryBackend.h"
#include "registry/parts/AccountAccess.h"
#include "registry/parts/ProjectPublishing.h"
#include "session/AccountSession.h"
#include "session/RegistrySession.h"
#include "support/JobOutcome.h"
#include "support/LocalRegistry.h"
#include "support/TestDialects.h"
#include "views/BrowserStack.h"
#include "views/MainWindow.h"
#include "views/auth/AccountController.h"
#include "views/pages/ComponentsView.h"
#include "views/pages/PackageBundleTabs.h"
#include "views/pages/PackageDetailsPage.h"
#include "views/publish/FieldErrorLabel.h"
#include "views/publish/ProjectPublisher.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

namespace {

constexpr int kTimeoutMs = 30000;
const QString kDemoKey = QStringLiteral("demo-org:demo-project:mb-demo-key");

QStringList childTexts(const QTreeWidget* tree, int section)
{
    QStringList texts;
    const QTreeWidgetItem* top = tree->topLevelItem(section);
    for (int i = 0; top && i < top->childCount(); ++i)
        texts.append(top->child(i)->text(0));
    return texts;
}

} // namespace

class TestMetabindPublish : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void newVersionPublishedThroughTheWindowOpensItsPage();
    void takenVersionIsRefusedBeforeAnythingChanges();

private:
    // The window on the Metabind registry, with the demo project's key and signed in.
    std::unique_ptr<MainWindow> openWindow();
    ProjectPublisher* openPublisher(MainWindow* window);
    int packagePosts();

    std::unique_ptr<LocalRegistry> m_registry;
};

void TestMetabindPublish::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    LocalRegistry::Options options;
    options.faults = true;
    m_registry = std::make_unique<LocalRegistry>(options);
    QString error;
    QVERIFY2(m_registry->start(&error), qPrintable(error));
}

std::unique_ptr<MainWindow> TestMetabindPublish::openWindow()
{
    QSettings().clear();
    MainWindow::Options options;
    options.registryUrl = m_registry->endpoint(QStringLiteral("metabind"));
    auto window = std::make_unique<MainWindow>(options);
    window->show();
    // Every Metabind read needs the key: it is given as soon as there is a backend to make it with.
    if (!QTest::qWaitFor([&] { return window->session()->backend() && window->accounts()->current(); },
                         kTimeoutMs))
        return nullptr;
    AccountSession* account = window->accounts()->current();
    account->useKeyForSession(window->session()->backend()->account()->credentialFromPastedKey(kDemoKey));
    if (!QTest::qWaitFor([&] { return window->session()->state() == RegistrySession::State::Connected; },
                         kTimeoutMs))
        return nullptr;
    if (!QTest::qWaitFor([&] { return window->session()->backend() && account->backend(); }, kTimeoutMs) ||
        !window->session()->backend()->projectPublishing()) {
        qWarning("no Metabind backend with a publishing part: %s %d",
                 window->session()->backend() ? qPrintable(window->session()->backend()->dialect().id())
                                              : "none",
                 int(window->session()->state()));
        return nullptr;
    }
    QSignalSpy signedIn(account, &AccountSession::signedIn);
    account->signIn(QStringLiteral("demo@example.com"), QStringLiteral("demo-password-1"));
    if (!signedIn.wait(kTimeoutMs)) {
        qWarning("not signed in");
        return nullptr;
    }
    return window;
}

ProjectPublisher* TestMetabindPublish::openPublisher(MainWindow* window)
{
    window->openPublishWizard();
    ProjectPublisher* publisher = nullptr;
    if (!QTest::qWaitFor(
            [&] { return (publisher = window->findChild<ProjectPublisher*>()) && publisher->isVisible(); },
            kTimeoutMs))
        return nullptr;
    if (!QTest::qWaitFor([&] { return publisher->contentsLoaded(); }, kTimeoutMs))
        return nullptr;
    return publisher;
}

int TestMetabindPublish::packagePosts()
{
    int posts = 0;
    for (const QJsonValue& entry : m_registry->requestLog()) {
        const QJsonObject request = entry.toObject();
        if (request.value(QStringLiteral("method")).toString() == QLatin1String("POST") &&
            request.value(QStringLiteral("path")).toString().endsWith(QStringLiteral("/packages")))
            ++posts;
    }
    return posts;
}

void TestMetabindPublish::newVersionPublishedThroughTheWindowOpensItsPage()
{
    std::unique_ptr<MainWindow> window = openWindow();
    QVERIFY(window);
    ProjectPublisher* publisher = openPublisher(window.get());
    QVERIFY(publisher);

    // The project the key names, what it holds now, the latest version and the next ones.
    QCOMPARE(publisher->findChild<QComboBox*>(QStringLiteral("organization"))->currentText(),
             QStringLiteral("demo-org"));
    QCOMPARE(publisher->findChild<QComboBox*>(QStringLiteral("project"))->currentText(),
             QStringLiteral("demo-project"));
    auto* tree = publisher->findChild<QTreeWidget*>(QStringLiteral("contents"));
    const QStringList components = childTexts(tree, 0);
    for (const QString& name : {QStringLiteral("PromoStrip"), QStringLiteral("ProductCard"),
                                QStringLiteral("HeroBanner"), QStringLiteral("ArticleLayout")})
        QVERIFY2(components.join(QLatin1Char(' ')).contains(name),
                 qPrintable(components.join(QLatin1Char(','))));
    QVERIFY(childTexts(tree, 1).contains(QStringLiteral("promo-truck.json")));
    QCOMPARE(publisher->findChild<QLabel*>(QStringLiteral("latestVersion"))->text(), QStringLiteral("1.1.0"));
    auto* publish = publisher->findChild<QPushButton*>(QStringLiteral("publish"));
    QVERIFY(!publish->isEnabled()); // no version yet

    // A taken version is said under the field, and cannot be sent.
    auto* version = publisher->findChild<QLineEdit*>(QStringLiteral("version"));
    QTest::keyClicks(version, QStringLiteral("1.1.0"));
    auto* problem = publisher->findChild<FieldErrorLabel*>(QStringLiteral("versionProblem"));
    QVERIFY(problem->hasErrors());
    QVERIFY2(problem->text().contains(QStringLiteral("already published")), qPrintable(problem->text()));
    QVERIFY(!publish->isEnabled());

    // The next minor version, one click; notes; Publish.
    auto* nextMinor = publisher->findChild<QPushButton*>(QStringLiteral("nextMinor"));
    QVERIFY2(nextMinor->text().contains(QStringLiteral("1.2.0")), qPrintable(nextMinor->text()));
    QTest::mouseClick(nextMinor, Qt::LeftButton);
    QCOMPARE(version->text(), QStringLiteral("1.2.0"));
    QVERIFY(!problem->hasErrors());
    QTest::keyClicks(publisher->findChild<QPlainTextEdit*>(QStringLiteral("notes")),
                     QStringLiteral("Adds PromoStrip."));
    QVERIFY(publish->isEnabled());
    QSignalSpy ended(publisher, &ProjectPublisher::publishEnded);
    QTest::mouseClick(publish, Qt::LeftButton);
    QVERIFY(ended.wait(kTimeoutMs));
    QCOMPARE(publisher->result().outcome, PublishResult::Outcome::Published);
    QCOMPARE(publisher->result().version, QStringLiteral("1.2.0"));

    // Its package page opens, with what was packaged.
    PackageDetailsPage* page = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((page = qobject_cast<PackageDetailsPage*>(window->browser()->currentPage())) &&
                                 page->isShowingContent(),
                             kTimeoutMs);
    QCOMPARE(page->packageId().name, QStringLiteral("1.2.0"));
    QCOMPARE(page->package().latestVersion, QStringLiteral("1.2.0"));
    // The Metabind package page opens on the components: PromoStrip, packaged now, is one of them.
    QCOMPARE(page->tabs()->currentIndex(), int(PackageDetailsPage::ComponentsTab));
    QStringList shown;
    const QTreeWidget* list = page->bundleTabs()->components()->list();
    for (int row = 0; row < list->topLevelItemCount(); ++row)
        shown.append(list->topLevelItem(row)->text(0));
    QVERIFY2(shown.contains(QStringLiteral("PromoStrip")), qPrintable(shown.join(QLatin1Char(','))));
    QCOMPARE(shown.size(), 4);

    // package(version:) answers it.
    const auto answer = await(window->session()->backend()->package(PackageId{{}, QStringLiteral("1.2.0")}));
    QVERIFY2(answer.finished(), qPrintable(describe(answer.error)));
    QCOMPARE(answer.value.latestVersion, QStringLiteral("1.2.0"));
}

void TestMetabindPublish::takenVersionIsRefusedBeforeAnythingChanges()
{
    std::unique_ptr<MainWindow> window = openWindow();
    QVERIFY(window);
    ProjectPublishing* publishing = window->session()->backend()->projectPublishing();
    const PublishProject project{QStringLiteral("demo-org"), QStringLiteral("demo-project"), {}};
    const auto before = await(publishing->contents(project));
    QVERIFY2(before.finished(), qPrintable(describe(before.error)));
    QVERIFY(m_registry->clearRequestLog());

    // Taken: refused on the registry's list, with no publish request.
    const auto taken = await(publishing->publishProject(project, QStringLiteral("1.0.0"), {}));
    QVERIFY(taken.finished());
    QCOMPARE(taken.value.outcome, PublishResult::Outcome::NotPublished);
    QCOMPARE(taken.value.error.reason, Error::Reason::VersionExists);
    QVERIFY2(taken.value.error.userText().contains(QStringLiteral("1.0.0")),
             qPrintable(taken.value.error.userText()));
    // Lower than the latest: the next one is named.
    const auto lower = await(publishing->publishProject(project, QStringLiteral("0.9.5"), {}));
    QCOMPARE(lower.value.outcome, PublishResult::Outcome::HigherVersionRequired);
    QCOMPARE(lower.value.error.reason, Error::Reason::VersionTooLow);
    QVERIFY(!lower.value.minNextVersion.isEmpty());
    // Not a version: refused locally, in the field.
    const auto invalid = await(publishing->publishProject(project, QStringLiteral("v2"), {}));
    QCOMPARE(invalid.value.outcome, PublishResult::Outcome::NotPublished);
    QCOMPARE(invalid.value.fieldErrors.value(0).field, QStringLiteral("/version"));
    // Nothing to package.
    const auto empty = await(publishing->publishProject(
        {QStringLiteral("demo-org"), QStringLiteral("demo-empty"), {}}, QStringLiteral("1.0.0"), {}));
    QCOMPARE(empty.value.outcome, PublishResult::Outcome::NotPublished);
    QCOMPARE(empty.value.error.field, QStringLiteral("components"));
    QCOMPARE(packagePosts(), 0);
    const auto after = await(publishing->contents(project));
    QCOMPARE(after.value.versions, before.value.versions);

    // The server's own refusal, should a version be taken between the check and the publish, is read too.
    QVERIFY(m_registry->armFault(
        {{QStringLiteral("match"),
          QStringLiteral("/metabind/app/v1/organizations/demo-org/projects/demo-project/packages")},
         {QStringLiteral("kind"), QStringLiteral("http")},
         {QStringLiteral("status"), 409},
         {QStringLiteral("body"),
          QJsonObject{{QStringLiteral("error"),
                       QJsonObject{{QStringLiteral("code"), QStringLiteral("PACKAGE_VERSION_EXISTS")},
                                   {QStringLiteral("message"),
                                    QStringLiteral("Package version 7.0.0 already exists")},
                                   {QStringLiteral("details"),
                                    QJsonObject{{QStringLiteral("version"), QStringLiteral("7.0.0")}}}}}}},
         {QStringLiteral("times"), 0}}));
    const auto raced = await(publishing->publishProject(project, QStringLiteral("7.0.0"), {}));
    QVERIFY(m_registry->clearFaults());
    QCOMPARE(raced.value.outcome, PublishResult::Outcome::NotPublished);
    // The fault answers the GET of the version list too: refused before the POST, or by it.
    QVERIFY2(raced.value.error.reason == Error::Reason::VersionExists,
             qPrintable(describe(raced.value.error)));
}

QTEST_MAIN(TestMetabindPublish)
#include "tst_metabind-publish.moc"
