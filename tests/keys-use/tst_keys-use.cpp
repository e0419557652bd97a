// Acceptance 1, second process (fixture keyflow, after keys-create): with the same HOME and D-Bus session,
// build the credential store and the backend, and list the demo user's private package with the key the first
// process kept in the keychain. The request log shows exactly one credential: the key.
#include "keys-create/KeyFlow.h"
#include "registry/PackageId.h"
#include "support/TestDialects.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace {

bool listsHouseholdBudget(const PackagePage& page)
{
    for (const Package& package : page.items) {
        if (package.id == PackageId{QStringLiteral("demo"), QStringLiteral("household-budget")})
            return true;
    }
    return false;
}

} // namespace

class TestKeysUse : public QObject
{
    Q_OBJECT
private slots:
    void listPrivatePackageWithTheStoredKey()
    {
        const int port = KeyFlow::savedPort();
        QVERIFY2(port > 0, "no port saved by keys-create (run the keyflow fixture: ctest -R keys-)");
        QString why;
        const std::unique_ptr<LocalRegistry> registry = KeyFlow::startRegistry(port, true, &why);
        QVERIFY2(registry, qPrintable(why));
        const QUrl endpoint = registry->endpoint(QStringLiteral("datapm"));
        QNetworkAccessManager network;

        // Anonymous: the package is private, so it is not there without the key.
        const std::unique_ptr<RegistryBackend> anonymous =
            makeBackend(TestDialects::dataPm(), endpoint, &network);
        const auto hidden =
            KeyFlow::await(anonymous->catalogs()->groupPackages(QStringLiteral("demo"), PageRequest{}));
        QVERIFY(!hidden.ok || !listsHouseholdBudget(hidden.value));

        CredentialStore store;
        KeyFlow::configure(store);
        AccountSession account(endpoint, &store);
        QVERIFY(KeyFlow::load(account));
        QVERIFY2(account.hasStoredKey(), qPrintable(account.keychainProblem()));
        const std::unique_ptr<RegistryBackend> backend =
            makeBackend(TestDialects::dataPm(), endpoint, &network, account.headerProvider());
        account.setBackend(backend.get());

        QVERIFY(registry->clearRequestLog());
        const auto listed =
            KeyFlow::await(backend->catalogs()->groupPackages(QStringLiteral("demo"), PageRequest{}));
        QVERIFY2(listed.ok, qPrintable(listed.error.message));
        QVERIFY(listsHouseholdBudget(listed.value));
        const auto package = KeyFlow::await(
            backend->package(PackageId{QStringLiteral("demo"), QStringLiteral("household-budget")}));
        QVERIFY2(package.ok, qPrintable(package.error.message));

        // Exactly one credential per request: the key, never also an Authorization header.
        const QJsonArray log = registry->requestLog();
        QVERIFY(!log.isEmpty());
        for (const QJsonValue& entry : log) {
            const QJsonObject headers = entry.toObject().value(QLatin1String("headers")).toObject();
            QVERIFY(headers.contains(QLatin1String("x-api-key")));
            QVERIFY(!headers.contains(QLatin1String("authorization")));
        }

        // The key belongs to demo (currentUser through the key).
        QTRY_COMPARE_WITH_TIMEOUT(account.user().username, QStringLiteral("demo"), KeyFlow::timeoutMs);
        QCOMPARE(account.state(), AccountSession::State::UsingKey);
    }
};

QTEST_GUILESS_MAIN(TestKeysUse)
#include "tst_keys-use.moc"
