// Wasmer tokens in the existing account dialogs (issue 14, "Tokens"): a pasted token is checked with
// `viewer` and kept in the keychain (one with "Bearer " in front too; one the registry does not know is
// said to be rejected); a password sign-in with tokenAuth; the API-keys dialog lists the user's tokens,
// creates one (shown once, called a token) and revokes it.
#include "auth/CredentialStore.h"
#include "models/ApiKeyListModel.h"
#include "registry/RegistryBackend.h"
#include "registry/parts/AccountAccess.h"
#include "session/AccountSession.h"
#include "support/LocalRegistry.h"
#include "support/TestDialects.h"
#include "support/WasmerFixtures.h"
#include "views/auth/ApiKeysDialog.h"
#include "views/auth/SignInDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace {
constexpr int kTimeoutMs = 30000;
} // namespace

class TestWasmerTokens : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pastedTokenIsCheckedWithViewer();
    void passwordSignInThenCreateAndRevokeATokenInTheDialog();

private:
    // An account of the registry with its backend, credentials kept under the tests' keychain service.
    struct Account
    {
        std::unique_ptr<AccountSession> session;
        std::unique_ptr<RegistryBackend> backend;
    };
    Account account();

    std::unique_ptr<LocalRegistry> m_registry;
    QNetworkAccessManager m_network;
    CredentialStore m_store;
};

void TestWasmerTokens::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_store.setService(QStringLiteral("DepotTest"));
    m_registry = std::make_unique<LocalRegistry>();
    QString error;
    QVERIFY2(m_registry->start(&error), qPrintable(error));
}

TestWasmerTokens::Account TestWasmerTokens::account()
{
    const QUrl endpoint = m_registry->endpoint(QStringLiteral("wasmer"));
    Account result;
    result.session = std::make_unique<AccountSession>(endpoint, &m_store);
    result.backend =
        makeBackend(TestDialects::wasmer(), endpoint, &m_network, result.session->headerProvider());
    result.session->setBackend(result.backend.get());
    QSignalSpy loaded(result.session.get(), &AccountSession::loaded);
    result.session->ensureLoaded();
    if (!result.session->isLoaded())
        loaded.wait(kTimeoutMs);
    return result;
}

void TestWasmerTokens::pastedTokenIsCheckedWithViewer()
{
    Account wasmer = account();
    SignInDialog dialog(wasmer.session.get(), nullptr, SignInDialog::Mode::PasteKey);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* key = dialog.findChild<QLineEdit*>(QStringLiteral("apiKey"));
    QVERIFY(key);
    // The form speaks of tokens, as Wasmer does.
    QVERIFY2(key->accessibleName().contains(QStringLiteral("Token")), qPrintable(key->accessibleName()));
    QTest::keyClicks(key, QStringLiteral("Bearer ") + WasmerFixtures::kDemoToken);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("submit")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wasmer.session->user().username, QStringLiteral("demo"), kTimeoutMs);
    QCOMPARE(wasmer.session->state(), AccountSession::State::UsingKey);
    QVERIFY(wasmer.session->hasStoredKey());

    // A token the registry does not know: viewer is null, and the account says the key was rejected.
    Account other = account();
    other.session->forgetKey();
    QVERIFY(other.session->useKeyForSession(
        other.backend->account()->credentialFromPastedKey(QStringLiteral("wat_not-a-token"))));
    other.session->refreshUser();
    QTRY_COMPARE_WITH_TIMEOUT(other.session->state(), AccountSession::State::Rejected, kTimeoutMs);
    other.session->forgetKey();
}

void TestWasmerTokens::passwordSignInThenCreateAndRevokeATokenInTheDialog()
{
    Account wasmer = account();
    SignInDialog signIn(wasmer.session.get(), nullptr, SignInDialog::Mode::Password);
    signIn.show();
    QVERIFY(QTest::qWaitForWindowExposed(&signIn));
    QTest::keyClicks(signIn.findChild<QLineEdit*>(QStringLiteral("username")), QStringLiteral("demo"));
    QTest::keyClicks(signIn.findChild<QLineEdit*>(QStringLiteral("password")),
                     QStringLiteral("demo-password-1"));
    QSignalSpy signedIn(wasmer.session.get(), &AccountSession::signedIn);
    QTest::mouseClick(signIn.findChild<QPushButton*>(QStringLiteral("submit")), Qt::LeftButton);
    QVERIFY(signedIn.wait(kTimeoutMs));
    QVERIFY(wasmer.session->isSignedIn());

    ApiKeysDialog dialog(wasmer.session.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->state(), ApiKeyListModel::State::Loaded, kTimeoutMs);
    const int before = dialog.model()->rowCount();
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("createKey")), Qt::LeftButton);
    QCOMPARE(dialog.page(), ApiKeysDialog::Page::Create);
    auto* label = dialog.findChild<QLineEdit*>(QStringLiteral("keyLabel"));
    label->clear();
    QTest::keyClicks(label, QStringLiteral("depot test token"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("confirmCreate")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.page(), ApiKeysDialog::Page::Secret, kTimeoutMs);
    auto* secret = dialog.findChild<QLineEdit*>(QStringLiteral("secret"));
    QVERIFY(!secret->text().isEmpty());
    QVERIFY(!secret->text().startsWith(QStringLiteral("Bearer"))); // what a person pastes into the CLI
    dialog.findChild<QCheckBox*>(QStringLiteral("keepInKeychain"))->setChecked(false);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("done")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.page(), ApiKeysDialog::Page::List, kTimeoutMs);
    QVERIFY(secret->text().isEmpty()); // shown once
    QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->rowCount(), before + 1, kTimeoutMs);
    const int row = dialog.model()->rowOfLabel(QStringLiteral("depot test token"));
    QVERIFY(row >= 0);

    // Revoke it: the confirmation is answered Delete; the list no longer has it.
    QTableView* table = dialog.findChild<QTableView*>();
    QVERIFY(table);
    table->setCurrentIndex(table->model()->index(row, 0));
    QTimer::singleShot(0, &dialog, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton* button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
    });
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("deleteKey")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.model()->rowOfLabel(QStringLiteral("depot test token")) < 0, kTimeoutMs);
    QCOMPARE(dialog.model()->rowCount(), before);
}

QTEST_MAIN(TestWasmerTokens)
#include "tst_wasmer-tokens.moc"
