// Browsing a DataPM registry in the main window (issue 4), with QTest input on the real widgets over the
// real local registry: search as you type (and its stale answers), every page type, Back and Forward,
// the sidebar's sections, sorting, the last page at the next start, scrolling through 5000 packages, and
// recovering by itself when the registry comes back.

#include "models/PackageGroupListModel.h"
#include "models/PackageListModel.h"
#include "models/VersionListModel.h"
#include "registry/CachedAnswers.h"
#include "registry/RegistryList.h"
#include "session/RegistrySession.h"
#include "support/LocalRegistry.h"
#include "support/TestDialects.h"
#include "views/BrowserStack.h"
#include "views/GroupSection.h"
#include "views/MainWindow.h"
#include "views/RegistrySidebar.h"
#include "views/MessagePage.h"
#include "views/PackageListPage.h"
#include "views/RegistrySections.h"
#include "views/pages/LinkButton.h"
#include "views/pages/MarkdownBrowser.h"
#include "views/pages/PackageDetailsPage.h"
#include "views/pages/PackageGroupPage.h"
#include "views/pages/PageHeader.h"
#include "views/pages/PagedPackageTable.h"
#include "views/pages/UserPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

namespace {

constexpr int kLoadTimeoutMs = 20000;

QStringList tableNames(const QTableView* table)
{
    QStringList names;
    const QAbstractItemModel* model = table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, PackageListModel::NameColumn).data().toString());
    return names;
}

QStringList sortedTableNames(const QTableView* table)
{
    QStringList names = tableNames(table);
    names.sort();
    return names;
}

// The operation names of the requests the registry saw, oldest first.
QStringList operations(LocalRegistry& registry, const QString& only = {})
{
    QStringList names;
    const QJsonArray log = registry.requestLog();
    for (const QJsonValue& entry : log) {
        const QString name = entry.toObject().value(QStringLiteral("operationName")).toString();
        if (only.isEmpty() || name == only)
            names.append(name);
    }
    return names;
}

template <typename Page> Page* currentPageAs(const MainWindow& window)
{
    return qobject_cast<Page*>(window.browser()->currentPage());
}

// Clicks the row showing `text` in `view` (scrolled into view first), as a person does.
bool clickRow(QAbstractItemView* view, const QString& text, bool doubleClick = false)
{
    const QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
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

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 0;
    return probe.serverPort();
}

} // namespace

class TestBrowse : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void searchSelectAndOpenEveryPage();
    void backAndForwardRestorePages();
    void oldPagesAreRebuiltWithTheirState();
    void staleSearchAnswerIsDropped();
    void escapeReturnsToLatest();
    void sortingWaitsForTheWholeList();
    void sectionsFollowCapabilities();
    void lastPageRestoredAtNextStart();
    void scrollingLoadsAllBulkPackages();
    void unreachableRecoversByItself();
    void laterPageRecoversKeepingRows();

private:
    std::unique_ptr<MainWindow> openWindow(const QUrl& registry);

    std::unique_ptr<LocalRegistry> m_registry;
};

void TestBrowse::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DepotTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_browse"));
    m_registry = std::make_unique<LocalRegistry>(LocalRegistry::Options{QStringLiteral("demo"), true, {}});
    QString error;
    QVERIFY2(m_registry->start(&error), qPrintable(error));
}

void TestBrowse::init()
{
    QSettings().clear(); // every test is a first run
    QVERIFY(m_registry->clearFaults());
    QVERIFY(m_registry->clearRequestLog());
}

std::unique_ptr<MainWindow> TestBrowse::openWindow(const QUrl& registry)
{
    MainWindow::Options options;
    options.registryUrl = registry;
    auto window = std::make_unique<MainWindow>(options);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("the window did not become active");
    return window;
}

// Acceptance 1: search, select, open each page type and check what it shows.
void TestBrowse::searchSelectAndOpenEveryPage()
{
    auto window = openWindow(m_registry->endpoint(QStringLiteral("datapm")));
    PackageListPage* list = window->packagePage();
    QTableView* table = list->table();
    QTRY_VERIFY_WITH_TIMEOUT(tableNames(table).contains(QStringLiteral("Nobel Laureates")), kLoadTimeoutMs);
    QCOMPARE(window->browser()->currentPage(), list);
    QCOMPARE(list->title(), QStringLiteral("Latest packages"));

    // Ctrl+K puts the cursor in the search field; typing searches on the server.
    table->setFocus();
    QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(window->searchField()->hasFocus());
    QTest::keyClicks(window->searchField(), QStringLiteral("cities"));
    QTRY_VERIFY_WITH_TIMEOUT(!tableNames(table).contains(QStringLiteral("Nobel Laureates")) &&
                                 window->packageModel()->state() == PackageListModel::State::Finished,
                             kLoadTimeoutMs);
    QVERIFY(tableNames(table).contains(QStringLiteral("World Cities")));
    QCOMPARE(list->title(), QStringLiteral("Search for “cities”"));
    QCOMPARE(window->packageModel()->state(), PackageListModel::State::Finished);

    // Select with a click, open with Enter.
    QVERIFY(clickRow(table, QStringLiteral("World Cities")));
    QCOMPARE(window->browser()->currentPage(), list); // a click selects, it does not open
    QTest::keyClick(table, Qt::Key_Return);
    PackageDetailsPage* package = nullptr;
    QTRY_VERIFY((package = currentPageAs<PackageDetailsPage>(*window)));
    QTRY_VERIFY_WITH_TIMEOUT(package->isShowingContent(), kLoadTimeoutMs);
    QVERIFY(package->isVisible());
    QCOMPARE(package->packageId().toString(), QStringLiteral("opendata/world-cities"));
    QCOMPARE(package->header()->titleLabel()->text(), QStringLiteral("World Cities"));
    QVERIFY2(window->windowTitle().startsWith(QStringLiteral("World Cities — ")),
             qPrintable(window->windowTitle()));
    QCOMPARE(package->header()->subtitleLabel()->text(), QStringLiteral("opendata/world-cities"));
    QVERIFY(package->header()->descriptionLabel()->text().contains(QStringLiteral("large cities")));
    QVERIFY2(package->readmeView()->toPlainText().contains(QStringLiteral("Usage")),
             qPrintable(package->readmeView()->toPlainText().left(200)));
    QVERIFY(package->versionModel()->rowCount() >= 1);
    QVERIFY(package->catalogLink()->isVisible());

    // The catalog link opens the catalog page with its packages.
    QTest::mouseClick(package->catalogLink(), Qt::LeftButton);
    PackageGroupPage* catalog = nullptr;
    QTRY_VERIFY((catalog = currentPageAs<PackageGroupPage>(*window)));
    QTRY_VERIFY_WITH_TIMEOUT(catalog->isShowingContent(), kLoadTimeoutMs);
    QCOMPARE(catalog->slug(), QStringLiteral("opendata"));
    QCOMPARE(catalog->header()->titleLabel()->text(), QStringLiteral("Open Data Commons"));
    QVERIFY(catalog->header()->descriptionLabel()->text().contains(QStringLiteral("Community maintained")));
    QTRY_VERIFY_WITH_TIMEOUT(
        tableNames(catalog->packages()->table()).contains(QStringLiteral("World Cities")), kLoadTimeoutMs);
    QVERIFY(!tableNames(catalog->packages()->table()).contains(QStringLiteral("GDP by Country")));

    // "Latest packages" in the sidebar: the list again, without the search
    // (the sidebar's catalogs and collections follow the search: all of them again).
    QListWidget* latest = window->sections()->latestList();
    QTest::mouseClick(latest->viewport(), Qt::LeftButton, {},
                      latest->visualItemRect(latest->item(0)).center());
    QTRY_COMPARE(window->browser()->currentPage(), list);
    QCOMPARE(window->searchField()->text(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(tableNames(table).contains(QStringLiteral("Nobel Laureates")), kLoadTimeoutMs);

    // A collection from the sidebar, then a package of it with a double-click.
    QListView* collections = window->sections()->collections()->list();
    QTRY_COMPARE_WITH_TIMEOUT(collections->model()->rowCount(), 2, kLoadTimeoutMs);
    QVERIFY(clickRow(collections, QStringLiteral("Climate and Weather")));
    PackageGroupPage* collection = nullptr;
    QTRY_VERIFY((collection = currentPageAs<PackageGroupPage>(*window)));
    QTRY_VERIFY_WITH_TIMEOUT(collection->isShowingContent(), kLoadTimeoutMs);
    QCOMPARE(collection->header()->titleLabel()->text(), QStringLiteral("Climate and Weather"));
    QTableView* collectionTable = collection->packages()->table();
    QTRY_VERIFY_WITH_TIMEOUT(tableNames(collectionTable).contains(QStringLiteral("Sea Level Rise")),
                             kLoadTimeoutMs);
    QCOMPARE(tableNames(collectionTable).size(), 6);
    QVERIFY(clickRow(collectionTable, QStringLiteral("Sea Level Rise"), true));
    PackageDetailsPage* seaLevel = nullptr;
    QTRY_VERIFY((seaLevel = currentPageAs<PackageDetailsPage>(*window)) && seaLevel != package);
    QTRY_VERIFY_WITH_TIMEOUT(seaLevel->isShowingContent(), kLoadTimeoutMs);
    QCOMPARE(seaLevel->header()->titleLabel()->text(), QStringLiteral("Sea Level Rise"));

    // A user's public profile.
    window->browser()->open({BrowserLocation::Kind::User, QStringLiteral("alice")});
    UserPage* user = nullptr;
    QTRY_VERIFY((user = currentPageAs<UserPage>(*window)));
    QTRY_VERIFY_WITH_TIMEOUT(user->isShowingContent(), kLoadTimeoutMs);
    QCOMPARE(user->profile().username, QStringLiteral("alice"));
    QCOMPARE(user->header()->titleLabel()->text(), QStringLiteral("Alice Example"));
}

// Back and Forward (keys, toolbar, mouse buttons) bring pages back as they were.
void TestBrowse::backAndForwardRestorePages()
{
    LocalRegistry bulk(LocalRegistry::Options{QStringLiteral("bulk:300"), false, {}});
    QVERIFY(bulk.start());
    auto window = openWindow(bulk.endpoint(QStringLiteral("datapm")));
    QTableView* table = window->packagePage()->table();
    QTRY_COMPARE_WITH_TIMEOUT(window->packageModel()->rowCount(), kDefaultPageSize, kLoadTimeoutMs);
    QVERIFY(!window->backAction()->isEnabled());
    QVERIFY(!window->forwardAction()->isEnabled());

    // Load more (the page asked for and one read ahead), scroll to somewhere in the middle and pick a row.
    table->scrollToBottom();
    QTRY_COMPARE_WITH_TIMEOUT(window->packageModel()->rowCount(), 3 * kDefaultPageSize, kLoadTimeoutMs);
    QTRY_COMPARE(window->packageModel()->state(), PackageListModel::State::CanFetchMore);
    const QModelIndex chosen = table->model()->index(70, PackageListModel::NameColumn);
    table->scrollTo(chosen, QAbstractItemView::PositionAtCenter);
    table->setCurrentIndex(chosen);
    const int scroll = table->verticalScrollBar()->value();
    QVERIFY(scroll > 0);
    const QString chosenName = chosen.data().toString();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    PackageDetailsPage* package = nullptr;
    QTRY_VERIFY((package = currentPageAs<PackageDetailsPage>(*window)));
    QTRY_VERIFY_WITH_TIMEOUT(package->isShowingContent(), kLoadTimeoutMs);
    QCOMPARE(package->header()->titleLabel()->text(), chosenName);
    QVERIFY(window->backAction()->isEnabled());
    QVERIFY(window->backAction()->toolTip().contains(QStringLiteral("Latest packages")));

    // Alt+Left: the list with its rows, current row and scroll position.
    QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
    QTRY_COMPARE(window->browser()->currentPage(), window->packagePage());
    QCOMPARE(window->packageModel()->rowCount(), 3 * kDefaultPageSize);
    QTRY_COMPARE(table->verticalScrollBar()->value(), scroll);
    QCOMPARE(table->currentIndex().data().toString(), chosenName);
    QVERIFY(window->forwardAction()->isEnabled());

    // The mouse's forward button: the same page object, not loaded again.
    QTest::mouseClick(table->viewport(), Qt::ForwardButton, {}, QPoint(10, 10));
    QTRY_COMPARE(window->browser()->currentPage(), package);
    QVERIFY(package->isShowingContent());
    // The mouse's back button, then the toolbar's Forward button (named for screen readers).
    QTest::mouseClick(package, Qt::BackButton, {}, QPoint(10, 10));
    QTRY_COMPARE(window->browser()->currentPage(), window->packagePage());
    QAbstractButton* forwardButton = nullptr;
    for (QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        if (button->accessibleName() == QStringLiteral("Forward") && button->isVisible())
            forwardButton = button;
    }
    QVERIFY(forwardButton);
    QTest::mouseClick(forwardButton, Qt::LeftButton);
    QTRY_COMPARE(window->browser()->currentPage(), package);

    // A new way forward replaces the old one.
    QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
    QTRY_COMPARE(window->browser()->currentPage(), window->packagePage());
    QCOMPARE(window->browser()->historySize(), 2);
    window->browser()->open({BrowserLocation::Kind::Catalog, QStringLiteral("north-region")});
    QCOMPARE(window->browser()->historySize(), 2);
    QVERIFY(!window->forwardAction()->isEnabled());
}

// Far back in the history a page is no longer alive: it is rebuilt from its saved state (here: the tab).
void TestBrowse::oldPagesAreRebuiltWithTheirState()
{
    auto window = openWindow(m_registry->endpoint(QStringLiteral("datapm")));
    PackageListModel* model = window->packageModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 12, kLoadTimeoutMs);
    QStringList ids;
    for (int row = 0; row < 12; ++row)
        ids.append(model->index(row, 0).data(PackageListModel::IdRole).toString());

    QPointer<PackageDetailsPage> first;
    for (const QString& id : ids) {
        window->browser()->open({BrowserLocation::Kind::Package, id});
        PackageDetailsPage* page = nullptr;
        QTRY_VERIFY((page = currentPageAs<PackageDetailsPage>(*window)));
        if (id == ids.first()) {
            first = page;
            QTRY_VERIFY_WITH_TIMEOUT(page->isShowingContent(), kLoadTimeoutMs);
            page->tabs()->setCurrentIndex(PackageDetailsPage::VersionsTab);
        }
    }
    QCOMPARE(window->browser()->historySize(), 13);
    QVERIFY(!first); // dropped: only the recent pages stay alive

    for (int i = 0; i < 11; ++i)
        QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
    PackageDetailsPage* rebuilt = nullptr;
    QTRY_VERIFY((rebuilt = currentPageAs<PackageDetailsPage>(*window)));
    QCOMPARE(rebuilt->packageId().toString(), ids.first());
    QTRY_VERIFY_WITH_TIMEOUT(rebuilt->isShowingContent(), kLoadTimeoutMs);
    QTRY_COMPARE(rebuilt->tabs()->currentIndex(), int(PackageDetailsPage::VersionsTab));
    QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
    QTRY_COMPARE(window->browser()->currentPage(), window->packagePage());
    QVERIFY(!window->backAction()->isEnabled());

    // The Forward button's menu lists the pages ahead, nearest first; one jumps straight there.
    QToolButton* forwardButton = nullptr;
    for (QToolButton* button : window->findChildren<QToolButton*>()) {
        if (button->accessibleName() == QStringLiteral("Forward"))
            forwardButton = button;
    }
    QVERIFY(forwardButton && forwardButton->menu());
    QMenu* ahead = forwardButton->menu();
    ahead->popup(forwardButton->mapToGlobal(QPoint(0, forwardButton->height())));
    QTRY_VERIFY(ahead->isVisible());
    QCOMPARE(ahead->actions().size(), 12);
    QCOMPARE(ahead->actions().at(0)->text(), rebuilt->title());
    ahead->actions().last()->trigger();
    ahead->close();
    PackageDetailsPage* last = nullptr;
    QTRY_VERIFY((last = currentPageAs<PackageDetailsPage>(*window)));
    QCOMPARE(last->packageId().toString(), ids.last());
    QVERIFY(!window->forwardAction()->isEnabled());
}

// Acceptance 2: an answer for "py" that comes after "pyt" was typed is never shown.
void TestBrowse::staleSearchAnswerIsDropped()
{
    auto window = openWindow(m_registry->endpoint(QStringLiteral("datapm")));
    QTableView* table = window->packagePage()->table();
    QTRY_VERIFY_WITH_TIMEOUT(tableNames(table).contains(QStringLiteral("Nobel Laureates")), kLoadTimeoutMs);
    // The server holds the next search answer (the one for "py") for a second.
    QVERIFY(m_registry->armFault(QJsonObject{{QStringLiteral("match"), QStringLiteral("SearchPackages")},
                                             {QStringLiteral("kind"), QStringLiteral("delay")},
                                             {QStringLiteral("ms"), 1000}}));
    QVERIFY(m_registry->clearRequestLog());

    QLineEdit* search = window->searchField();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("py"));
    // Past the debounce: the "py" request is on its way (and held by the server).
    QTRY_COMPARE_WITH_TIMEOUT(operations(*m_registry, QStringLiteral("SearchPackages")).size(), 1, 5000);
    QCOMPARE(window->packageModel()->state(), PackageListModel::State::Loading);
    QTest::keyClicks(search, QStringLiteral("t"));

    QStringList pyt{QStringLiteral("Python Developer Survey"), QStringLiteral("PyTorch Model Benchmarks")};
    pyt.sort();
    QTRY_COMPARE_WITH_TIMEOUT(sortedTableNames(table), pyt, kLoadTimeoutMs);
    QCOMPARE(window->packageModel()->state(), PackageListModel::State::Finished);
    // Long after the held "py" answer would have arrived: still only the "pyt" rows.
    QTest::qWait(1500);
    QCOMPARE(sortedTableNames(table), pyt);
    QVERIFY(!tableNames(table).contains(QStringLiteral("PyPI Download Statistics")));
    QCOMPARE(window->packageModel()->rowCount(), 2);
    // The log: one search for "py" (held, then aborted or dropped) and one for "pyt"; nothing more.
    QCOMPARE(operations(*m_registry, QStringLiteral("SearchPackages")).size(), 2);
    QCOMPARE(window->session()->searchText(), QStringLiteral("pyt"));

    // Without the fault, "py" alone finds the three packages (the seed makes the sets differ).
    QTest::keyClick(search, Qt::Key_Backspace);
    QTRY_COMPARE_WITH_TIMEOUT(tableNames(table).size(), 3, kLoadTimeoutMs);
    QVERIFY(tableNames(table).contains(QStringLiteral("PyPI Download Statistics")));
}

void TestBrowse::escapeReturnsToLatest()
{
    auto window = openWindow(m_registry->endpoint(QStringLiteral("datapm")));
    QTableView* table = window->packagePage()->table();
    QTRY_VERIFY_WITH_TIMEOUT(tableNames(table).contains(QStringLiteral("Nobel Laureates")), kLoadTimeoutMs);
    const int all = window->packageModel()->rowCount();
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(window->searchField()->hasFocus());
    QTest::keyClicks(window->searchField(), QStringLiteral("nobel"));
    QTRY_COMPARE_WITH_TIMEOUT(tableNames(table), QStringList{QStringLiteral("Nobel Laureates")},
                              kLoadTimeoutMs);
    QTest::keyClick(window->searchField(), Qt::Key_Escape);
    QCOMPARE(window->searchField()->text(), QString());
    QTRY_COMPARE_WITH_TIMEOUT(window->packageModel()->rowCount(), all, kLoadTimeoutMs);
    QCOMPARE(window->packagePage()->title(), QStringLiteral("Latest packages"));
    QCOMPARE(window->browser()->historySize(), 1); // searching changes the list in place

    // Typing on another page goes to the list as a new entry; Back returns to that page.
    window->browser()->open({BrowserLocation::Kind::Package, QStringLiteral("noaa/sea-level-rise")});
    QTRY_VERIFY(currentPageAs<PackageDetailsPage>(*window));
    QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
    QTest::keyClicks(window->searchField(), QStringLiteral("nobel"));
    QTRY_COMPARE_WITH_TIMEOUT(window->browser()->currentPage(), window->packagePage(), kLoadTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(tableNames(table), QStringList{QStringLiteral("Nobel Laureates")},
                              kLoadTimeoutMs);
    QCOMPARE(window->browser()->historySize(), 3);
    QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
    QTRY_VERIFY(currentPageAs<PackageDetailsPage>(*window));
    // ... and Back once more: the latest packages, the search field empty again.
    QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
    QTRY_COMPARE(window->browser()->currentPage(), window->packagePage());
    QCOMPARE(window->searchField()->text(), QString());
    QTRY_COMPARE_WITH_TIMEOUT(window->packageModel()->rowCount(), all, kLoadTimeoutMs);
}

void TestBrowse::sortingWaitsForTheWholeList()
{
    LocalRegistry bulk(LocalRegistry::Options{QStringLiteral("bulk:100"), false, {}});
    QVERIFY(bulk.start());
    auto window = openWindow(bulk.endpoint(QStringLiteral("datapm")));
    QTableView* table = window->packagePage()->table();
    QTRY_COMPARE_WITH_TIMEOUT(window->packageModel()->rowCount(), kDefaultPageSize, kLoadTimeoutMs);
    QTRY_COMPARE(window->packageModel()->state(), PackageListModel::State::CanFetchMore);
    const int total = window->packageModel()->serverTotal();
    QVERIFY(total > kDefaultPageSize);

    // A click on the header does not sort a part of the list; the header and the footer say why.
    const QStringList before = tableNames(table);
    QHeaderView* header = table->horizontalHeader();
    QVERIFY(!table->isSortingEnabled());
    const QString why = QStringLiteral("Sorting is available once all %1 packages are loaded").arg(total);
    QVERIFY2(header->toolTip().startsWith(why), qPrintable(header->toolTip()));
    QTest::mouseClick(
        header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(PackageListModel::NameColumn) + 20, header->height() / 2));
    QCOMPARE(tableNames(table), before);
    QVERIFY2(window->packagePage()->footerLabel()->text().startsWith(why),
             qPrintable(window->packagePage()->footerLabel()->text()));

    // Once everything is loaded, the same click sorts by name.
    for (int i = 0; i < 20 && window->packageModel()->state() != PackageListModel::State::Finished; ++i) {
        table->scrollToBottom();
        QTest::qWait(100);
    }
    QTRY_COMPARE_WITH_TIMEOUT(window->packageModel()->state(), PackageListModel::State::Finished,
                              kLoadTimeoutMs);
    QVERIFY(table->isSortingEnabled());
    QCOMPARE(header->toolTip(), QStringLiteral("Click a column to sort by it."));
    QTest::mouseClick(
        header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(PackageListModel::NameColumn) + 20, header->height() / 2));
    QStringList sorted = tableNames(table);
    QStringList expected = sorted;
    std::sort(expected.begin(), expected.end(),
              [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    QCOMPARE(sorted, expected);
}

void TestBrowse::sectionsFollowCapabilities()
{
    // DataPM: the newest collections; catalogs are found with the registry's search, following the search
    // field.
    auto window = openWindow(m_registry->endpoint(QStringLiteral("datapm")));
    RegistrySections* sections = window->sections();
    QTRY_COMPARE_WITH_TIMEOUT(sections->collections()->model()->rowCount(), 2, kLoadTimeoutMs);
    // The rows may come from what Depot kept before the registry answers; the list shows once it has.
    QTRY_VERIFY_WITH_TIMEOUT(sections->collections()->list()->isVisible(), kLoadTimeoutMs);
    QCOMPARE(sections->catalogs()->model()->rowCount(), 0);
    QCOMPARE(sections->catalogs()->status()->text(),
             QStringLiteral("Type in the search field to find catalogs."));
    QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
    QTest::keyClicks(window->searchField(), QStringLiteral("noaa"));
    QTRY_COMPARE_WITH_TIMEOUT(sections->catalogs()->model()->rowCount(), 1, kLoadTimeoutMs);
    QCOMPARE(sections->catalogs()->model()->index(0).data(PackageGroupListModel::SlugRole).toString(),
             QStringLiteral("noaa"));
    QVERIFY(clickRow(sections->catalogs()->list(), QStringLiteral("NOAA")));
    PackageGroupPage* catalog = nullptr;
    QTRY_VERIFY((catalog = currentPageAs<PackageGroupPage>(*window)));
    QTRY_VERIFY_WITH_TIMEOUT(catalog->isShowingContent(), kLoadTimeoutMs);
    QCOMPARE(catalog->header()->titleLabel()->text(), QStringLiteral("NOAA"));

    // Wasmer lists its namespaces (a search for them) and the interfaces it knows; it has no collections:
    // that section says why, never an error.
    window.reset();
    auto wasmer = openWindow(m_registry->endpoint(QStringLiteral("wasmer")));
    QTRY_COMPARE_WITH_TIMEOUT(wasmer->session()->state(), RegistrySession::State::Connected, kLoadTimeoutMs);
    RegistrySections* wasmerSections = wasmer->sections();
    QCOMPARE(wasmerSections->catalogs()->heading()->text(), QStringLiteral("Namespaces"));
    QTRY_VERIFY_WITH_TIMEOUT(wasmerSections->catalogs()->model()->rowCount() >= 3, kLoadTimeoutMs);
    QCOMPARE(wasmerSections->interfaces()->heading()->text(), QStringLiteral("Interfaces"));
    QTRY_VERIFY_WITH_TIMEOUT(wasmerSections->interfaces()->model()->rowCount() >= 2, kLoadTimeoutMs);
    QCOMPARE(wasmerSections->collections()->status()->text(),
             QStringLiteral("Wasmer registries have no collections."));
    QVERIFY(wasmerSections->catalogs()->list()->isVisible());
    QVERIFY(!wasmerSections->collections()->list()->isVisible());
}

void TestBrowse::lastPageRestoredAtNextStart()
{
    const QUrl datapm = m_registry->endpoint(QStringLiteral("datapm"));
    {
        MainWindow window(MainWindow::Options{{}, {}, m_registry->baseUrl(), {}});
        const int row = window.registries()->indexOfUrl(datapm);
        QVERIFY(row >= 0);
        window.sidebar()->setCurrentIndex(window.sidebar()->model()->index(row, 0));
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), RegistrySession::State::Connected,
                                  kLoadTimeoutMs);
        window.browser()->open({BrowserLocation::Kind::Package, QStringLiteral("noaa/sea-level-rise")});
        QTRY_VERIFY(currentPageAs<PackageDetailsPage>(window));
        window.close();
    }
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("window/lastPage")).toString(),
             QStringLiteral("package:noaa/sea-level-rise"));
    // Only names and places are remembered: nothing that looks like a credential.
    for (const QString& key : settings.allKeys())
        QVERIFY2(!key.contains(QStringLiteral("token"), Qt::CaseInsensitive), qPrintable(key));

    MainWindow again(MainWindow::Options{{}, {}, m_registry->baseUrl(), {}});
    again.show();
    QCOMPARE(again.session()->entry().url, datapm);
    PackageDetailsPage* package = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((package = currentPageAs<PackageDetailsPage>(again)), kLoadTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(package->isShowingContent(), kLoadTimeoutMs);
    QCOMPARE(package->header()->titleLabel()->text(), QStringLiteral("Sea Level Rise"));
    // Back leads to the list.
    QVERIFY(again.backAction()->isEnabled());
    again.goBack();
    QCOMPARE(again.browser()->currentPage(), again.packagePage());
}

// Acceptance 3: scrolling the real table to the end loads all 5000 packages, none missing or repeated.
void TestBrowse::scrollingLoadsAllBulkPackages()
{
    LocalRegistry bulk(LocalRegistry::Options{QStringLiteral("bulk:5000"), false, {}});
    QString error;
    QVERIFY2(bulk.start(&error), qPrintable(error));
    auto window = openWindow(bulk.endpoint(QStringLiteral("datapm")));
    QTableView* table = window->packagePage()->table();
    PackageListModel* model = window->packageModel();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), kDefaultPageSize, kLoadTimeoutMs);
    table->setFocus();

    // As a person does: End (or dragging the scroll bar down) again and again until the end.
    QElapsedTimer clock;
    clock.start();
    while (model->state() != PackageListModel::State::Finished && clock.elapsed() < 240000) {
        QVERIFY2(model->state() != PackageListModel::State::Failed,
                 qPrintable(model->lastError().userText()));
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        table->scrollToBottom();
        QTest::qWait(20);
    }
    QCOMPARE(model->state(), PackageListModel::State::Finished);
    const int total = model->serverTotal();
    QCOMPARE(model->rowCount(), total);
    QSet<QString> ids;
    QSet<int> bulkNumbers;
    static const QRegularExpression bulkId(QStringLiteral("^[a-z]+-region/[a-z]+-(\\d+)$"));
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString id = model->index(row, 0).data(PackageListModel::IdRole).toString();
        QVERIFY2(!ids.contains(id), qPrintable(QStringLiteral("repeated: %1").arg(id)));
        ids.insert(id);
        const QRegularExpressionMatch match = bulkId.match(id);
        if (match.hasMatch())
            bulkNumbers.insert(match.captured(1).toInt());
    }
    QCOMPARE(bulkNumbers.size(), 5000);
    for (int n = 0; n < 5000; ++n)
        QVERIFY2(bulkNumbers.contains(n), qPrintable(QStringLiteral("missing: %1").arg(n)));
    // The view shows them all: the last row is laid out at the bottom.
    QCOMPARE(table->model()->rowCount(), total);
    table->scrollToBottom();
    QTRY_COMPARE(table->verticalScrollBar()->value(), table->verticalScrollBar()->maximum());
    QVERIFY(table->rowAt(table->viewport()->height() - 2) >= total - 2);
}

// Acceptance 6: the registry stops, the window says so; it comes back, the window recovers by itself.
void TestBrowse::unreachableRecoversByItself()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    const int port = freePort();
    QVERIFY(port > 0);
    auto registry = std::make_unique<LocalRegistry>(
        LocalRegistry::Options{QStringLiteral("demo"), false, data.path(), port});
    QString error;
    QVERIFY2(registry->start(&error), qPrintable(error));
    const QUrl endpoint = registry->endpoint(QStringLiteral("datapm"));
    auto window = openWindow(endpoint);
    PackageListPage* list = window->packagePage();
    QTRY_VERIFY_WITH_TIMEOUT(tableNames(list->table()).contains(QStringLiteral("World Cities")),
                             kLoadTimeoutMs);

    // A registry Depot has kept nothing of (tests/cache: one whose list it kept stays shown, marked offline).
    CachedAnswers::clear();
    registry->stop();
    QTest::keyClick(window.get(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(list->isShowingUnreachable(), 30000);
    MessagePage* message = list->messagePage();
    QVERIFY(message->isVisible());
    QVERIFY2(message->title().startsWith(QStringLiteral("Cannot reach")), qPrintable(message->title()));
    QVERIFY2(message->detail().contains(QStringLiteral("tries again by itself")),
             qPrintable(message->detail()));
    QVERIFY(message->actionButton()->isVisible());
    const auto* status = window->findChild<QLabel*>(QStringLiteral("connectionStatus"));
    QVERIFY2(status->text().startsWith(QStringLiteral("Unreachable")), qPrintable(status->text()));
    // Still down a few seconds later (several attempts): still saying so, not stuck on "Connecting…".
    QTest::qWait(3000);
    QVERIFY(list->isShowingUnreachable());
    QVERIFY(!message->isBusy());

    // The same registry at the same address comes back: the list returns without a click.
    registry = std::make_unique<LocalRegistry>(
        LocalRegistry::Options{QStringLiteral("demo"), false, data.path(), port});
    QVERIFY2(registry->start(&error), qPrintable(error));
    QCOMPARE(registry->endpoint(QStringLiteral("datapm")), endpoint);
    QTRY_VERIFY_WITH_TIMEOUT(tableNames(list->table()).contains(QStringLiteral("World Cities")), 30000);
    QVERIFY(list->isShowingTable());
    QVERIFY(!list->isShowingUnreachable());
    QTRY_VERIFY(status->text().startsWith(QStringLiteral("Connected")));
    // The sidebar's sections came back too.
    QTRY_COMPARE_WITH_TIMEOUT(window->sections()->collections()->model()->rowCount(), 2, kLoadTimeoutMs);

    // A package page open while the registry goes away recovers as well.
    window->browser()->open({BrowserLocation::Kind::Package, QStringLiteral("opendata/world-cities")});
    PackageDetailsPage* package = nullptr;
    QTRY_VERIFY((package = currentPageAs<PackageDetailsPage>(*window)));
    QTRY_VERIFY_WITH_TIMEOUT(package->isShowingContent(), kLoadTimeoutMs);
    CachedAnswers::clear(); // as above: a page kept from before stays shown offline (tests/cache)
    registry->stop();
    QTest::keyClick(window.get(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(!package->isShowingContent(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(package->messagePage()->title().startsWith(QStringLiteral("Cannot reach")),
                             30000);
    registry = std::make_unique<LocalRegistry>(
        LocalRegistry::Options{QStringLiteral("demo"), false, data.path(), port});
    QVERIFY2(registry->start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(package->isShowingContent(), 30000);
    QCOMPARE(package->header()->titleLabel()->text(), QStringLiteral("World Cities"));
}

// The registry goes away while the list is half loaded: the next page fails, and when the registry is
// back Depot asks for that page again by itself, keeping the rows already shown.
void TestBrowse::laterPageRecoversKeepingRows()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    const int port = freePort();
    QVERIFY(port > 0);
    auto registry = std::make_unique<LocalRegistry>(
        LocalRegistry::Options{QStringLiteral("bulk:200"), false, data.path(), port});
    QString error;
    QVERIFY2(registry->start(&error), qPrintable(error));
    auto window = openWindow(registry->endpoint(QStringLiteral("datapm")));
    QTableView* table = window->packagePage()->table();
    PackageListModel* model = window->packageModel();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), kDefaultPageSize, kLoadTimeoutMs);
    QTRY_COMPARE(model->state(), PackageListModel::State::CanFetchMore);
    const QString firstId = model->index(0, 0).data(PackageListModel::IdRole).toString();

    registry->stop();
    table->scrollToBottom();
    QTRY_COMPARE_WITH_TIMEOUT(model->state(), PackageListModel::State::Failed, 30000);
    QCOMPARE(model->rowCount(), kDefaultPageSize);
    QVERIFY(window->packagePage()->isShowingTable()); // the rows stay, the footer says what failed
    QVERIFY(window->packagePage()->footerLabel()->text().contains(QStringLiteral("failed")));

    registry = std::make_unique<LocalRegistry>(
        LocalRegistry::Options{QStringLiteral("bulk:200"), false, data.path(), port});
    QVERIFY2(registry->start(&error), qPrintable(error));
    // The page that failed, and the one read ahead with it.
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3 * kDefaultPageSize, 30000);
    QCOMPARE(model->index(0, 0).data(PackageListModel::IdRole).toString(), firstId);
    QVERIFY(model->state() != PackageListModel::State::Failed);
}

QTEST_MAIN(TestBrowse)
#include "tst_browse.moc"
