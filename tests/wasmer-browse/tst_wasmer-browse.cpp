// Browsing a Wasmer registry in the main window (issue 14, acceptance 1), with QTest input on the real
// widgets over the local registry: the recent packages, a namespace from the sidebar, the interface page of
// wasi listing _/python (the WAPM example getInterfaceVersion(name: "wasi", version: "latest")), package
// pages with modules, commands (the line to run) and dependencies (links), a user's packages, older versions,
// and the search filter bar. DEPOT_TEST_SHOTS=FOLDER saves a picture of each page there, for people to look
// at.
#include "models/PackageGroupListModel.h"
#include "models/PackageListModel.h"
#include "session/RegistrySession.h"
#include "support/LocalRegistry.h"
#include "views/BrowserStack.h"
#include "views/GroupResultsView.h"
#include "views/GroupSection.h"
#include "views/MainWindow.h"
#include "views/PackageListPage.h"
#include "views/RegistrySections.h"
#include "views/SearchFilterBar.h"
#include "views/pages/InterfacePage.h"
#include "views/pages/LinkButton.h"
#include "views/pages/MarkdownBrowser.h"
#include "views/pages/PackageContentsTabs.h"
#include "views/pages/PackageDetailsPage.h"
#include "views/pages/PackageGroupPage.h"
#include "views/pages/PageHeader.h"
#include "views/pages/PagedPackageTable.h"
#include "views/pages/UserPage.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

namespace {

constexpr int kTimeoutMs = 20000;

QStringList column(const QAbstractItemModel* model, int column = 0)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, column).data().toString());
    return values;
}

QStringList treeColumn(const QTreeWidget* tree, int column = 0)
{
    QStringList values;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        values.append(tree->topLevelItem(i)->text(column));
    return values;
}

// Clicks the row showing `text` in `view`, as a person does; with `doubleClick`, double-clicks it.
bool clickRow(QAbstractItemView* view, const QString& text, int column = 0, bool doubleClick = false)
{
    const QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        if (index.data().toString() != text)
            continue;
        view->scrollTo(index);
        const QPoint centre = view->visualRect(index).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
        if (doubleClick)
            QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
        return true;
    }
    return false;
}

template <typename Page> Page* shown(const MainWindow& window)
{
    auto* page = qobject_cast<Page*>(window.browser()->currentPage());
    return page && page->isShowingContent() ? page : nullptr;
}

void picture(QWidget* window, const QString& name)
{
    const QString folder = qEnvironmentVariable("DEPOT_TEST_SHOTS");
    if (!folder.isEmpty() && QDir().mkpath(folder))
        window->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace

class TestWasmerBrowse : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void recentPackagesNamespaceInterfaceAndPackagePages();
    void userPagesAndOlderVersions();
    void searchFilterBar();

private:
    std::unique_ptr<MainWindow> openWindow();

    std::unique_ptr<LocalRegistry> m_registry;
};

void TestWasmerBrowse::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DepotTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_wasmer-browse"));
    m_registry = std::make_unique<LocalRegistry>();
    QString error;
    QVERIFY2(m_registry->start(&error), qPrintable(error));
}

void TestWasmerBrowse::init()
{
    QSettings().clear(); // every test is a first run
}

std::unique_ptr<MainWindow> TestWasmerBrowse::openWindow()
{
    MainWindow::Options options;
    options.registryUrl = m_registry->endpoint(QStringLiteral("wasmer"));
    auto window = std::make_unique<MainWindow>(options);
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("the window did not become active");
    return window;
}

void TestWasmerBrowse::recentPackagesNamespaceInterfaceAndPackagePages()
{
    auto window = openWindow();
    // The recent packages: one row per package's latest version, newest first.
    QTableView* table = window->packagePage()->table();
    QTRY_VERIFY_WITH_TIMEOUT(column(table->model()).contains(QStringLiteral("python")), kTimeoutMs);
    const QStringList recent = column(table->model(), PackageListModel::IdentifierColumn);
    for (const char* id : {"_/python", "wasmer/static-web-server", "_/coreutils", "syrusakbary/cowsay"})
        QVERIFY2(recent.contains(QLatin1String(id)), qPrintable(recent.join(QLatin1Char(' '))));
    QCOMPARE(recent.first(), QStringLiteral("demo/hello-demo"));
    picture(window.get(), QStringLiteral("1-recent"));

    // A namespace from the sidebar: its page with its packages.
    GroupSection* namespaces = window->sections()->catalogs();
    QTRY_VERIFY_WITH_TIMEOUT(column(namespaces->model()).contains(QStringLiteral("Wasmer")), kTimeoutMs);
    QVERIFY(clickRow(namespaces->list(), QStringLiteral("Wasmer")));
    PackageGroupPage* group = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((group = shown<PackageGroupPage>(*window)), kTimeoutMs);
    QCOMPARE(group->slug(), QStringLiteral("wasmer"));
    QCOMPARE(group->header()->titleLabel()->text(), QStringLiteral("Wasmer"));
    QTableView* groupTable = group->packages()->table();
    QTRY_COMPARE_WITH_TIMEOUT(column(groupTable->model()).size(), 2, kTimeoutMs);
    QVERIFY(column(groupTable->model()).contains(QStringLiteral("static-web-server")));
    picture(window.get(), QStringLiteral("2-namespace"));

    // The interface page of wasi: its latest version's text and the packages implementing it.
    GroupSection* interfaces = window->sections()->interfaces();
    QTRY_VERIFY_WITH_TIMEOUT(column(interfaces->model()).contains(QStringLiteral("WASI")), kTimeoutMs);
    QVERIFY(clickRow(interfaces->list(), QStringLiteral("WASI")));
    InterfacePage* wasi = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((wasi = shown<InterfacePage>(*window)), kTimeoutMs);
    QCOMPARE(wasi->name(), QStringLiteral("wasi"));
    QVERIFY(!wasi->header()->descriptionLabel()->text().isEmpty());
    QCOMPARE(column(wasi->versionChoice()->model()),
             (QStringList{QStringLiteral("0.1.0-unstable"), QStringLiteral("0.0.0-unstable")}));
    QTableView* implementing = wasi->packages()->table();
    QTRY_VERIFY_WITH_TIMEOUT(column(implementing->model(), PackageListModel::IdentifierColumn).size() == 3,
                             kTimeoutMs);
    const QStringList implementers = column(implementing->model(), PackageListModel::IdentifierColumn);
    for (const char* id : {"_/python", "JeremyLikness/wasi-ubasic", "vshymanskyy/wasm3"})
        QVERIFY2(implementers.contains(QLatin1String(id)), qPrintable(implementers.join(QLatin1Char(' '))));
    QVERIFY(!wasi->textView()->toPlainText().isEmpty());
    QCOMPARE(wasi->textView()->font().styleHint(), QFont::Monospace);
    picture(window.get(), QStringLiteral("3-interface"));
    // The older version lists the packages implementing that one.
    wasi->versionChoice()->setCurrentIndex(1);
    QTRY_VERIFY_WITH_TIMEOUT(column(implementing->model(), PackageListModel::IdentifierColumn)
                                 .contains(QStringLiteral("syrusakbary/cowsay")),
                             kTimeoutMs);
    QVERIFY(!column(implementing->model(), PackageListModel::IdentifierColumn)
                 .contains(QStringLiteral("_/python")));

    // A package page from the list: modules, commands with the line that runs it, dependencies as links.
    wasi->versionChoice()->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(column(implementing->model()).contains(QStringLiteral("python")), kTimeoutMs);
    QVERIFY(clickRow(implementing, QStringLiteral("python"), 0, true));
    PackageDetailsPage* python = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((python = shown<PackageDetailsPage>(*window)), kTimeoutMs);
    QCOMPARE(python->packageId().toString(), QStringLiteral("_/python"));
    QVERIFY2(python->factsLabel()->text().contains(QStringLiteral("48,213 downloads")),
             qPrintable(python->factsLabel()->text()));
    QVERIFY(
        python->factsLabel()->text().contains(QStringLiteral("Signed by syrusakbary (key DEMO-SYRUS-1)")));
    QVERIFY(python->factsLabel()->text().contains(QStringLiteral("PSF-2.0")));
    QCOMPARE(python->catalogLink()->text(), QStringLiteral("Namespace: Global"));
    QVERIFY(python->repositoryLink()->isVisible());
    QVERIFY(python->tabs()->isTabVisible(PackageDetailsPage::FilesTab));
    QCOMPARE(treeColumn(python->contents()->filesystemView(), 0),
             QStringList{QStringLiteral("/lib/python3.6")});
    QCOMPARE(treeColumn(python->contents()->filesystemView(), 1), QStringList{QStringLiteral("lib")});
    QVERIFY(python->packageFileView()->toPlainText().contains(QStringLiteral("[package]")));
    picture(window.get(), QStringLiteral("4-python"));

    window->openReference(QStringLiteral("_/coreutils"));
    PackageDetailsPage* coreutils = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((coreutils = shown<PackageDetailsPage>(*window)) &&
                                 coreutils->packageId().toString() == QStringLiteral("_/coreutils"),
                             kTimeoutMs);
    QTabWidget* tabs = coreutils->tabs();
    QVERIFY(tabs->isTabVisible(PackageDetailsPage::ModulesTab));
    tabs->setCurrentIndex(PackageDetailsPage::ModulesTab);
    QTreeWidget* modules = coreutils->contents()->modulesView();
    QCOMPARE(treeColumn(modules), (QStringList{QStringLiteral("coreutils"), QStringLiteral("uutils-extra")}));
    QCOMPARE(treeColumn(modules, 1), (QStringList{QStringLiteral("wasi"), QStringLiteral("none")}));
    picture(window.get(), QStringLiteral("5-modules"));
    QVERIFY(tabs->isTabVisible(PackageDetailsPage::CommandsTab));
    tabs->setCurrentIndex(PackageDetailsPage::CommandsTab);
    QCOMPARE(treeColumn(coreutils->contents()->commandsView()),
             (QStringList{QStringLiteral("ls"), QStringLiteral("cat"), QStringLiteral("echo"),
                          QStringLiteral("wc")}));
    QCOMPARE(coreutils->contents()->runLine()->text(), QStringLiteral("wasmer run coreutils"));
    QTest::mouseClick(coreutils->contents()->copyRunButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("wasmer run coreutils"));
    picture(window.get(), QStringLiteral("6-commands"));

    window->openReference(QStringLiteral("wasmer/static-web-server"));
    PackageDetailsPage* server = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((server = shown<PackageDetailsPage>(*window)) &&
                                 server->packageId().toString() == QStringLiteral("wasmer/static-web-server"),
                             kTimeoutMs);
    server->tabs()->setCurrentIndex(PackageDetailsPage::DependenciesTab);
    const QList<QPushButton*> links = server->contents()->dependencyLinks();
    QStringList dependencies;
    for (QPushButton* link : links)
        dependencies.append(link->text());
    QCOMPARE(dependencies,
             (QStringList{QStringLiteral("wasmer/hello@0.2.0"), QStringLiteral("_/coreutils@0.1.0")}));
    QVERIFY(links.first()->toolTip().contains(QStringLiteral("^0.2.0")));
    picture(window.get(), QStringLiteral("7-dependencies"));
    // A dependency is a link to the version it resolves to.
    QTest::mouseClick(links.first(), Qt::LeftButton);
    PackageDetailsPage* hello = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((hello = shown<PackageDetailsPage>(*window)) &&
                                 hello->packageId().toString() == QStringLiteral("wasmer/hello"),
                             kTimeoutMs);
    QCOMPARE(window->browser()->currentLocation().key, QStringLiteral("wasmer/hello@0.2.0"));
    QCOMPARE(hello->contents()->runLine()->text(), QStringLiteral("wasmer run wasmer/hello"));
    // Back leads to the page with the link.
    window->goBack();
    QTRY_COMPARE(window->browser()->currentLocation().key, QStringLiteral("wasmer/static-web-server"));
}

void TestWasmerBrowse::userPagesAndOlderVersions()
{
    auto window = openWindow();
    QTRY_COMPARE_WITH_TIMEOUT(window->session()->state(), RegistrySession::State::Connected, kTimeoutMs);
    window->openReference(QStringLiteral("syrusakbary/cowsay@0.1.2"));
    PackageDetailsPage* cowsay = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((cowsay = shown<PackageDetailsPage>(*window)), kTimeoutMs);
    QCOMPARE(cowsay->requestedVersion(), QStringLiteral("0.1.2"));
    QVERIFY2(cowsay->header()->subtitleLabel()->text().contains(QStringLiteral("the latest is 0.2.0")),
             qPrintable(cowsay->header()->subtitleLabel()->text()));
    QCOMPARE(cowsay->contents()->runLine()->text(), QStringLiteral("wasmer run syrusakbary/cowsay@0.1.2"));
    // The versions tab opens the others: the latest is the package's page.
    cowsay->tabs()->setCurrentIndex(PackageDetailsPage::VersionsTab);
    QVERIFY(clickRow(cowsay->versionsView(), QStringLiteral("0.2.0"), 0, true));
    QTRY_COMPARE_WITH_TIMEOUT(window->browser()->currentLocation().key, QStringLiteral("syrusakbary/cowsay"),
                              kTimeoutMs);
    PackageDetailsPage* latest = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((latest = shown<PackageDetailsPage>(*window)), kTimeoutMs);
    QCOMPARE(latest->package().details->version, QStringLiteral("0.2.0"));

    // The owner is a user: the link opens their page, which lists their packages.
    QVERIFY(latest->ownerLink()->isVisible());
    QTest::mouseClick(latest->ownerLink(), Qt::LeftButton);
    UserPage* user = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((user = shown<UserPage>(*window)), kTimeoutMs);
    QCOMPARE(user->username(), QStringLiteral("syrusakbary"));
    QVERIFY(user->packages());
    QTRY_VERIFY_WITH_TIMEOUT(column(user->packages()->table()->model()).contains(QStringLiteral("cowsay")),
                             kTimeoutMs);
    picture(window.get(), QStringLiteral("8-user"));
}

void TestWasmerBrowse::searchFilterBar()
{
    auto window = openWindow();
    PackageListPage* list = window->packagePage();
    QTRY_VERIFY_WITH_TIMEOUT(list->filterBar()->isVisible(), kTimeoutMs);
    SearchFilterBar* bar = list->filterBar();
    QTableView* table = list->table();
    QTRY_VERIFY_WITH_TIMEOUT(column(table->model()).size() == 11, kTimeoutMs);
    // A licence: only the packages under it.
    QTest::keyClicks(bar->licenceField(), QStringLiteral("Apache-2.0"));
    QTest::keyClick(bar->licenceField(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(column(table->model(), PackageListModel::IdentifierColumn),
                              QStringList{QStringLiteral("wasmer/static-web-server")}, kTimeoutMs);
    bar->licenceField()->clear();
    QTest::keyClick(bar->licenceField(), Qt::Key_Return);
    bar->orderChoice()->setCurrentIndex(bar->orderChoice()->findText(QStringLiteral("Most downloaded")));
    emit bar->orderChoice()->activated(bar->orderChoice()->currentIndex());
    QTRY_VERIFY_WITH_TIMEOUT(column(table->model(), PackageListModel::IdentifierColumn).value(0) ==
                                 QStringLiteral("syrusakbary/cowsay"),
                             kTimeoutMs);
    picture(window.get(), QStringLiteral("9-filters"));

    // Users matching the words instead of packages; one opens their page.
    QComboBox* kind = bar->kindChoice();
    kind->setCurrentIndex(kind->findText(QStringLiteral("Users")));
    emit kind->activated(kind->currentIndex());
    QTest::keyClicks(window->searchField(), QStringLiteral("syrus"));
    GroupResultsView* results = list->results();
    QTRY_VERIFY_WITH_TIMEOUT(!results->isHidden() && results->model()->rowCount() == 1, kTimeoutMs);
    QCOMPARE(results->model()->index(0).data(PackageGroupListModel::SlugRole).toString(),
             QStringLiteral("syrusakbary"));
    QVERIFY(clickRow(results->list(), results->model()->index(0).data().toString()));
    QTRY_VERIFY_WITH_TIMEOUT(shown<UserPage>(*window), kTimeoutMs);
}

QTEST_MAIN(TestWasmerBrowse)
#include "tst_wasmer-browse.moc"
