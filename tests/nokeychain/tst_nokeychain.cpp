// Without any D-Bus session there is no keychain: storing a key must fail quickly, with the
// no-keychain message, and must not fall back to a file.
#include "auth/CredentialStore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QTest>

class TestNoKeychain : public QObject
{
    Q_OBJECT
private slots:
    void writeFailsFastWithNoKeychainMessage()
    {
        CredentialStore store;
        store.setService(QStringLiteral("DepotTest"));
        const QByteArray secret = "never-on-disk-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        CredentialJob* job = store.write(QUrl(QStringLiteral("https://datapm.io/graphql")), QStringLiteral("demo"),
                                         secret);
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
};

int main(int argc, char* argv[])
{
    // Before anything opens a D-Bus connection: point the session bus at nothing.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    QCoreApplication app(argc, argv);
    TestNoKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_nokeychain.moc"
