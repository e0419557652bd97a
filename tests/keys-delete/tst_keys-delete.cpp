// Acceptance 1, last process (cleanup of fixture keyflow): delete the stored key in the API keys dialog, with
// its confirmation -> gone from the keychain, and gone from the registry (listed again after signing in).
#include "keys-create/KeyFlow.h"
#include "models/ApiKeyListModel.h"
#include "support/TestDialects.h"
#include "views/auth/ApiKeysDialog.h"

#include <QApplication>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableView>

class TestKeysDelete : public QObject
{
    Q_OBJECT
private slots:
    void deleteTheStoredKey()
    {
        const int port = KeyFlow::savedPort();
        QVERIFY2(port > 0, "no port saved by keys-create (run the keyflow fixture: ctest -R keys-)");
        QString why;
        const std::unique_ptr<LocalRegistry> registry = KeyFlow::startRegistry(port, false, &why);
        QVERIFY2(registry, qPrintable(why));
        const QUrl endpoint = registry->endpoint(QStringLiteral("datapm"));
        QNetworkAccessManager network;

        CredentialStore store;
        KeyFlow::configure(store);
        AccountSession account(endpoint, &store);
        QVERIFY(KeyFlow::load(account));
        QVERIFY2(account.hasStoredKey(), "no stored key: keys-create did not keep one");
        const QString keyId = account.apiKeyId();
        QVERIFY(!keyId.isEmpty());
        const std::unique_ptr<RegistryBackend> backend =
            makeBackend(TestDialects::dataPm(), endpoint, &network, account.headerProvider());
        account.setBackend(backend.get());

        ApiKeysDialog dialog(&account);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->state(), ApiKeyListModel::State::Loaded,
                                  KeyFlow::timeoutMs);
        const int row = dialog.model()->rowOfId(keyId);
        QVERIFY(row >= 0);
        auto* table = dialog.findChild<QTableView*>(QStringLiteral("keyTable"));
        table->selectionModel()->select(dialog.model()->index(row, 0),
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        auto* remove = dialog.findChild<QPushButton*>(QStringLiteral("deleteKey"));
        QVERIFY(remove && remove->isEnabled());

        // The confirmation is modal: answer it from the event loop, the way a person would.
        bool confirmed = false;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<QMessageBox*>(QApplication::activeModalWidget()), 5000);
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box->text().contains(QStringLiteral("keychain"))); // it says the stored key goes too
            auto* confirm = box->findChild<QPushButton*>(QStringLiteral("confirmDeleteButton"));
            QVERIFY(confirm);
            confirmed = true;
            QTest::mouseClick(confirm, Qt::LeftButton);
        });
        QSignalSpy forgotten(&account, &AccountSession::keyForgotten);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(confirmed);
        QVERIFY(forgotten.wait(KeyFlow::timeoutMs));
        QVERIFY2(forgotten.first().first().toString().isEmpty(),
                 qPrintable(forgotten.first().first().toString()));
        QVERIFY(!account.hasApiKey());

        // Gone from the keychain.
        const KeyFlow::KeychainOutcome read = KeyFlow::await(store.read(endpoint, account.keychainAccount()));
        QVERIFY(!read.ok);
        QCOMPARE(read.error, KeychainError::NotFound);

        // Gone from the registry: the owner's list no longer has it.
        QVERIFY(KeyFlow::signIn(account, QStringLiteral("demo"), QStringLiteral("demo-password-1")));
        const auto keys = KeyFlow::await(backend->apiKeys()->listKeys());
        QVERIFY2(keys.ok, qPrintable(keys.error.message));
        for (const ApiKey& key : keys.value)
            QVERIFY(key.id != keyId);
        account.signOut();
    }
};

QTEST_MAIN(TestKeysDelete)
#include "tst_keys-delete.moc"
