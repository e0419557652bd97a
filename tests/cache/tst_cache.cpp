// Offline-first pages (issue 17, acceptance 1 and 2), against the real local registry, the real keychain and
// real windows: pages seen once come back from Depot's answer cache with the registry stopped, marked with
// their age, and refresh in place (same selection) once it is back; signing out leaves no private answer in
// the cache folder, and no secret is written anywhere under the test HOME. Also the cache itself: its files
// are the user's only, it never keeps download addresses or drafts, and it stays within its size.
#include "auth/CredentialStore.h"
#include "graphql/AnswerCache.h"
#include "models/PackageListModel.h"
#include "registry/CachedAnswers.h"
#include "registry/parts/ApiKeyManagement.h"
#include "registry/parts/PackageGroups.h"
#include "secrets/SecretLedger.h"
#include "session/AccountSession.h"
#include "session/RegistrySession.h"
#include "session/Workspace.h"
#include "support/LocalRegistry.h"
#include "views/BrowserStack.h"
#include "views/MainWindow.h"
#include "views/PackageListPage.h"
#include "views/PreferencesDialog.h"
#include "views/pages/FreshnessNotice.h"
#include "views/pages/PackageDetailsPage.h"
#include "views/pages/PagedPackageTable.h"

#include <QAction>
#include <QDirIterator>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kWorldCities = QStringLiteral("World Cities");

int freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

int rowNamed(const QTableView* table, const QString& name)
{
    const QAbstractItemModel* model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, PackageListModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

QString currentName(const QTableView* table)
{
    return table->currentIndex().siblingAtColumn(PackageListModel::NameColumn).data().toString();
}

// Every file under `folder` (recursively), once the answers queued are written.
QStringList answerFiles(const QString& folder)
{
    AnswerCache::waitForWrites();
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

QStringList privateAnswerFiles()
{
    QStringList files;
    for (const QString& file : answerFiles(CachedAnswers::folder())) {
        if (QFileInfo(file).dir().dirName().startsWith(QLatin1String("private-")))
            files << file;
    }
    return files;
}

// Waits for `job` to end; true when it finished (false when it failed or took too long).
bool await(RegistryJob* job, int timeoutMs = 20000)
{
    QSignalSpy finished(job, &RegistryJob::finished);
    QSignalSpy failed(job, &RegistryJob::failed);
    return QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, timeoutMs) &&
           !finished.isEmpty();
}

} // namespace

class TestCache : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void filesAreTheUsersOnlyAndBounded();
    void neverKeepsAddressesOrDrafts();
    void pagesSeenOnceShowOfflineThenRefreshInPlace();
    void packagePageOpensOfflineAndRefreshes();
    void signingOutRemovesPrivateAnswers();
    void preferencesShowAndClearTheCache();

private:
    MainWindow::Options dataPmWindow() const
    {
        MainWindow::Options options;
        options.registryUrl = m_registry->endpoint(QStringLiteral("datapm"));
        return options;
    }
    // Opens the list online, selects World Cities and opens its page, so that both are in the cache.
    void visitOnline();
    bool restartRegistry();

    QTemporaryDir m_data; // the registry's data: kept across its restarts
    int m_port = 0;
    std::unique_ptr<LocalRegistry> m_registry;
};

void TestCache::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DepotTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_cache"));
    QVERIFY(m_data.isValid());
    m_port = freePort();
    QVERIFY(m_port > 0);
    QVERIFY(restartRegistry());
}

void TestCache::init()
{
    QSettings().clear();
    CachedAnswers::clear();
    if (!m_registry->isRunning())
        QVERIFY(restartRegistry());
}

void TestCache::cleanup()
{
    CachedAnswers::clear();
}

bool TestCache::restartRegistry()
{
    if (m_registry)
        m_registry->stop();
    m_registry = std::make_unique<LocalRegistry>(
        LocalRegistry::Options{QStringLiteral("demo"), false, m_data.path(), m_port});
    QString error;
    if (!m_registry->start(&error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

void TestCache::visitOnline()
{
    MainWindow window(dataPmWindow());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView* table = window.packagePage()->table();
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(table, kWorldCities) >= 0, 20000);
    QVERIFY(!window.packagePage()->packages()->freshnessNotice()->isVisible());
    table->setCurrentIndex(table->model()->index(rowNamed(table, kWorldCities), 0));
    emit table->activated(table->currentIndex());
    auto* page = qobject_cast<PackageDetailsPage*>(window.browser()->currentPage());
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->isShowingContent(), 20000);
    QVERIFY(!page->isShowingCached());
    window.close();
}

void TestCache::filesAreTheUsersOnlyAndBounded()
{
    visitOnline();
    const QStringList files = answerFiles(CachedAnswers::folder());
    QVERIFY2(files.size() >= 2, qPrintable(files.join(QLatin1Char(' '))));
    for (const QString& file : files) {
        QCOMPARE(QFileInfo(file).permissions() & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);
        for (QString folder = QFileInfo(file).path(); folder.startsWith(CachedAnswers::folder());
             folder = QFileInfo(folder).path()) {
            QCOMPARE(QFileInfo(folder).permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
                     QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
    }

    // Over the limit, the least recently used answers go first; the one just read stays.
    const AnswerCache cache;
    const QUrl endpoint(QStringLiteral("http://127.0.0.1:1/graphql"));
    const QJsonObject big{{QStringLiteral("text"), QString(300 * 1024, QLatin1Char('x'))}};
    CachedAnswers::setLimitBytes(1 << 20);
    for (int i = 0; i < 3; ++i)
        QVERIFY(cache.store({endpoint, {}, QStringLiteral("Op%1").arg(i), {}}, big));
    QTest::qWait(20); // file times tell the order
    QVERIFY(cache.find({endpoint, {}, QStringLiteral("Op0"), {}}));
    QTest::qWait(20);
    QVERIFY(cache.store({endpoint, {}, QStringLiteral("Op3"), {}}, big));
    QVERIFY(cache.sizeOnDisk() <= 1 << 20);
    QVERIFY(cache.find({endpoint, {}, QStringLiteral("Op0"), {}}));
    QVERIFY(!cache.find({endpoint, {}, QStringLiteral("Op1"), {}}));
    QVERIFY(cache.find({endpoint, {}, QStringLiteral("Op3"), {}}));
}

void TestCache::neverKeepsAddressesOrDrafts()
{
    const AnswerCache cache;
    const QUrl endpoint(QStringLiteral("http://127.0.0.1:1/graphql"));
    const QJsonObject download{
        {QStringLiteral("getPackageVersion"),
         QJsonObject{{QStringLiteral("distribution"),
                      QJsonObject{{QStringLiteral("downloadUrl"), QStringLiteral("https://cdn/x?sig=1")}}}}}};
    const QJsonObject draft{{QStringLiteral("content"),
                             QJsonArray{QJsonObject{{QStringLiteral("status"), QStringLiteral("DRAFT")}}}}};
    const QJsonObject isDraft{{QStringLiteral("page"), QJsonObject{{QStringLiteral("isDraft"), true}}}};
    const QJsonObject plain{
        {QStringLiteral("package"), QJsonObject{{QStringLiteral("status"), QStringLiteral("PUBLISHED")}}}};
    QVERIFY(!cache.store({endpoint, {}, QStringLiteral("A"), {}}, download));
    QVERIFY(!cache.store({endpoint, {}, QStringLiteral("B"), {}}, draft));
    QVERIFY(!cache.store({endpoint, {}, QStringLiteral("C"), {}}, isDraft));
    QVERIFY(cache.store({endpoint, {}, QStringLiteral("D"), {}}, plain));
    QCOMPARE(answerFiles(CachedAnswers::folder()).size(), 1);
    // Another identity does not see the answer; looking it up makes no file (an empty one, once).
    QVERIFY(!cache.find({endpoint, QStringLiteral("key:1"), QStringLiteral("D"), {}}));
    QVERIFY(!cache.find({endpoint, {}, QStringLiteral("Missing"), {}}));
    QCOMPARE(answerFiles(CachedAnswers::folder()).size(), 1);
    // Kept later, on the cache's own thread, in the order asked: the last answer is the one found.
    cache.storeLater({endpoint, {}, QStringLiteral("D"), {}}, download); // refused: the old one stays
    cache.storeLater({endpoint, {}, QStringLiteral("E"), {}}, plain);
    const QJsonObject newer{
        {QStringLiteral("package"), QJsonObject{{QStringLiteral("status"), QStringLiteral("NEW")}}}};
    cache.storeLater({endpoint, {}, QStringLiteral("E"), {}}, newer);
    AnswerCache::waitForWrites();
    QCOMPARE(cache.find({endpoint, {}, QStringLiteral("E"), {}})->data, newer);
    QCOMPARE(cache.find({endpoint, {}, QStringLiteral("D"), {}})->data, plain);
    QCOMPARE(answerFiles(CachedAnswers::folder()).size(), 2); // and no temporary file left
}

void TestCache::pagesSeenOnceShowOfflineThenRefreshInPlace()
{
    visitOnline();
    m_registry->stop();

    // A new start of Depot with the registry stopped: the list is there at once, marked as saved and offline.
    MainWindow window(dataPmWindow());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    PackageListPage* list = window.packagePage();
    QTableView* table = list->table();
    FreshnessNotice* notice = list->packages()->freshnessNotice();
    // It reopens on the package page it was left on (packagePageOpensOfflineAndRefreshes); back to the list.
    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<PackageDetailsPage*>(window.browser()->currentPage()), 10000);
    window.goBack();
    QCOMPARE(window.browser()->currentPage(), list);
    QTRY_VERIFY_WITH_TIMEOUT(list->isShowingTable() && rowNamed(table, kWorldCities) >= 0, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible() && notice->isOffline(), 10000);
    QVERIFY2(notice->text().contains(QLatin1String("Offline")) &&
                 notice->text().contains(QLatin1String("just now")),
             qPrintable(notice->text()));
    QCOMPARE(notice->accessibleName(), notice->text());
    QVERIFY(window.workspace()->isOffline());
    // What needs the registry says so at once.
    auto* publish = window.findChild<QAction*>(QStringLiteral("publishAction"));
    QVERIFY(publish && !publish->isEnabled());
    QVERIFY2(publish->toolTip().contains(QLatin1String("does not answer")), qPrintable(publish->toolTip()));

    // The person picks a row while offline.
    const int row = rowNamed(table, kWorldCities);
    table->setCurrentIndex(table->model()->index(row, 0));
    QCOMPARE(currentName(table), kWorldCities);
    const QPersistentModelIndex selected = window.packageModel()->index(row, 0);
    QSignalSpy resets(window.packageModel(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(window.packageModel(), &QAbstractItemModel::rowsRemoved);

    // The registry comes back: Depot notices by itself and refreshes the rows in place.
    QVERIFY(restartRegistry());
    QTRY_VERIFY_WITH_TIMEOUT(!window.packageModel()->isShowingCached(), 40000);
    QTRY_VERIFY_WITH_TIMEOUT(!notice->isVisible(), 5000);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(removed.count(), 0);
    QVERIFY(selected.isValid());
    QCOMPARE(currentName(table), kWorldCities);
    QVERIFY(table->selectionModel()->isRowSelected(table->currentIndex().row(), {}));
    QTRY_VERIFY_WITH_TIMEOUT(!window.workspace()->isOffline(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(publish->isEnabled(), 10000);
}

void TestCache::packagePageOpensOfflineAndRefreshes()
{
    visitOnline();
    m_registry->stop();

    // Depot reopens where it was left, the package page, though the registry does not answer.
    MainWindow window(dataPmWindow());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<PackageDetailsPage*>(window.browser()->currentPage()), 10000);
    auto* page = qobject_cast<PackageDetailsPage*>(window.browser()->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(page->isShowingContent(), 5000);
    QVERIFY(page->isShowingCached());
    QCOMPARE(page->title(), kWorldCities);
    FreshnessNotice* notice = page->freshnessNotice();
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible() && notice->isOffline(), 10000);
    QVERIFY2(notice->text().contains(QLatin1String("refreshes by itself")), qPrintable(notice->text()));

    QVERIFY(restartRegistry());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isShowingCached(), 40000);
    QCOMPARE(window.browser()->currentPage(), page); // refreshed in place, not opened again
    QVERIFY(page->isShowingContent());
    QVERIFY(!notice->isVisible());
    QCOMPARE(page->title(), kWorldCities);
}

void TestCache::signingOutRemovesPrivateAnswers()
{
    Workspace workspace(dataPmWindow());
    workspace.credentialStore()->setService(QStringLiteral("DepotTest"));
    QSettings settings;
    workspace.open(workspace.load(settings, {}));
    AccountSession* account = workspace.account();
    QVERIFY(account);
    QTRY_VERIFY_WITH_TIMEOUT(workspace.session()->state() == RegistrySession::State::Connected, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(workspace.packages()->rowCount() > 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!answerFiles(CachedAnswers::folder()).isEmpty(), 5000);
    QVERIFY(privateAnswerFiles().isEmpty()); // anonymous so far

    // Signed in: what is read now is private.
    QSignalSpy signedIn(account, &AccountSession::signedIn);
    account->signIn(QStringLiteral("demo"), QStringLiteral("demo-password-1"));
    QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(workspace.session()->state() == RegistrySession::State::Connected &&
                                 workspace.packages()->rowCount() > 0,
                             20000);
    RegistryBackend* backend = workspace.session()->backend();
    QVERIFY(await(backend->catalogs()->groupPackages(QStringLiteral("demo"), PageRequest{})));
    QTRY_VERIFY_WITH_TIMEOUT(!privateAnswerFiles().isEmpty(), 5000);

    // A key, kept in the keychain and used instead of the sign-in.
    CreatedApiKeyJob* create = backend->apiKeys()->createKey(QStringLiteral("tst_cache"));
    Credential key;
    QByteArray secret;
    connect(create, &RegistryJob::finished, this, [&] {
        key = create->result().credential;
        secret = create->result().displaySecret;
    });
    QVERIFY(await(create));
    QVERIFY(SecretLedger::recordDataPmKey(key.headerValue));
    QVERIFY(key.isValid() && secret.size() >= 8);
    QSignalSpy stored(account, &AccountSession::keyStored);
    account->storeKey(key);
    QTRY_VERIFY_WITH_TIMEOUT(!stored.isEmpty(), 20000);
    // Signing out removes what was read signed in (the key is used from now on).
    QSet<QString> signedInFolders;
    for (const QString& file : privateAnswerFiles())
        signedInFolders.insert(QFileInfo(file).path());
    QVERIFY(!signedInFolders.isEmpty());
    account->signOut();
    for (const QString& folder : std::as_const(signedInFolders))
        QVERIFY2(!QFileInfo::exists(folder), qPrintable(folder));
    QVERIFY(privateAnswerFiles().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(workspace.session()->state() == RegistrySession::State::Connected &&
                                 workspace.packages()->rowCount() > 0,
                             20000);
    for (const QString& file : privateAnswerFiles())
        QVERIFY2(!signedInFolders.contains(QFileInfo(file).path()), qPrintable(file));
    backend = workspace.session()->backend();
    QVERIFY(await(backend->catalogs()->groupPackages(QStringLiteral("demo"), PageRequest{})));
    QTRY_VERIFY_WITH_TIMEOUT(!privateAnswerFiles().isEmpty(), 5000);

    // No form of the key's secret anywhere under the test HOME (settings, cache, everything).
    const QByteArray decoded = QByteArray::fromBase64(key.headerValue);
    const QList<QByteArray> forms{key.headerValue, secret, decoded, decoded.mid(decoded.indexOf('.') + 1)};
    int searched = 0;
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++searched;
        const QByteArray content = file.readAll();
        for (const QByteArray& form : forms)
            QVERIFY2(form.size() < 8 || !content.contains(form), qPrintable(file.fileName()));
    }
    QVERIFY(searched > 0);

    // Forgetting the key signs out of the registry: its private answers go, the public ones stay.
    QSignalSpy forgotten(account, &AccountSession::keyForgotten);
    account->forgetKey();
    QTRY_VERIFY_WITH_TIMEOUT(!forgotten.isEmpty(), 20000);
    QVERIFY(privateAnswerFiles().isEmpty());
    QVERIFY(!answerFiles(CachedAnswers::folder()).isEmpty());
    // Answers that come after signing out are not kept as private ones.
    QTRY_VERIFY_WITH_TIMEOUT(workspace.packages()->rowCount() > 0, 20000);
    QTest::qWait(300);
    QVERIFY(privateAnswerFiles().isEmpty());
}

void TestCache::preferencesShowAndClearTheCache()
{
    visitOnline();
    QVERIFY(CachedAnswers::sizeOnDisk() > 0);
    PreferencesDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (QWidget* control : dialog.findChildren<QWidget*>()) {
        if (control->focusPolicy() != Qt::NoFocus && control->isVisible())
            QVERIFY2(!control->accessibleName().isEmpty(), control->metaObject()->className());
    }
    QVERIFY(dialog.clearButton()->isEnabled());
    QVERIFY(!dialog.usedLabel()->text().isEmpty());
    dialog.limitBox()->setValue(12);
    QCOMPARE(CachedAnswers::limitBytes(), qint64(12) << 20);
    QTest::mouseClick(dialog.clearButton(), Qt::LeftButton);
    QCOMPARE(CachedAnswers::sizeOnDisk(), 0);
    QVERIFY(answerFiles(CachedAnswers::folder()).isEmpty());
    QVERIFY(!dialog.clearButton()->isEnabled());
}

QTEST_MAIN(TestCache)
#include "tst_cache.moc"
