// Issue 15, acceptance 1: a Metabind key entered in the registry dialog (organization, project, key) is
// checked with the registry before the keychain keeps it; a refused key is said next to the field and nothing
// is kept; after a restart the project's packages show with no prompt. The sign-in dialog checks the same
// way. DEPOT_API_KEY gives the --registry registry of any kind its key for that run only: never stored or
// logged.
#include "auth/CredentialStore.h"
#include "keys-create/KeyFlow.h"
#include "models/PackageListModel.h"
#include "registry/RegistryList.h"
#include "session/AccountSession.h"
#include "session/RegistrySession.h"
#include "session/Workspace.h"
#include "support/LocalRegistry.h"
#include "support/LogCapture.h"
#include "support/TestDialects.h"
#include "views/MainWindow.h"
#include "views/PackageListPage.h"
#include "views/RegistryDialog.h"
#include "views/auth/KeyEntry.h"
#include "views/auth/SignInDialog.h"
#include "views/publish/FieldErrorLabel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

namespace {

constexpr int kTimeoutMs = 20000;
const QString kGoodKey = QStringLiteral("demo-org:demo-project:mb-demo-key");
const QString kWrongKey = QStringLiteral("wrong-key-0123456789");

QStringList versions(const PackageListModel* model)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, PackageListModel::NameColumn).data().toString());
    return names;
}

// What the keychain holds for `endpoint` as the account of that registry names it: nothing when `ok` is
// false.
KeyFlow::KeychainOutcome keychainFor(const QUrl& endpoint)
{
    CredentialStore store;
    AccountSession account(endpoint, &store);
    return KeyFlow::await(store.read(endpoint, account.keychainAccount()));
}

// Every file under `folder` holding `secret`.
QStringList filesHolding(const QString& folder, const QByteArray& secret)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.size() < 50 * 1024 * 1024 && file.open(QIODevice::ReadOnly) &&
            file.readAll().contains(secret))
            found.append(file.fileName());
    }
    return found;
}

} // namespace

class TestMetabindEntry : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DepotTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_metabind-entry"));
        QSettings().clear();
        m_registry = std::make_unique<LocalRegistry>();
        QString error;
        QVERIFY2(m_registry->start(&error), qPrintable(error));
    }

    void keyEnteredInRegistryDialogIsCheckedAndStored();
    void restartShowsPackagesWithoutPrompt();
    void editDialogKeepsTheKeyItRefuses();
    void signInDialogChecksBeforeKeeping();
    void environmentKeyIsForThisRunOnly_data();
    void environmentKeyIsForThisRunOnly();

private:
    std::unique_ptr<LocalRegistry> m_registry;
};

void TestMetabindEntry::keyEnteredInRegistryDialogIsCheckedAndStored()
{
    const QUrl metabind = m_registry->endpoint(QStringLiteral("metabind"));
    MainWindow::Options options;
    options.registryUrl = m_registry->endpoint(QStringLiteral("datapm"));
    MainWindow window(options);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    window.addRegistry();
    RegistryDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<RegistryDialog*>()) && dialog->isVisible());
    auto* url = dialog->findChild<QLineEdit*>(QStringLiteral("registryUrl"));
    QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    KeyEntry* key = dialog->keyEntry();
    QVERIFY(url && ok && key && key->isVisible());
    QTest::keyClicks(url, metabind.toString());
    // The kind is found from the address: the fields Metabind asks for appear.
    QTRY_VERIFY_WITH_TIMEOUT(key->organizationField()->isVisible(), kTimeoutMs);
    QVERIFY(key->projectField()->isVisible());
    QCOMPARE(key->keyField()->echoMode(), QLineEdit::Password);

    // A wrong key: refused next to the field, the dialog stays, the keychain holds nothing.
    QTest::keyClicks(key->organizationField(), QStringLiteral("demo-org"));
    QTest::keyClicks(key->projectField(), QStringLiteral("demo-project"));
    QTest::keyClicks(key->keyField(), kWrongKey);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!key->error().isEmpty(), kTimeoutMs);
    QVERIFY2(key->error().contains(QStringLiteral("did not accept")), qPrintable(key->error()));
    QVERIFY(key->errorLabel()->isVisible());
    // In place: right under the key field, in the dialog that is still open.
    QVERIFY(key->errorLabel()->mapTo(dialog, QPoint()).y() > key->keyField()->mapTo(dialog, QPoint()).y());
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isChecking());
    QCOMPARE(window.registries()->indexOfUrl(metabind), -1);
    QVERIFY(!keychainFor(metabind).ok);

    // The whole key pasted into the first field spreads over the three.
    key->organizationField()->clear();
    key->organizationField()->setFocus();
    key->organizationField()->insert(kGoodKey);
    QCOMPARE(key->organizationField()->text(), QStringLiteral("demo-org"));
    QCOMPARE(key->projectField()->text(), QStringLiteral("demo-project"));
    QCOMPARE(key->keyField()->text(), QStringLiteral("mb-demo-key"));
    QVERIFY(key->error().isEmpty());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<RegistryDialog*>(), kTimeoutMs);

    // Kept, and the project's packages list shows, newest first.
    const KeyFlow::KeychainOutcome stored = keychainFor(metabind);
    QVERIFY(stored.ok);
    QVERIFY(stored.secret.contains("mb-demo-key"));
    QVERIFY(window.registries()->indexOfUrl(metabind) >= 0);
    QCOMPARE(window.session()->entry().url, metabind);
    QTRY_COMPARE_WITH_TIMEOUT(
        versions(window.packageModel()),
        (QStringList{QStringLiteral("1.1.0"), QStringLiteral("1.0.0"), QStringLiteral("0.9.0")}), kTimeoutMs);
    QCOMPARE(window.workspace()->account()->state(), AccountSession::State::UsingKey);
    window.close(); // saves the last registry used
}

void TestMetabindEntry::restartShowsPackagesWithoutPrompt()
{
    const QUrl metabind = m_registry->endpoint(QStringLiteral("metabind"));
    MainWindow window; // no --registry: the last one used
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(window.session() && window.session()->entry().url == metabind, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(window.packageModel()->rowCount(), 3, kTimeoutMs);
    QVERIFY(window.packagePage()->isShowingTable());
    QVERIFY(window.workspace()->account()->hasStoredKey());
    // No prompt: no dialog of any kind opened.
    for (QDialog* dialog : window.findChildren<QDialog*>())
        QVERIFY2(!dialog->isVisible(), qPrintable(dialog->windowTitle()));
    window.close();
}

void TestMetabindEntry::editDialogKeepsTheKeyItRefuses()
{
    const QUrl metabind = m_registry->endpoint(QStringLiteral("metabind"));
    const QByteArray before = keychainFor(metabind).secret;
    QVERIFY(before.contains("mb-demo-key"));
    MainWindow window; // the last one used: the Metabind registry of the first test
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(window.session() && window.session()->entry().url == metabind, kTimeoutMs);

    window.editRegistry();
    RegistryDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<RegistryDialog*>()) && dialog->isVisible());
    KeyEntry* key = dialog->keyEntry();
    // The kind is known from the list: the Metabind fields at once, and an empty key keeps the one in use.
    QVERIFY(key->organizationField()->isVisible());
    key->organizationField()->insert(QStringLiteral("demo-org:demo-project:") + kWrongKey);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!key->error().isEmpty(), kTimeoutMs);
    QVERIFY(dialog->isVisible());
    QCOMPARE(keychainFor(metabind).secret, before); // the key in use stays, in the keychain and in use
    QCOMPARE(window.workspace()->account()->state(), AccountSession::State::UsingKey);
    dialog->reject();
    window.close();
}

void TestMetabindEntry::signInDialogChecksBeforeKeeping()
{
    // A registry of its own (another path): nothing stored for it yet.
    const QUrl endpoint = m_registry->endpoint(QStringLiteral("metabind-docs"));
    QNetworkAccessManager network;
    CredentialStore store;
    AccountSession account(endpoint, &store);
    QVERIFY(KeyFlow::load(account));
    const std::unique_ptr<RegistryBackend> backend =
        makeBackend(TestDialects::metabind(), endpoint, &network, account.headerProvider());
    account.setBackend(backend.get());

    SignInDialog dialog(&account, nullptr, SignInDialog::Mode::PasteKey);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* key = dialog.findChild<KeyEntry*>();
    QVERIFY(key && key->isScoped());
    key->organizationField()->insert(QStringLiteral("demo-org:demo-project:") + kWrongKey); // pasted
    QCOMPARE(key->keyField()->text(), kWrongKey);
    auto* submit = dialog.findChild<QPushButton*>(QStringLiteral("submit"));
    QTest::mouseClick(submit, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!key->error().isEmpty(), kTimeoutMs);
    QVERIFY(dialog.isVisible());
    QVERIFY(!account.hasCredential());
    QVERIFY(!keychainFor(endpoint).ok);

    key->keyField()->clear();
    QTest::keyClicks(key->keyField(), QStringLiteral("mb-demo-key"));
    QVERIFY(key->error().isEmpty());
    QTest::mouseClick(submit, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), kTimeoutMs);
    QVERIFY(account.hasStoredKey());
    QVERIFY(keychainFor(endpoint).ok);
    // Leave the keychain as it was.
    QSignalSpy forgotten(&account, &AccountSession::keyForgotten);
    account.forgetKey();
    QVERIFY(forgotten.count() || forgotten.wait(kTimeoutMs));
}

void TestMetabindEntry::environmentKeyIsForThisRunOnly_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("secretPart");
    QTest::newRow("metabind") << QStringLiteral("metabind") << kGoodKey << QStringLiteral("mb-demo-key");
    QTest::newRow("wasmer") << QStringLiteral("wasmer") << QStringLiteral("wasmer-demo-token")
                            << QStringLiteral("wasmer-demo-token");
}

void TestMetabindEntry::environmentKeyIsForThisRunOnly()
{
    QFETCH(QString, dialect);
    QFETCH(QString, key);
    QFETCH(QString, secretPart);
    QSettings().clear();
    const QUrl endpoint = m_registry->endpoint(dialect);
    {
        // Nothing stored for it before (the first test kept the Metabind key).
        CredentialStore store;
        AccountSession account(endpoint, &store);
        KeyFlow::await(store.remove(endpoint, account.keychainAccount()));
    }
    QVERIFY(!keychainFor(endpoint).ok);
    QLoggingCategory::setFilterRules(QStringLiteral("depot.*=true"));
    LogCapture log;
    qputenv("DEPOT_API_KEY", key.toUtf8());
    {
        Workspace::Options options;
        options.registryUrl = endpoint;
        Workspace workspace(options);
        qunsetenv("DEPOT_API_KEY"); // read when the workspace was made
        QSettings settings;
        workspace.open(workspace.load(settings, {}));
        QVERIFY(workspace.session());
        QTRY_VERIFY_WITH_TIMEOUT(workspace.packages()->rowCount() > 0, kTimeoutMs);
        AccountSession* account = workspace.account();
        QCOMPARE(account->state(), AccountSession::State::UsingKey);
        QVERIFY(account->hasApiKey());
        QVERIFY(!account->hasStoredKey());
        if (dialect == QLatin1String("wasmer")) // the token is the demo user's
            QTRY_COMPARE_WITH_TIMEOUT(account->user().username, QStringLiteral("demo"), kTimeoutMs);
        workspace.saveRegistries();
    }
    QLoggingCategory::setFilterRules(QString());
    // Never stored: not in the keychain, not in any file of the profile; never logged.
    QVERIFY(!keychainFor(endpoint).ok);
    QVERIFY(log.anyFrom("depot.session"));
    for (const QByteArray& line : log.lines())
        QVERIFY2(!line.contains(secretPart.toUtf8()), line.constData());
    QSettings().sync();
    const QString profile = QFileInfo(QSettings().fileName()).absolutePath();
    QVERIFY2(filesHolding(profile, secretPart.toUtf8()).isEmpty(),
             qPrintable(filesHolding(profile, secretPart.toUtf8()).join(QLatin1Char(' '))));
    QVERIFY(
        filesHolding(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), secretPart.toUtf8())
            .isEmpty());
}

QTEST_MAIN(TestMetabindEntry)
#include "tst_metabind-entry.moc"
