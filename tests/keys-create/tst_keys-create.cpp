// Acceptance 1, first process (CTest fixture keyflow, setup): with a real gnome-keyring, create a key in the
// API keys dialog with QTest input (Create, accept the proposed label, keep in the keychain) -> it is in the
// keychain (read back) -> it is listed. tests/keys-use and tests/keys-delete go on from here.
// CTest runs it with every depot.* logging category on (properties.cmake): what that logging says during the
// key's creation holds no secret (issue 13, acceptance 6). tests/secrets scans this run's output again
// afterwards.
#include "KeyFlow.h"
#include "auth/StoredKeyCodec.h"
#include "models/ApiKeyListModel.h"
#include "support/LogCapture.h"
#include "support/TestDialects.h"
#include "views/auth/ApiKeysDialog.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>

class TestKeysCreate : public QObject
{
    Q_OBJECT
private slots:
    void createKeyInTheDialog()
    {
        LogCapture log;
        QString why;
        const std::unique_ptr<LocalRegistry> registry = KeyFlow::startRegistry(0, false, &why);
        QVERIFY2(registry, qPrintable(why));
        QVERIFY(KeyFlow::savePort(registry->baseUrl().port()));
        const QUrl endpoint = registry->endpoint(QStringLiteral("datapm"));

        QNetworkAccessManager network;
        CredentialStore store;
        KeyFlow::configure(store);
        AccountSession account(endpoint, &store);
        QVERIFY(KeyFlow::load(account));
        QVERIFY2(!account.hasApiKey(), "a key is stored already: the keyflow data folder is not fresh");
        const std::unique_ptr<RegistryBackend> backend =
            makeBackend(TestDialects::dataPm(), endpoint, &network, account.headerProvider());
        account.setBackend(backend.get());
        QVERIFY(KeyFlow::signIn(account, QStringLiteral("demo"), QStringLiteral("demo-password-1")));

        ApiKeysDialog dialog(&account);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->state(), ApiKeyListModel::State::Loaded,
                                  KeyFlow::timeoutMs);

        auto* create = dialog.findChild<QPushButton*>(QStringLiteral("createKey"));
        QVERIFY(create && create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton);
        QCOMPARE(dialog.page(), ApiKeysDialog::Page::Create);
        auto* label = dialog.findChild<QLineEdit*>(QStringLiteral("keyLabel"));
        QVERIFY(label);
        const QString proposed = ApiKeyManagement::proposedKeyLabel(endpoint);
        QCOMPARE(label->text(), proposed);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("confirmCreate")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.page(), ApiKeysDialog::Page::Secret, KeyFlow::timeoutMs);

        auto* secretField = dialog.findChild<QLineEdit*>(QStringLiteral("secret"));
        QVERIFY(secretField && secretField->isReadOnly());
        QVERIFY(secretField->echoMode() == QLineEdit::Password);
        const QByteArray secret = secretField->text().toLatin1();
        QVERIFY(!secret.isEmpty());
        QVERIFY(SecretLedger::recordDataPmKey(secret));

        auto* keep = dialog.findChild<QCheckBox*>(QStringLiteral("keepInKeychain"));
        QVERIFY(keep && keep->isChecked()); // on by default
        QSignalSpy stored(&account, &AccountSession::keyStored);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("done")), Qt::LeftButton);
        QVERIFY(stored.wait(KeyFlow::timeoutMs));
        QCOMPARE(dialog.page(), ApiKeysDialog::Page::List);
        QVERIFY(secretField->text().isEmpty()); // shown once: gone from the widget

        // In the keychain: read it back through the store, as another process would.
        const KeyFlow::KeychainOutcome read = KeyFlow::await(store.read(endpoint, account.keychainAccount()));
        QVERIFY(read.ok);
        const std::optional<Credential> storedKey = StoredKeyCodec::decode(read.secret);
        QVERIFY(storedKey);
        QVERIFY2(storedKey->headerValue == secret, "the keychain holds another key than the one shown");
        QVERIFY(storedKey->headerName.compare("x-api-key", Qt::CaseInsensitive) == 0);

        // Listed, and marked as the one Depot uses.
        QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->state(), ApiKeyListModel::State::Loaded,
                                  KeyFlow::timeoutMs);
        const int row = dialog.model()->rowOfLabel(proposed);
        QVERIFY(row >= 0);
        QCOMPARE(dialog.model()->keyAt(row).id, storedKey->keyId);
        QVERIFY(dialog.model()->index(row, 0).data(ApiKeyListModel::IsCurrentRole).toBool());

        // Signing out forgets the session token; the stored key stays for the next processes.
        account.signOut();
        QVERIFY(!account.isSignedIn());
        QVERIFY(account.hasApiKey() && account.hasStoredKey());
        dialog.close();

        // With logging on, every layer spoke, and no line holds the key in any of its forms.
        if (QLoggingCategory(QByteArrayLiteral("depot.network").constData()).isDebugEnabled()) {
            for (const char* category : {"depot.network", "depot.auth", "depot.session"})
                QVERIFY2(log.anyFrom(category), category);
            const QByteArray decoded = QByteArray::fromBase64(secret);
            for (const QByteArray& line : log.lines()) {
                for (const QByteArray& form : {secret, decoded, decoded.mid(decoded.indexOf('.') + 1)})
                    QVERIFY2(!line.contains(form), "a depot.* log line holds the new key");
            }
        }
    }
};

QTEST_MAIN(TestKeysCreate)
#include "tst_keys-create.moc"
