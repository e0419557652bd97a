// Without any D-Bus session there is no keychain: storing a key must fail quickly, with the
// no-keychain message, and must not fall back to a file. Using a key for this session only (the user's
// explicit choice in the sign-in dialog) still works: requests carry it, and no file under HOME gets it
// (acceptance 3).
#include "auth/CredentialStore.h"
#include "keys-create/KeyFlow.h"
#include "support/TestDialects.h"
#include "views/auth/SignInDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTest>

namespace {

// True when `needle` occurs in any file under `dir` (the needle is never printed).
bool foundUnder(const QString& dir, const QByteArray& needle)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return true;
    }
    return false;
}

} // namespace

class TestNoKeychain : public QObject
{
    Q_OBJECT
private slots:
    void writeFailsFastWithNoKeychainMessage()
    {
        CredentialStore store;
        store.setService(QStringLiteral("DepotTest"));
        const QByteArray secret = "never-on-disk-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        CredentialJob* job =
            store.write(QUrl(QStringLiteral("https://datapm.io/graphql")), QStringLiteral("demo"), secret);
        KeychainError error = KeychainError::None;
        QString text;
        bool succeeded = false;
        connect(job, &CredentialJob::finished, this, [&] { succeeded = true; });
        connect(job, &CredentialJob::failed, this, [&](KeychainError e, const QString& t) {
            error = e;
            text = t;
        });
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(succeeded || error != KeychainError::None, 10000);
        QVERIFY(!succeeded);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(error, KeychainError::NoKeychain);
        QVERIFY2(text.contains(QStringLiteral("No keychain is available")), qPrintable(text));

        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(!file.open(QIODevice::ReadOnly) || !file.readAll().contains(secret));
        }
    }

    void sessionOnlyKeyWorksAndStaysOffDisk()
    {
        LocalRegistry::Options options;
        options.faults = true;
        options.dataDir = SecretLedger::testHome() + QStringLiteral("/nokeychain-registry");
        QDir(options.dataDir).removeRecursively();
        QDir().mkpath(options.dataDir);
        LocalRegistry registry(options);
        QString why;
        QVERIFY2(registry.start(&why), qPrintable(why));
        const QUrl endpoint = registry.endpoint(QStringLiteral("datapm"));
        QNetworkAccessManager network;
        CredentialStore store;
        KeyFlow::configure(store);
        AccountSession account(endpoint, &store);
        QVERIFY(KeyFlow::load(account)); // no keychain: loads nothing, quickly
        QVERIFY(!account.hasCredential());
        const std::unique_ptr<RegistryBackend> backend =
            makeBackend(TestDialects::dataPm(), endpoint, &network, account.headerProvider());
        account.setBackend(backend.get());

        // A key made on the registry (signing in needs no keychain).
        QVERIFY(KeyFlow::signIn(account, QStringLiteral("demo"), QStringLiteral("demo-password-1")));
        const auto created = KeyFlow::await(backend->apiKeys()->createKey(QStringLiteral("no keychain")));
        QVERIFY2(created.ok, qPrintable(created.error.message));
        const QByteArray wire = created.value.displaySecret;
        QVERIFY(SecretLedger::recordDataPmKey(wire));
        account.signOut();

        // Pasted in the sign-in dialog with "keep in the keychain": refused in place within 5 s, and the
        // session-only choice is offered.
        SignInDialog dialog(&account, nullptr, SignInDialog::Mode::PasteKey);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* keyField = dialog.findChild<QLineEdit*>(QStringLiteral("apiKey"));
        keyField->setText(QString::fromLatin1(wire));
        QVERIFY(dialog.findChild<QCheckBox*>(QStringLiteral("keepInKeychain"))->isChecked());
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("submit")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.problem().isEmpty(), 10000);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(dialog.problem().contains(QStringLiteral("No keychain is available")),
                 qPrintable(dialog.problem()));
        QVERIFY(!account.hasCredential()); // not used without the user's say
        auto* sessionOnly = dialog.findChild<QPushButton*>(QStringLiteral("sessionOnly"));
        QVERIFY(sessionOnly->isVisible());
        QTest::mouseClick(sessionOnly, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(account.hasApiKey() && !account.hasStoredKey());

        // Requests carry it.
        QVERIFY(registry.clearRequestLog());
        const auto listed =
            KeyFlow::await(backend->catalogs()->groupPackages(QStringLiteral("demo"), PageRequest{}));
        QVERIFY2(listed.ok, qPrintable(listed.error.message));
        bool privateListed = false;
        for (const Package& package : listed.value.items)
            privateListed = privateListed || package.id.name == QStringLiteral("household-budget");
        QVERIFY(privateListed);
        const QJsonArray log = registry.requestLog();
        QVERIFY(!log.isEmpty());
        for (const QJsonValue& entry : log) {
            const QJsonObject headers = entry.toObject().value(QLatin1String("headers")).toObject();
            QVERIFY(headers.value(QLatin1String("x-api-key")).toString().toLatin1() == wire);
            QVERIFY(!headers.contains(QLatin1String("authorization")));
        }

        // No file under HOME (settings, caches, the registry's data folder) holds it in any form.
        registry.stop();
        const QByteArray decoded = QByteArray::fromBase64(wire);
        for (const QByteArray& form : {wire, decoded, decoded.mid(decoded.indexOf('.') + 1)})
            QVERIFY(!foundUnder(QDir::homePath(), form));
    }
};

int main(int argc, char* argv[])
{
    // Before anything opens a D-Bus connection: point the session bus at nothing.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    QApplication app(argc, argv);
    TestNoKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_nokeychain.moc"
