// The credential store against a real gnome-keyring in the private D-Bus session of scripts/test.
#include "auth/CredentialStore.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTest>

namespace {

struct Outcome
{
    bool ok = false;
    KeychainError error = KeychainError::None;
    QByteArray secret;
    QString text;
};

Outcome wait(CredentialJob* job)
{
    Outcome outcome;
    bool done = false;
    QObject::connect(job, &CredentialJob::finished, job, [&] {
        outcome.ok = true;
        outcome.secret = job->secret();
        done = true;
    });
    QObject::connect(job, &CredentialJob::failed, job, [&](KeychainError error, const QString& text) {
        outcome.error = error;
        outcome.text = text;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        outcome.text = QStringLiteral("the credential job did not end within 15 s");
    return outcome;
}

// True when `needle` occurs in any file under `dir`.
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

class TestKeychain : public QObject
{
    Q_OBJECT
private slots:
    void keyIsOriginPlusAccount()
    {
        QCOMPARE(CredentialStore::keyFor(QUrl(QStringLiteral("https://user@datapm.io:8443/graphql?x=1")),
                                         QStringLiteral("demo")),
                 QStringLiteral("https://datapm.io:8443 demo"));
    }

    void roundTripThenRemove()
    {
        CredentialStore store;
        store.setService(QStringLiteral("DepotTest"));
        const QUrl registry(QStringLiteral("http://127.0.0.1:4000/datapm/graphql"));
        const QByteArray secret = "k3y-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());

        Outcome written = wait(store.write(registry, QStringLiteral("demo"), secret));
        QVERIFY2(written.ok, qPrintable(written.text));

        Outcome read = wait(store.read(registry, QStringLiteral("demo")));
        QVERIFY2(read.ok, qPrintable(read.text));
        QCOMPARE(read.secret, secret);

        // The keyring is encrypted with the session's password: the secret is not in plain text under HOME.
        QVERIFY(!foundUnder(QDir::homePath(), secret));

        Outcome removed = wait(store.remove(registry, QStringLiteral("demo")));
        QVERIFY2(removed.ok, qPrintable(removed.text));

        Outcome gone = wait(store.read(registry, QStringLiteral("demo")));
        QVERIFY(!gone.ok);
        QCOMPARE(gone.error, KeychainError::NotFound);
    }

    void remembersOnlyThatNothingIsStored()
    {
        CredentialStore store;
        store.setService(QStringLiteral("DepotTest"));
        const QUrl registry(QStringLiteral("https://nothing.example/graphql"));
        const QString account = QStringLiteral("demo");
        QVERIFY(!store.knownToHoldNothing(registry, account)); // never looked: unknown
        QCOMPARE(wait(store.read(registry, account)).error, KeychainError::NotFound);
        QVERIFY(store.knownToHoldNothing(registry, account));
        // Another service (another install) keeps its own answer.
        CredentialStore other;
        other.setService(QStringLiteral("DepotOther"));
        QVERIFY(!other.knownToHoldNothing(registry, account));

        const QByteArray secret = "remember-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(wait(store.write(registry, account, secret)).ok);
        QVERIFY(!store.knownToHoldNothing(registry, account));
        QCOMPARE(wait(store.read(registry, account)).secret, secret);
        QVERIFY(!store.knownToHoldNothing(registry, account));
        QVERIFY(wait(store.remove(registry, account)).ok);
        QVERIFY(store.knownToHoldNothing(registry, account));
        // What is remembered names neither the registry nor any secret.
        QVERIFY(!foundUnder(QDir::homePath(), secret));
        QVERIFY(!foundUnder(QDir::homePath() + QStringLiteral("/.config"), "nothing.example"));
    }

    void keysOfOtherRegistriesStaySeparate()
    {
        CredentialStore store;
        store.setService(QStringLiteral("DepotTest"));
        const QUrl a(QStringLiteral("https://a.example/graphql"));
        const QUrl b(QStringLiteral("https://b.example/graphql"));
        QVERIFY(wait(store.write(a, QStringLiteral("demo"), "secret-a")).ok);
        Outcome other = wait(store.read(b, QStringLiteral("demo")));
        QCOMPARE(other.error, KeychainError::NotFound);
        QVERIFY(wait(store.remove(a, QStringLiteral("demo"))).ok);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
