// The main window with real widgets over the real local registry: what a person sees and does.

#include "models/PackageListModel.h"
#include "registry/CachedAnswers.h"
#include "registry/DialectTable.h"
#include "registry/RegistryList.h"
#include "session/RegistrySession.h"
#include "support/LocalRegistry.h"
#include "support/TestDialects.h"
#include "views/BrowserStack.h"
#include "views/DownloadsPanel.h"
#include "views/GroupResultsView.h"
#include "views/MainWindow.h"
#include "views/MessagePage.h"
#include "views/PackageListPage.h"
#include "views/RegistryDialog.h"
#include "views/RegistrySections.h"
#include "views/RegistrySidebar.h"
#include "views/SearchFilterBar.h"
#include "views/pages/PackageDetailsPage.h"
#include "views/publish/FolderPublisher.h"
#include "views/publish/ProjectPublisher.h"
#include "views/publish/PublishLauncher.h"
#include "views/publish/PublishWizard.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace {

// A registry kind that offers no part at all: what Publish… says for one that cannot publish.
class ReadOnlyBackend : public RegistryBackend
{
public:
    Dialect dialect() const override { return Dialect(QStringLiteral("read-only")); }
    QUrl endpoint() const override { return {}; }
    StatusJob* status() override { return nullptr; }
    PackagePageJob* latestPackages(const PageRequest&) override { return nullptr; }
    PackageJob* package(const PackageId&) override { return nullptr; }
};

QStringList tableNames(const QTableView* table)
{
    QStringList names;
    const QAbstractItemModel* model = table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, PackageListModel::NameColumn).data().toString());
    return names;
}

QString statusText(const MainWindow& window)
{
    const auto* label = window.findChild<QLabel*>(QStringLiteral("connectionStatus"));
    return label ? label->text() : QString();
}

} // namespace

class TestViews : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void showsDemoPackages();
    void searchAsYouType();
    void addRegistryThroughDialog();
    void registryDialogValidatesUrl();
    void editRenamesWithoutReconnecting();
    void unreachableAfterStopShowsRetry();
    void rememberedSelection();
    void scrollingFetchesMore();
    void emptyRegistrySaysSo();
    void removeAsksFirst();
    void commandLineErrors_data();
    void commandLineErrors();
    void failedListShowsErrorAndRetries();
    void publishOpensThePublisherOfTheKindOrSaysWhy();
    void openReferenceFromCommandLineAndSearchField();
    void smallWindowShowsEveryColumn();
    void tabVisitsEveryControlAndBack();

private:
    MainWindow::Options dataPmWindow() const
    {
        MainWindow::Options options;
        options.registryUrl = m_registry->endpoint(QStringLiteral("datapm"));
        return options;
    }

    std::unique_ptr<LocalRegistry> m_registry;
};

void TestViews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DepotTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_views"));
    m_registry = std::make_unique<LocalRegistry>(LocalRegistry::Options{QStringLiteral("demo"), false, {}});
    QString error;
    QVERIFY2(m_registry->start(&error), qPrintable(error));
}

void TestViews::init()
{
    QSettings().clear(); // every test is a first run
    CachedAnswers::clear();
}

void TestViews::showsDemoPackages()
{
    const MainWindow::Options options = dataPmWindow();
    MainWindow window(options);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QTableView* table = window.packagePage()->table();
    QTRY_VERIFY_WITH_TIMEOUT(window.packagePage()->isShowingTable(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(tableNames(table).contains(QStringLiteral("World Cities")), 20000);
    const QStringList names = tableNames(table);
    QVERIFY(names.contains(QStringLiteral("Wikipedia Pageviews")));
    QVERIFY(names.contains(QStringLiteral("Nobel Laureates")));
    QVERIFY(table->isVisible());
    QCOMPARE(table->accessibleName(), QStringLiteral("Packages"));
    QVERIFY2(statusText(window).startsWith(QStringLiteral("Connected to DataPM")),
             qPrintable(statusText(window)));
    // The --registry URL was added for this run and is the selected row.
    const QModelIndex current = window.sidebar()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(window.registries()->entries().at(current.row()).url, options.registryUrl);
    // A double-click on a row asks for that package's page.
    QSignalSpy activated(window.packagePage(), &PackageListPage::packageActivated);
    const QModelIndex cities = table->model()->index(int(names.indexOf(QStringLiteral("World Cities"))), 0);
    table->scrollTo(cities);
    const QPoint centre = table->visualRect(cities).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().value<PackageId>().toString(),
             QStringLiteral("opendata/world-cities"));
    // Detection found the kind and the sidebar says so.
    QTRY_VERIFY(window.registries()->entries().at(current.row()).detectedDialect == TestDialects::dataPm());
    // DataPM's search has no filters: no filter bar was made (it is made for registries that have some), nor
    // the groups' results view, nor the downloads panel (nothing was downloaded).
    QVERIFY(!window.findChild<SearchFilterBar*>());
    QVERIFY(!window.findChild<GroupResultsView*>());
    QVERIFY(!window.findChild<DownloadsPanel*>());
}

void TestViews::searchAsYouType()
{
    const MainWindow::Options options = dataPmWindow();
    MainWindow window(options);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView* table = window.packagePage()->table();
    QLineEdit* search = window.packagePage()->searchField();
    QTRY_VERIFY_WITH_TIMEOUT(tableNames(table).contains(QStringLiteral("Nobel Laureates")), 20000);
    const int all = window.packageModel()->rowCount();
    QVERIFY(search->isEnabled());
    QCOMPARE(search->accessibleName(), QStringLiteral("Search packages"));

    QTest::keyClicks(search, QStringLiteral("cities"));
    QTRY_VERIFY_WITH_TIMEOUT(tableNames(table).contains(QStringLiteral("World Cities")) &&
                                 !tableNames(table).contains(QStringLiteral("Nobel Laureates")),
                             20000);
    QVERIFY(window.packageModel()->rowCount() < all);

    search->clear();
    QTRY_COMPARE_WITH_TIMEOUT(window.packageModel()->rowCount(), all, 20000);

    QTest::keyClicks(search, QStringLiteral("qqqzzzxxy"));
    // "Loading…" first, then what a search without results says.
    QTRY_VERIFY_WITH_TIMEOUT(
        window.packagePage()->messagePage()->title().contains(QStringLiteral("qqqzzzxxy")), 20000);
    QVERIFY(window.packagePage()->messagePage()->isVisible());
    QVERIFY(search->isVisible()); // the search stays to be changed
}

void TestViews::addRegistryThroughDialog()
{
    const MainWindow::Options options = dataPmWindow();
    MainWindow window(options);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // The command-line registry is new to this profile: the status bar says it was kept.
    QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("added to your registries")),
             qPrintable(window.statusBar()->currentMessage()));
    const int rowsBefore = window.sidebar()->model()->rowCount();

    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    RegistryDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<RegistryDialog*>()) && dialog->isVisible());
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("registryName"));
    auto* url = dialog->findChild<QLineEdit*>(QStringLiteral("registryUrl"));
    auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("registryDialect"));
    QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(name && url && kind && ok);
    QVERIFY(!ok->isEnabled());

    QTest::keyClicks(name, QStringLiteral("Local Metabind"));
    QTest::keyClicks(url, m_registry->endpoint(QStringLiteral("metabind")).toString());
    QVERIFY(ok->isEnabled());
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_End); // the last kind: Metabind
    QCOMPARE(kind->currentText(), QStringLiteral("Metabind"));
    QTest::mouseClick(ok, Qt::LeftButton);

    QTRY_COMPARE(window.sidebar()->model()->rowCount(), rowsBefore + 1);
    const int row = window.registries()->indexOfUrl(m_registry->endpoint(QStringLiteral("metabind")));
    QVERIFY(row >= 0);
    QCOMPARE(window.registries()->entries().at(row).name, QStringLiteral("Local Metabind"));
    QCOMPARE(window.registries()->entries().at(row).forcedDialect,
             std::optional<Dialect>(TestDialects::metabind()));
    QCOMPARE(window.sidebar()->currentIndex().row(), row);
    QCOMPARE(window.sidebar()->currentIndex().data().toString(), QStringLiteral("Local Metabind"));
    // Whatever Metabind offers, the page says something: never a silent empty table.
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->state() != RegistrySession::State::Connecting, 20000);
    if (!window.packagePage()->isShowingTable())
        QVERIFY(!window.packagePage()->messagePage()->title().isEmpty());

    // The addition is saved, and so is the command-line registry (later starts open it again).
    RegistryList saved;
    QSettings settings;
    saved.load(settings);
    QVERIFY(saved.indexOfUrl(m_registry->endpoint(QStringLiteral("metabind"))) >= 0);
    QVERIFY(saved.indexOfUrl(options.registryUrl) >= 0);
}

void TestViews::registryDialogValidatesUrl()
{
    RegistryDialog dialog;
    dialog.show();
    auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("registryUrl"));
    QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(url, QStringLiteral("not a url"));
    QVERIFY(!ok->isEnabled());
    url->clear();
    QTest::keyClicks(url, QStringLiteral("ftp://example.org/graphql"));
    QVERIFY(!ok->isEnabled());
    url->clear();
    QTest::keyClicks(url, QStringLiteral("https://registry.example.org/graphql"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.entry().name, QStringLiteral("registry.example.org"));
    QVERIFY(!dialog.entry().forcedDialect);
}

void TestViews::editRenamesWithoutReconnecting()
{
    MainWindow window(MainWindow::Options{{}, {}, m_registry->baseUrl(), {}});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), RegistrySession::State::Connected, 20000);
    RegistrySession* session = window.session();
    const int row = window.sidebar()->currentIndex().row();

    window.editRegistry();
    RegistryDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<RegistryDialog*>()) && dialog->isVisible());
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("registryName"));
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("registryUrl"))->text(),
             window.registries()->entries().at(row).url.toString());
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("My DataPM"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    QTRY_COMPARE(window.sidebar()->currentIndex().data().toString(), QStringLiteral("My DataPM"));
    QCOMPARE(window.sidebar()->currentIndex().row(), row);
    QCOMPARE(window.session(), session); // same address and kind: the connection stays
    QCOMPARE(window.session()->entry().name, QStringLiteral("My DataPM"));
    // "<page> — <registry> — Depot"
    QVERIFY2(window.windowTitle().contains(QStringLiteral(" — My DataPM — ")),
             qPrintable(window.windowTitle()));
    QCOMPARE(window.session()->state(), RegistrySession::State::Connected);
}

void TestViews::unreachableAfterStopShowsRetry()
{
    LocalRegistry doomed(LocalRegistry::Options{QStringLiteral("demo"), false, {}});
    QVERIFY(doomed.start());
    MainWindow::Options options;
    options.registryUrl = doomed.endpoint(QStringLiteral("datapm"));
    MainWindow window(options);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_VERIFY_WITH_TIMEOUT(
        tableNames(window.packagePage()->table()).contains(QStringLiteral("World Cities")), 20000);

    // A registry Depot has kept nothing of (tests/cache shows a list kept from before while offline).
    CachedAnswers::clear();
    doomed.stop();
    QTest::keyClick(&window, Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), RegistrySession::State::Failed, 30000);
    QVERIFY2(statusText(window).startsWith(QStringLiteral("Unreachable")), qPrintable(statusText(window)));
    auto* statusRetry = window.findChild<QPushButton*>(QStringLiteral("connectionRetry"));
    QVERIFY(statusRetry && statusRetry->isVisible());
    // The list area says what happened, with its own Retry, instead of an empty table.
    QVERIFY(!window.packagePage()->isShowingTable());
    MessagePage* message = window.packagePage()->messagePage();
    QVERIFY(message->isVisible());
    QVERIFY(!message->detail().isEmpty());
    QVERIFY(message->actionButton()->isVisible());
    QCOMPARE(message->actionButton()->text(), QStringLiteral("Retry"));
    QCOMPARE(window.packageModel()->rowCount(), 0);

    // Retry while still down: fails again, still says so.
    QTest::mouseClick(message->actionButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), RegistrySession::State::Failed, 30000);
    QVERIFY(message->actionButton()->isVisible());
}

void TestViews::rememberedSelection()
{
    const QUrl metabind = m_registry->endpoint(QStringLiteral("metabind"));
    {
        MainWindow window(MainWindow::Options{{}, {}, m_registry->baseUrl(), {}});
        const int row = window.registries()->indexOfUrl(metabind);
        QVERIFY2(row >= 0, "the local registry's presets are offered on the first run");
        window.sidebar()->setCurrentIndex(window.sidebar()->model()->index(row, 0));
        QCOMPARE(window.session()->entry().url, metabind);
        window.close();
    }
    MainWindow again(MainWindow::Options{{}, {}, m_registry->baseUrl(), {}});
    QCOMPARE(again.session()->entry().url, metabind);
}

void TestViews::scrollingFetchesMore()
{
    LocalRegistry bulk(LocalRegistry::Options{QStringLiteral("bulk:300"), false, {}});
    QVERIFY(bulk.start());
    MainWindow::Options options;
    options.registryUrl = bulk.endpoint(QStringLiteral("datapm"));
    options.dialect = TestDialects::dataPm();
    MainWindow window(options);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView* table = window.packagePage()->table();
    QTRY_COMPARE_WITH_TIMEOUT(window.packageModel()->rowCount(), kDefaultPageSize, 20000);
    QCOMPARE(window.packageModel()->state(), PackageListModel::State::CanFetchMore);
    QCOMPARE(window.session()->entry().forcedDialect, std::optional<Dialect>(TestDialects::dataPm()));

    // Scrolling to the end asks for the next page, as a person scrolling down does, and DataPM's offset
    // paging lets the list read one more ahead: three pages.
    table->scrollToBottom();
    QTRY_COMPARE_WITH_TIMEOUT(window.packageModel()->rowCount(), 3 * kDefaultPageSize, 20000);
    QTRY_COMPARE(window.packageModel()->state(), PackageListModel::State::CanFetchMore);
    table->scrollToBottom();
    QTRY_COMPARE_WITH_TIMEOUT(window.packageModel()->rowCount(), 5 * kDefaultPageSize, 20000);
}

void TestViews::emptyRegistrySaysSo()
{
    LocalRegistry empty(LocalRegistry::Options{QString(), false, {}});
    QVERIFY(empty.start());
    MainWindow::Options options;
    options.registryUrl = empty.endpoint(QStringLiteral("datapm"));
    MainWindow window(options);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE_WITH_TIMEOUT(window.packageModel()->state(), PackageListModel::State::Finished, 20000);
    QVERIFY(!window.packagePage()->isShowingTable());
    QCOMPARE(window.packagePage()->messagePage()->title(), QStringLiteral("No packages yet"));
    QVERIFY(window.packagePage()->messagePage()->isVisible());
}

void TestViews::failedListShowsErrorAndRetries()
{
    LocalRegistry faulty(LocalRegistry::Options{QStringLiteral("demo"), true, {}});
    QVERIFY(faulty.start());
    QVERIFY(faulty.armFault(QJsonObject{{QStringLiteral("match"), QStringLiteral("LatestPackages")},
                                        {QStringLiteral("kind"), QStringLiteral("html500")}}));
    MainWindow::Options options;
    options.registryUrl = faulty.endpoint(QStringLiteral("datapm"));
    MainWindow window(options);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE_WITH_TIMEOUT(window.packageModel()->state(), PackageListModel::State::Failed, 20000);
    // Connected (the status answered), but the list failed: said in place, with Retry.
    QVERIFY2(statusText(window).startsWith(QStringLiteral("Connected")), qPrintable(statusText(window)));
    MessagePage* message = window.packagePage()->messagePage();
    QVERIFY(message->isVisible());
    QCOMPARE(message->title(), QStringLiteral("Could not load the packages"));
    QVERIFY(!message->detail().isEmpty());
    QVERIFY(!message->detail().contains(QStringLiteral("<html"), Qt::CaseInsensitive));
    QTest::mouseClick(message->actionButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        tableNames(window.packagePage()->table()).contains(QStringLiteral("World Cities")), 20000);
    QVERIFY(window.packagePage()->isShowingTable());
}

void TestViews::removeAsksFirst()
{
    MainWindow window(MainWindow::Options{{}, {}, m_registry->baseUrl(), {}});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int rows = window.sidebar()->model()->rowCount();
    QVERIFY(rows >= 2);
    window.sidebar()->setCurrentIndex(window.sidebar()->model()->index(1, 0));
    const QUrl doomed = window.registries()->entries().at(1).url;

    // Cancel keeps it.
    window.removeRegistry();
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox*>()) && box->isVisible());
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<QMessageBox*>());
    QCOMPARE(window.sidebar()->model()->rowCount(), rows);

    // Remove removes it and selects a neighbour.
    window.removeRegistry();
    QTRY_VERIFY((box = window.findChild<QMessageBox*>()) && box->isVisible());
    QAbstractButton* remove = nullptr;
    for (QAbstractButton* button : box->buttons()) {
        if (button->text() == QStringLiteral("Remove"))
            remove = button;
    }
    QVERIFY(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_COMPARE(window.sidebar()->model()->rowCount(), rows - 1);
    QCOMPARE(window.registries()->indexOfUrl(doomed), -1);
    QVERIFY(window.sidebar()->currentIndex().isValid());
    QVERIFY(window.session());
    QVERIFY(window.session()->entry().url != doomed);
}

void TestViews::commandLineErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a URL") << QStringList{QStringLiteral("--registry"), QStringLiteral("foo")}
                               << QStringLiteral("not a valid address");
    QTest::newRow("ftp") << QStringList{QStringLiteral("--registry"),
                                        QStringLiteral("ftp://example.org/graphql")}
                         << QStringLiteral("Only https:// and http://");
    QTest::newRow("unknown dialect") << QStringList{QStringLiteral("--registry"),
                                                    QStringLiteral("http://127.0.0.1:1/graphql"),
                                                    QStringLiteral("--dialect"), QStringLiteral("npm")}
                                     << QStringLiteral("unknown registry kind");
    QTest::newRow("dialect alone") << QStringList{QStringLiteral("--dialect"), QStringLiteral("datapm")}
                                   << QStringLiteral("--dialect needs --registry");
    QTest::newRow("bad local registry")
        << QStringList{QStringLiteral("--local-registry"), QStringLiteral("::")}
        << QStringLiteral("--local-registry");
}

void TestViews::commandLineErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    // The app is built next to the tests (CMAKE_RUNTIME_OUTPUT_DIRECTORY).
    const QString depot = QCoreApplication::applicationDirPath() + QStringLiteral("/depot");
    if (!QFileInfo::exists(depot))
        QSKIP("the depot executable is not built");
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    process.start(depot, arguments);
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2); // a clear error, before any window opens
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(errors.contains(message), qPrintable(errors));
}

void TestViews::publishOpensThePublisherOfTheKindOrSaysWhy()
{
    // A registry without any publishing: Publish… is greyed and says why (the registry's own reason).
    ReadOnlyBackend readOnly;
    QAction greyed;
    PublishLauncher::updateAction(&greyed, &readOnly);
    QVERIFY(!greyed.isEnabled());
    QCOMPARE(greyed.toolTip(), readOnly.whyMissing(RegistryPart::Publishing));

    // A registry that publishes the projects it keeps (Metabind): Publish… is offered, for its own publisher.
    QNetworkAccessManager network;
    auto metabind = DialectTable::createBackend(
        TestDialects::metabind(), {&network, m_registry->endpoint(QStringLiteral("metabind")), {}});
    QAction offered;
    PublishLauncher::updateAction(&offered, metabind.get());
    QVERIFY(offered.isEnabled());
    QWidget parent;
    QWidget* projectPublisher =
        PublishLauncher::open(metabind.get(), nullptr, &parent, [](const PackageId&) {});
    QVERIFY(qobject_cast<ProjectPublisher*>(projectPublisher));
    projectPublisher->close();

    // A registry that publishes folders: its folder publisher, never another kind's wizard.
    MainWindow::Options options;
    options.registryUrl = m_registry->endpoint(QStringLiteral("wasmer"));
    MainWindow wasmer(options);
    wasmer.show();
    QTRY_COMPARE_WITH_TIMEOUT(wasmer.session()->state(), RegistrySession::State::Connected, 20000);
    auto* publish = wasmer.findChild<QAction*>(QStringLiteral("publishAction"));
    QVERIFY(publish);
    QVERIFY(publish->isEnabled());
    wasmer.openPublishWizard();
    auto* publisher = wasmer.findChild<FolderPublisher*>();
    QVERIFY(publisher);
    QVERIFY(publisher->isVisible());
    QVERIFY(!wasmer.findChild<PublishWizard*>());
    // Without a credential it explains and does not offer to publish.
    QVERIFY(!publisher->publishButton()->isEnabled());
    publisher->close();

    // A registry that publishes package files: its wizard.
    options.registryUrl = m_registry->endpoint(QStringLiteral("datapm"));
    MainWindow datapm(options);
    datapm.show();
    QTRY_COMPARE_WITH_TIMEOUT(datapm.session()->state(), RegistrySession::State::Connected, 20000);
    QVERIFY(datapm.findChild<QAction*>(QStringLiteral("publishAction"))->isEnabled());
    datapm.openPublishWizard();
    auto* wizard = datapm.findChild<PublishWizard*>();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    wizard->reject();
}

void TestViews::openReferenceFromCommandLineAndSearchField()
{
    // --open: the package page, once the registry answers.
    MainWindow::Options options;
    options.registryUrl = m_registry->endpoint(QStringLiteral("datapm"));
    options.openReference = QStringLiteral("opendata/world-cities");
    MainWindow window(options);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(window.browser()->currentLocation().kind, BrowserLocation::Kind::Package,
                              20000);
    QCOMPARE(window.browser()->currentLocation().key, QStringLiteral("opendata/world-cities"));
    // Back leads to the list.
    QVERIFY(window.browser()->canGoBack());

    // Enter on a reference in the search field opens it; a word searches.
    window.searchField()->setText(QStringLiteral("noaa/sea-level-rise"));
    QTest::keyClick(window.searchField(), Qt::Key_Return);
    QTRY_COMPARE(window.browser()->currentLocation().key, QStringLiteral("noaa/sea-level-rise"));
    QCOMPARE(window.browser()->currentLocation().kind, BrowserLocation::Kind::Package);
    window.searchField()->setText(QStringLiteral("cities"));
    QTest::keyClick(window.searchField(), Qt::Key_Return);
    QTRY_COMPARE(window.browser()->currentLocation().kind, BrowserLocation::Kind::List);
    QCOMPARE(window.browser()->currentLocation().key, QStringLiteral("cities"));

    // Not a reference of this registry: said in the status bar, nothing opens.
    QVERIFY(!window.openReference(QStringLiteral("no slash here")));
}

// At 800×600 the package table's columns fit its width: no column is pushed out of sight.
void TestViews::smallWindowShowsEveryColumn()
{
    const MainWindow::Options options = dataPmWindow();
    MainWindow window(options);
    window.resize(800, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView* table = window.packagePage()->table();
    QTRY_VERIFY_WITH_TIMEOUT(tableNames(table).contains(QStringLiteral("Nobel Laureates")), 20000);
    QVERIFY2(window.width() <= 800, qPrintable(QString::number(window.width())));
    QVERIFY2(table->horizontalScrollBar()->maximum() == 0,
             qPrintable(QStringLiteral("viewport %1, columns %2 %3 %4 %5")
                            .arg(table->viewport()->width())
                            .arg(table->columnWidth(0))
                            .arg(table->columnWidth(1))
                            .arg(table->columnWidth(2))
                            .arg(table->columnWidth(3))));
    const int description = PackageListModel::DescriptionColumn;
    QVERIFY2(table->columnViewportPosition(description) + 80 <= table->viewport()->width(),
             qPrintable(QString::number(table->columnViewportPosition(description))));
    // A package page fits too: its row of links wraps rather than widening the window.
    QVERIFY(window.openReference(QStringLiteral("opendata/nobel-laureates")));
    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<PackageDetailsPage*>(window.browser()->currentPage()), 20000);
    QTest::qWait(200); // the page's answer lays it out
    QVERIFY2(window.minimumSizeHint().width() <= 800,
             qPrintable(QString::number(window.minimumSizeHint().width())));
    QVERIFY2(window.width() <= 800, qPrintable(QString::number(window.width())));
    window.browser()->back();
    // Wider, the columns get room again.
    const int nameAtSmall = table->columnWidth(PackageListModel::NameColumn);
    window.resize(1400, 900);
    QTRY_VERIFY(table->columnWidth(PackageListModel::NameColumn) > nameAtSmall);
}

// Tab goes from control to control through the whole window and comes back where it started; Shift+Tab
// goes the same way backwards. No control is skipped, none traps the focus (a table used to keep Tab).
void TestViews::tabVisitsEveryControlAndBack()
{
    const MainWindow::Options options = dataPmWindow();
    MainWindow window(options);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_VERIFY_WITH_TIMEOUT(
        tableNames(window.packagePage()->table()).contains(QStringLiteral("Nobel Laureates")), 20000);
    QTRY_VERIFY(QApplication::focusWidget());
    QWidget* start = QApplication::focusWidget();

    const auto walk = [&](Qt::Key key) {
        QList<QWidget*> visited;
        for (int step = 0; step < 200; ++step) {
            QTest::keyClick(QApplication::focusWidget(), key);
            QWidget* now = QApplication::focusWidget();
            if (!now || now == start)
                break;
            visited << now;
        }
        return visited;
    };
    const QList<QWidget*> forward = walk(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), start);
    const QList<QWidget*> backward = walk(Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), start);
    QList<QWidget*> reversed(backward.crbegin(), backward.crend());
    QCOMPARE(reversed, forward);

    // Every control a person can reach with the mouse is in the cycle.
    for (QWidget* control : window.findChildren<QWidget*>()) {
        if (!control->isVisible() || !control->isEnabled() || !(control->focusPolicy() & Qt::TabFocus) ||
            control->focusProxy() || control->window() != &window)
            continue;
        QVERIFY2(control == start || forward.contains(control),
                 qPrintable(QStringLiteral("%1 (%2, \"%3\") is not reached by Tab")
                                .arg(QString::fromLatin1(control->metaObject()->className()),
                                     control->objectName(), control->accessibleName())));
    }
    // In reading order: the search field, the registries, what they offer, the package table.
    QList<QWidget*> cycle = QList<QWidget*>{start} + forward;
    const qsizetype search = cycle.indexOf(static_cast<QWidget*>(window.searchField()));
    QVERIFY(search >= 0);
    std::rotate(cycle.begin(), cycle.begin() + search, cycle.end());
    const qsizetype registries = cycle.indexOf(static_cast<QWidget*>(window.sidebar()));
    const qsizetype latest = cycle.indexOf(static_cast<QWidget*>(window.sections()->latestList()));
    const qsizetype table = cycle.indexOf(static_cast<QWidget*>(window.packagePage()->table()));
    QVERIFY2(0 < registries && registries < latest && latest < table,
             qPrintable(QStringLiteral("%1 %2 %3").arg(registries).arg(latest).arg(table)));
}

QTEST_MAIN(TestViews)
#include "tst_views.moc"
