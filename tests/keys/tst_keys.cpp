// auth/ rules and the key views: which addresses may get a credential (acceptance 5), one credential header
// per request for the right origin only, rejection detection, the stored-key format, the API key list model
// (QAbstractItemModelTester), the dialogs against the local registry (a taken label, the clipboard), and
// acceptance 4: a wrong or revoked key says "Key rejected" and offers to sign in again; after signing in,
// requests carry only the session token (request log).
#include "auth/CredentialPolicy.h"
#include "auth/RegistryCredentials.h"
#include "auth/StoredKeyCodec.h"
#include "graphql/ErrorConventions.h"
#include "keys-create/KeyFlow.h"
#include "models/ApiKeyListModel.h"
#include "models/PackageListModel.h"
#include "registry/datapm/DataPmErrors.h"
#include "support/TestDialects.h"
#include "views/BrowserLocation.h"
#include "views/BrowserStack.h"
#include "views/MainWindow.h"
#include "views/MessagePage.h"
#include "views/auth/AccountController.h"
#include "views/auth/AccountStatusWidget.h"
#include "views/auth/ApiKeysDialog.h"
#include "views/auth/KeyRefusedBar.h"
#include "views/auth/SecretClipboard.h"
#include "views/auth/SignInDialog.h"
#include "views/pages/StatefulPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>

#include <atomic>
#include <thread>

namespace {

Credential apiKey(const QByteArray& value, const QString& id = QStringLiteral("key-1"))
{
    Credential key;
    key.kind = Credential::Kind::ApiKey;
    key.headerName = "X-API-Key";
    key.headerValue = value;
    key.keyId = id;
    return key;
}

Credential sessionToken(const QByteArray& value)
{
    Credential token;
    token.kind = Credential::Kind::SessionToken;
    token.headerName = "Authorization";
    token.headerValue = "Bearer " + value;
    return token;
}

Error graphQlError(const QString& code, const QString& message, int status = 200)
{
    Error error;
    error.kind = Error::Kind::GraphQl;
    error.code = code;
    error.message = message;
    error.token = Error::leadingToken(message);
    error.httpStatus = status;
    // As the DataPM backend reads what its server sends.
    return DataPmErrors::explain(ErrorConventions::classified(error));
}

// Every request in the log carries `present` and not `absent` (lower-case header names).
bool everyRequestHas(const QJsonArray& log, const QString& present, const QString& absent, QString* why)
{
    if (log.isEmpty()) {
        *why = QStringLiteral("no request in the log");
        return false;
    }
    for (const QJsonValue& entry : log) {
        const QJsonObject request = entry.toObject();
        const QJsonObject headers = request.value(QLatin1String("headers")).toObject();
        if (!headers.contains(present) || headers.contains(absent)) {
            *why = QStringLiteral("request %1 has the wrong credential header")
                       .arg(request.value(QLatin1String("operationName")).toString());
            return false;
        }
    }
    return true;
}

} // namespace

class TestKeys : public QObject
{
    Q_OBJECT
private slots:
    // --- acceptance 5: the policy
    void policyRefusesPlainHttpToOtherHosts()
    {
        const QUrl insecure(QStringLiteral("http://registry.example.com/graphql"));
        QVERIFY(!CredentialPolicy::allows(insecure));
        const QString message = CredentialPolicy::refusal(insecure);
        QVERIFY(message.contains(QStringLiteral("registry.example.com")));
        QVERIFY(message.contains(QStringLiteral("HTTP")));
        for (const char* refused :
             {"http://127.0.0.1.example.com/graphql", "http://localhost.example.com/",
              "http://10.0.0.1/graphql", "ftp://127.0.0.1/", "registry.example.com", ""})
            QVERIFY2(!CredentialPolicy::allows(QUrl(QString::fromLatin1(refused))), refused);
    }

    void policyAllowsHttpsAndLoopback()
    {
        for (const char* allowed :
             {"https://registry.example.com/graphql", "HTTPS://datapm.io",
              "http://127.0.0.1:4000/datapm/graphql", "http://127.8.9.10/graphql",
              "http://[::1]:4000/graphql", "http://localhost:4000/", "http://LOCALHOST/graphql"}) {
            const QUrl url(QString::fromLatin1(allowed));
            QVERIFY2(CredentialPolicy::allows(url), allowed);
            QVERIFY(CredentialPolicy::refusal(url).isEmpty());
        }
    }

    void accountRefusesKeysAndPasswordsForInsecureRegistry()
    {
        AccountSession account(QUrl(QStringLiteral("http://registry.example.com/graphql")), nullptr);
        QSignalSpy storeFailed(&account, &AccountSession::keyStoreFailed);
        account.storeKey(apiKey("0123456789abcdef"));
        QCOMPARE(storeFailed.size(), 1);
        QVERIFY(storeFailed.first().at(0).toString().contains(QStringLiteral("registry.example.com")));
        QCOMPARE(storeFailed.first().at(1).toBool(), false); // no "session only" offer either
        QVERIFY(!account.useKeyForSession(apiKey("0123456789abcdef")));
        QVERIFY(!account.hasCredential());
        QSignalSpy signInFailed(&account, &AccountSession::signInFailed);
        account.signIn(QStringLiteral("demo"), QStringLiteral("demo-password-1"));
        QCOMPARE(signInFailed.size(), 1);
        QVERIFY(signInFailed.first().at(0).toString().contains(QStringLiteral("HTTP")));
    }

    // --- one credential, the right origin
    void oneHeaderSessionTokenWins()
    {
        RegistryCredentials credentials(QUrl(QStringLiteral("https://datapm.io/graphql")));
        const QUrl endpoint(QStringLiteral("https://datapm.io/graphql"));
        QVERIFY(credentials.headersFor(endpoint).isEmpty());
        QVERIFY(credentials.setApiKey(apiKey("key-value-123456")));
        auto headers = credentials.headersFor(endpoint);
        QCOMPARE(headers.size(), 1);
        QCOMPARE(headers.first().first, QByteArray("X-API-Key"));
        QVERIFY(credentials.setSessionToken(sessionToken("jwt-value-123456")));
        headers = credentials.headersFor(endpoint);
        QCOMPARE(headers.size(), 1);
        QCOMPARE(headers.first().first, QByteArray("Authorization"));
        credentials.clearSessionToken();
        headers = credentials.headersFor(endpoint);
        QCOMPARE(headers.size(), 1);
        QCOMPARE(headers.first().first, QByteArray("X-API-Key"));
        credentials.clearApiKey();
        QVERIFY(credentials.headersFor(endpoint).isEmpty());
    }

    void neverEmptyNeverWrongKind()
    {
        RegistryCredentials credentials(QUrl(QStringLiteral("https://datapm.io/graphql")));
        QVERIFY(!credentials.setApiKey(apiKey(QByteArray())));
        QVERIFY(!credentials.setApiKey(sessionToken("jwt-value-123456")));
        QVERIFY(!credentials.setSessionToken(apiKey("key-value-123456")));
        Credential noName = apiKey("key-value-123456");
        noName.headerName.clear();
        QVERIFY(!credentials.setApiKey(noName));
        QVERIFY(credentials.headersFor(QUrl(QStringLiteral("https://datapm.io/graphql"))).isEmpty());
    }

    void onlyTheBoundOrigin()
    {
        RegistryCredentials credentials(QUrl(QStringLiteral("https://datapm.io/graphql")));
        QVERIFY(credentials.setApiKey(apiKey("key-value-123456")));
        QCOMPARE(credentials.headersFor(QUrl(QStringLiteral("https://DATAPM.io:443/other/path"))).size(), 1);
        for (const char* other :
             {"https://evil.example/graphql", "http://datapm.io/graphql", "https://datapm.io:8443/graphql",
              "https://api.datapm.io/graphql", "https://datapm.io.evil.example/graphql", ""})
            QVERIFY2(credentials.headersFor(QUrl(QString::fromLatin1(other))).isEmpty(), other);
    }

    void safeForConstUseFromAnotherThread()
    {
        RegistryCredentials credentials(QUrl(QStringLiteral("https://datapm.io/graphql")));
        const QUrl endpoint(QStringLiteral("https://datapm.io/graphql"));
        std::atomic<bool> stop{false};
        std::atomic<int> bad{0};
        std::thread reader([&] {
            while (!stop) {
                const auto headers = credentials.headersFor(endpoint);
                if (headers.size() > 1 || (headers.size() == 1 && headers.first().second.isEmpty()))
                    ++bad;
            }
        });
        for (int i = 0; i < 2000; ++i) {
            credentials.setApiKey(apiKey("key-value-123456"));
            credentials.setSessionToken(sessionToken("jwt-value-123456"));
            credentials.clearApiKey();
            credentials.clearSessionToken();
        }
        stop = true;
        reader.join();
        QCOMPARE(bad.load(), 0);
    }

    void rejectionIsRecognised()
    {
        QVERIFY(AccountSession::isRejection(
            graphQlError(QStringLiteral("UNAUTHENTICATED"),
                         QStringLiteral("Context creation failed: API_KEY_NOT_FOUND"), 400)));
        QVERIFY(AccountSession::isRejection(
            graphQlError(QStringLiteral("INVALID_AUTHENTICATION"), QStringLiteral("x"), 400)));
        QVERIFY(AccountSession::isRejection(
            graphQlError(QString(), QStringLiteral("Context creation failed: invalid token"), 400)));
        QVERIFY(AccountSession::isRejection(
            graphQlError(QStringLiteral("UNAUTHENTICATED"), QStringLiteral("NOT_AUTHENTICATED"))));
        QVERIFY(!AccountSession::isRejection(
            graphQlError(QStringLiteral("FORBIDDEN"), QStringLiteral("NOT_AUTHORIZED"))));
        QVERIFY(!AccountSession::isRejection(graphQlError(QStringLiteral("INTERNAL_SERVER_ERROR"),
                                                          QStringLiteral("PACKAGE_NOT_FOUND - a/b"))));
        Error network;
        network.kind = Error::Kind::Network;
        QVERIFY(!AccountSession::isRejection(ErrorConventions::classified(network)));
        Error unauthorized;
        unauthorized.kind = Error::Kind::Http;
        unauthorized.httpStatus = 401;
        QVERIFY(AccountSession::isRejection(ErrorConventions::classified(unauthorized)));

        // Anonymous requests that need a sign-in are not a rejected key.
        AccountSession account(QUrl(QStringLiteral("https://datapm.io/graphql")), nullptr);
        QVERIFY(!account.reportError(
            graphQlError(QStringLiteral("UNAUTHENTICATED"), QStringLiteral("NOT_AUTHENTICATED"))));
        QVERIFY(account.useKeyForSession(apiKey("key-value-123456")));
        QCOMPARE(account.state(), AccountSession::State::UsingKey);
        QVERIFY(account.reportError(graphQlError(QStringLiteral("UNAUTHENTICATED"),
                                                 QStringLiteral("Context creation failed: API_KEY_NOT_FOUND"),
                                                 400)));
        QCOMPARE(account.state(), AccountSession::State::Rejected);
        QCOMPARE(account.statusText(), QStringLiteral("Key rejected"));
    }

    void registryWithoutKeySkipsTheKeychainNextTime()
    {
        // The first session reads the keychain and finds nothing; the next one (a later start) does not
        // wait for the keychain at all, and a key stored since is read again.
        CredentialStore store;
        store.setService(QStringLiteral("DepotTestSkip"));
        const QUrl endpoint(
            QStringLiteral("https://skip-%1.example/graphql").arg(QDateTime::currentMSecsSinceEpoch()));
        AccountSession first(endpoint, &store);
        QSignalSpy firstLoaded(&first, &AccountSession::loaded);
        first.ensureLoaded();
        QVERIFY(!first.isLoaded()); // asking the keychain
        QVERIFY(firstLoaded.wait(15000));
        QVERIFY(!first.hasStoredKey());

        AccountSession second(endpoint, &store);
        second.ensureLoaded();
        QVERIFY(second.isLoaded()); // at once
        QVERIFY(!second.hasStoredKey());

        Credential key;
        key.headerName = QByteArrayLiteral("Authorization");
        key.headerValue = QByteArrayLiteral("Bearer skip-test-key");
        QVERIFY(
            KeyFlow::await(store.write(endpoint, second.keychainAccount(), StoredKeyCodec::encode(key))).ok);
        AccountSession third(endpoint, &store);
        third.ensureLoaded();
        QVERIFY(!third.isLoaded()); // a key may be there: the keychain is asked again
        QTRY_VERIFY_WITH_TIMEOUT(third.isLoaded(), 15000);
        QVERIFY(third.hasStoredKey());
        QVERIFY(KeyFlow::await(store.remove(endpoint, second.keychainAccount())).ok);
    }

    void storedKeyRoundTrip()
    {
        const Credential key = apiKey("a2V5LWlkLnNlY3JldA==", QStringLiteral("key-id"));
        const std::optional<Credential> back = StoredKeyCodec::decode(StoredKeyCodec::encode(key));
        QVERIFY(back);
        QVERIFY(back->headerValue == key.headerValue);
        QCOMPARE(back->headerName, key.headerName);
        QCOMPARE(back->keyId, key.keyId);
        QVERIFY(!StoredKeyCodec::decode("not json"));
        QVERIFY(!StoredKeyCodec::decode(R"({"v":1,"header":"X-API-Key","value":""})"));
    }

    void keyListModel()
    {
        ApiKeyListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ApiKey older{QStringLiteral("1"),
                     QStringLiteral("ci"),
                     QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC),
                     {},
                     {QStringLiteral("MANAGE_API_KEYS"), QStringLiteral("READ_PRIVATE_ASSETS")}};
        ApiKey newer{QStringLiteral("2"),
                     QStringLiteral("laptop"),
                     QDateTime(QDate(2026, 2, 1), QTime(10, 0), Qt::UTC),
                     QDateTime(QDate(2026, 2, 2), QTime(9, 0), Qt::UTC),
                     {QStringLiteral("MANAGE_API_KEYS")}};
        model.setKeys({newer, older});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ApiKeyListModel::ColumnCount));
        QCOMPARE(model.index(0, 0).data(ApiKeyListModel::LabelRole).toString(), QStringLiteral("ci"));
        QCOMPARE(model.index(0, ApiKeyListModel::LastUsedColumn).data().toString(), QStringLiteral("never"));
        QCOMPARE(model.index(0, ApiKeyListModel::ScopesColumn).data().toString(),
                 QStringLiteral("MANAGE_API_KEYS, READ_PRIVATE_ASSETS"));
        model.setCurrentKeyId(QStringLiteral("2"));
        QVERIFY(model.index(1, 0).data(ApiKeyListModel::IsCurrentRole).toBool());
        QVERIFY(model.index(1, 0).data().toString().contains(QStringLiteral("used by Depot")));
        QCOMPARE(model.rowOfLabel(QStringLiteral("laptop")), 1);
        QCOMPARE(model.rowOfId(QStringLiteral("1")), 0);
        QVERIFY(model.roleNames().contains(ApiKeyListModel::ScopesRole));
        QVERIFY(QMetaEnum::fromType<ApiKeyListModel::Roles>().isValid());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    // --- against the local registry
    void initTestCase()
    {
        QString why;
        LocalRegistry::Options options;
        options.faults = true;
        options.dataDir = SecretLedger::testHome() + QStringLiteral("/keys-registry");
        QDir(options.dataDir).removeRecursively();
        QDir().mkpath(options.dataDir);
        m_registry = std::make_unique<LocalRegistry>(options);
        QVERIFY2(m_registry->start(&why), qPrintable(why));
        m_endpoint = m_registry->endpoint(QStringLiteral("datapm"));
    }

    void cleanupTestCase() { m_registry.reset(); }

    void listModelLoadsAndSaysWhyNot()
    {
        AccountSession account(m_endpoint, nullptr);
        const std::unique_ptr<RegistryBackend> backend =
            makeBackend(TestDialects::dataPm(), m_endpoint, &m_network, account.headerProvider());
        ApiKeyListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.load(backend->apiKeys());
        QTRY_VERIFY_WITH_TIMEOUT(model.state() == ApiKeyListModel::State::Failed, KeyFlow::timeoutMs);
        QVERIFY(AccountSession::isRejection(model.lastError())); // anonymous: sign in first
        account.setBackend(backend.get());
        QVERIFY(KeyFlow::signIn(account, QStringLiteral("demo"), QStringLiteral("demo-password-1")));
        model.load(backend->apiKeys());
        QTRY_VERIFY_WITH_TIMEOUT(model.state() == ApiKeyListModel::State::Loaded, KeyFlow::timeoutMs);
    }

    void takenLabelIsSaidInPlaceAndClipboardIsCleared()
    {
        AccountSession account(m_endpoint, nullptr);
        const std::unique_ptr<RegistryBackend> backend =
            makeBackend(TestDialects::dataPm(), m_endpoint, &m_network, account.headerProvider());
        account.setBackend(backend.get());
        QVERIFY(KeyFlow::signIn(account, QStringLiteral("demo"), QStringLiteral("demo-password-1")));
        const QString label = QStringLiteral("taken-%1").arg(QDateTime::currentMSecsSinceEpoch());
        const auto created = KeyFlow::await(backend->apiKeys()->createKey(label));
        QVERIFY2(created.ok, qPrintable(created.error.message));
        QVERIFY(SecretLedger::recordDataPmKey(created.value.displaySecret));

        ApiKeysDialog dialog(&account);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->state(), ApiKeyListModel::State::Loaded,
                                  KeyFlow::timeoutMs);
        QVERIFY(dialog.model()->rowOfLabel(label) >= 0);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("createKey")), Qt::LeftButton);
        auto* labelField = dialog.findChild<QLineEdit*>(QStringLiteral("keyLabel"));
        labelField->clear();
        QTest::keyClicks(labelField, label);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("confirmCreate")), Qt::LeftButton);
        QCOMPARE(dialog.page(), ApiKeysDialog::Page::Create);
        QVERIFY2(dialog.problem().contains(QStringLiteral("label already")), qPrintable(dialog.problem()));

        // The server says so too (a list that is not up to date): still in place, on the create page.
        m_registry->armFault(
            QJsonObject{{QStringLiteral("match"), QStringLiteral("CreateApiKey")},
                        {QStringLiteral("kind"), QStringLiteral("graphqlError")},
                        {QStringLiteral("code"), QStringLiteral("INTERNAL_SERVER_ERROR")},
                        {QStringLiteral("message"), QStringLiteral("APIKEY_LABEL_NOT_AVIALABLE")}});
        labelField->setText(label + QStringLiteral("-2"));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("confirmCreate")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.problem().contains(QStringLiteral("label already")),
                                 KeyFlow::timeoutMs);
        QCOMPARE(dialog.page(), ApiKeysDialog::Page::Create);
        m_registry->clearFaults();

        // A new key, shown once; Copy puts it on the clipboard and takes it off again.
        labelField->setText(label + QStringLiteral("-3"));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("confirmCreate")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.page(), ApiKeysDialog::Page::Secret, KeyFlow::timeoutMs);
        auto* secretField = dialog.findChild<QLineEdit*>(QStringLiteral("secret"));
        const QString secret = secretField->text();
        QVERIFY(SecretLedger::recordDataPmKey(secret.toLatin1()));
        SecretClipboard::instance()->setClearAfter(std::chrono::milliseconds(300));
        QSignalSpy cleared(SecretClipboard::instance(), &SecretClipboard::cleared);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("copySecret")), Qt::LeftButton);
        QVERIFY(QGuiApplication::clipboard()->text() == secret);
        QVERIFY(cleared.wait(5000));
        QVERIFY(QGuiApplication::clipboard()->text() != secret);

        // Something else copied meanwhile stays.
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("copySecret")), Qt::LeftButton);
        QGuiApplication::clipboard()->setText(QStringLiteral("the user's own text"));
        QTest::qWait(600);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("the user's own text"));
        SecretClipboard::instance()->setClearAfter(std::chrono::milliseconds(60000));

        // Not kept: Done goes back to the list and forgets the secret.
        dialog.findChild<QCheckBox*>(QStringLiteral("keepInKeychain"))->setChecked(false);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("done")), Qt::LeftButton);
        QCOMPARE(dialog.page(), ApiKeysDialog::Page::List);
        QVERIFY(secretField->text().isEmpty());
        QVERIFY(!account.hasApiKey());
    }

    // --- acceptance 4
    void wrongKeyIsRejectedThenSignInCarriesOnlyTheToken()
    {
        AccountSession account(m_endpoint, nullptr);
        const std::unique_ptr<RegistryBackend> backend =
            makeBackend(TestDialects::dataPm(), m_endpoint, &m_network, account.headerProvider());
        account.setBackend(backend.get());
        AccountStatusWidget status;
        status.setAccount(&account);
        status.show();

        // A key this registry never made, pasted by the user.
        const QByteArray wrong = QByteArray("no-such-key.wrong-secret-0123456789").toBase64();
        SecretLedger::recordDataPmKey(wrong);
        const Credential key = backend->account()->credentialFromPastedKey(QString::fromLatin1(wrong));
        QVERIFY(key.isValid());
        QVERIFY(account.useKeyForSession(key));
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), AccountSession::State::Rejected, KeyFlow::timeoutMs);
        QCOMPARE(status.text(), QStringLiteral("Key rejected"));
        QVERIFY(status.signInAgainButton()->isVisible());
        QCOMPARE(status.signInAgainButton()->accessibleName(), QStringLiteral("Sign in again"));

        // "Sign in again" opens the sign-in dialog (as AccountController does); sign in there with QTest
        // input.
        std::unique_ptr<SignInDialog> dialog;
        connect(&status, &AccountStatusWidget::signInRequested, this, [&] {
            dialog = std::make_unique<SignInDialog>(&account);
            dialog->show();
        });
        QTest::mouseClick(status.signInAgainButton(), Qt::LeftButton);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("username")), QStringLiteral("demo"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("password")),
                         QStringLiteral("wrong-password"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("submit")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->problem().isEmpty(), KeyFlow::timeoutMs);
        QVERIFY2(dialog->problem().contains(QStringLiteral("wrong")), qPrintable(dialog->problem()));
        QVERIFY(dialog->isVisible());
        // The sentence gets room of its own: the fields keep their height.
        for (const char* field : {"username", "password"}) {
            auto* edit = dialog->findChild<QLineEdit*>(QLatin1String(field));
            QTRY_VERIFY2(edit->height() >= edit->sizeHint().height(),
                         qPrintable(QStringLiteral("%1: %2 < %3")
                                        .arg(QLatin1String(field))
                                        .arg(edit->height())
                                        .arg(edit->sizeHint().height())));
        }
        dialog->findChild<QLineEdit*>(QStringLiteral("password"))->clear();
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("password")),
                         QStringLiteral("demo-password-1"));
        QSignalSpy signedIn(&account, &AccountSession::signedIn);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("submit")), Qt::LeftButton);
        QVERIFY(signedIn.wait(KeyFlow::timeoutMs));
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        for (const auto& header : account.headerProvider()->headersFor(m_endpoint))
            SecretLedger::recordHeaderValue(header.second);
        QTRY_COMPARE_WITH_TIMEOUT(status.text(), QStringLiteral("Signed in as demo"), KeyFlow::timeoutMs);
        QVERIFY(!status.signInAgainButton()->isVisible());

        // The refused key was dropped when it was refused (it fails public requests too); requests carry only
        // the token.
        QVERIFY(!account.hasApiKey());
        QVERIFY(m_registry->clearRequestLog());
        const auto listed =
            KeyFlow::await(backend->catalogs()->groupPackages(QStringLiteral("demo"), PageRequest{}));
        QVERIFY2(listed.ok, qPrintable(listed.error.message));
        const auto keys = KeyFlow::await(backend->apiKeys()->listKeys());
        QVERIFY2(keys.ok, qPrintable(keys.error.message));
        QString why;
        QVERIFY2(everyRequestHas(m_registry->requestLog(), QStringLiteral("authorization"),
                                 QStringLiteral("x-api-key"), &why),
                 qPrintable(why));
        for (const QJsonValue& entry : m_registry->requestLog()) {
            const QString value = entry.toObject()
                                      .value(QLatin1String("headers"))
                                      .toObject()
                                      .value(QLatin1String("authorization"))
                                      .toString();
            QVERIFY(value.startsWith(QStringLiteral("Bearer ")) && value.size() > 20);
        }
        account.signOut();
    }

    void revokedKeyIsRejected()
    {
        AccountSession account(m_endpoint, nullptr);
        const std::unique_ptr<RegistryBackend> backend =
            makeBackend(TestDialects::dataPm(), m_endpoint, &m_network, account.headerProvider());
        account.setBackend(backend.get());
        QVERIFY(KeyFlow::signIn(account, QStringLiteral("demo"), QStringLiteral("demo-password-1")));
        const auto created = KeyFlow::await(backend->apiKeys()->createKey(
            QStringLiteral("revoked-%1").arg(QDateTime::currentMSecsSinceEpoch())));
        QVERIFY2(created.ok, qPrintable(created.error.message));
        QVERIFY(SecretLedger::recordDataPmKey(created.value.displaySecret));
        QVERIFY(account.useKeyForSession(created.value.credential));
        const auto deleted = KeyFlow::await(backend->apiKeys()->deleteKey(created.value.key.id));
        QVERIFY2(deleted.ok, qPrintable(deleted.error.message));
        account.signOut(); // back to the key, which the registry no longer knows
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), AccountSession::State::Rejected, KeyFlow::timeoutMs);
        QCOMPARE(account.statusText(), QStringLiteral("Key rejected"));
    }

    // The hook in the main window: the stored key is read when the registry is opened, a rejected one is said
    // in the status bar with "Sign in again", and signing in there makes the status bar name the user.
    void mainWindowSaysKeyRejectedAndSignsInAgain()
    {
        CredentialStore store; // the application's own service: this runs in the test keyring only
        AccountSession probe(m_endpoint, nullptr);
        QVERIFY(storeUnknownKey(QStringLiteral("stale-key")));
        const std::unique_ptr<MainWindow> opened = openWindow();
        MainWindow& window = *opened;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        AccountStatusWidget* status = window.accounts()->statusWidget();
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Key rejected"), KeyFlow::timeoutMs);
        QVERIFY(status->signInAgainButton()->isVisible());

        QTest::mouseClick(status->signInAgainButton(), Qt::LeftButton);
        QVERIFY(signInAsDemo(window));
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Signed in as demo"), KeyFlow::timeoutMs);
        AccountSession* account = window.accounts()->current();
        QVERIFY(account && account->isSignedIn());
        for (const auto& header : account->headerProvider()->headersFor(m_endpoint))
            SecretLedger::recordHeaderValue(header.second);
        QVERIFY(window.accounts()->signOutAction()->isEnabled());
        QVERIFY(window.accounts()->apiKeysAction()->isEnabled());

        // Signing out forgets the token and offers to delete the stored key: accept, and it leaves the
        // keychain.
        bool offered = false;
        answerNextQuestion(QStringLiteral("Remove the key from the keychain"), &offered);
        QSignalSpy forgotten(account, &AccountSession::keyForgotten);
        window.accounts()->signOutAction()->trigger();
        QVERIFY(offered);
        QVERIFY(forgotten.wait(KeyFlow::timeoutMs));
        QVERIFY(!account->isSignedIn() && !account->hasApiKey());
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Not signed in"), KeyFlow::timeoutMs);
        const KeyFlow::KeychainOutcome gone = KeyFlow::await(store.read(m_endpoint, probe.keychainAccount()));
        QCOMPARE(gone.error, KeychainError::NotFound);
        window.close();
    }

    // registries.md: a refused key fails public requests too. Depot drops it, browses without it, says so
    // once and lets the person remove it from the keychain.
    void refusedStoredKeyIsDroppedAndCanBeRemoved()
    {
        CredentialStore store;
        AccountSession probe(m_endpoint, nullptr);
        QVERIFY(storeUnknownKey(QStringLiteral("revoked-key")));
        const std::unique_ptr<MainWindow> opened = openWindow();
        MainWindow& window = *opened;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        KeyRefusedBar* bar = window.accounts()->keyRefusedBar();
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), KeyFlow::timeoutMs);
        QVERIFY(bar->textLabel()->text().contains(QLatin1String("refused the API key kept in the keychain")));
        QVERIFY(bar->removeButton()->isVisible());
        // Public packages are listed without the key, and no Retry is asked for.
        QTRY_VERIFY_WITH_TIMEOUT(window.packageModel()->rowCount() > 0, KeyFlow::timeoutMs);
        QVERIFY(!window.workspace()->offersRetry());
        QCOMPARE(window.accounts()->statusWidget()->text(), QStringLiteral("Key rejected"));

        QTest::mouseClick(bar->removeButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!bar->isVisible(), KeyFlow::timeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(window.accounts()->statusWidget()->text(), QStringLiteral("Not signed in"),
                                  KeyFlow::timeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(KeyFlow::await(store.read(m_endpoint, probe.keychainAccount())).error,
                                  KeychainError::NotFound, KeyFlow::timeoutMs);
        window.close();
    }

    // A working key from the keychain in use: Sign Out is there to stop using it, and offers to remove it.
    void signOutStopsUsingAStoredKey()
    {
        AccountSession maker(m_endpoint, nullptr);
        const std::unique_ptr<RegistryBackend> backend =
            makeBackend(TestDialects::dataPm(), m_endpoint, &m_network, maker.headerProvider());
        maker.setBackend(backend.get());
        QVERIFY(KeyFlow::signIn(maker, QStringLiteral("demo"), QStringLiteral("demo-password-1")));
        const auto created = KeyFlow::await(backend->apiKeys()->createKey(
            QStringLiteral("sign-out-%1").arg(QDateTime::currentMSecsSinceEpoch())));
        QVERIFY2(created.ok, qPrintable(created.error.message));
        QVERIFY(SecretLedger::recordDataPmKey(created.value.displaySecret));
        const Credential key =
            backend->account()->credentialFromPastedKey(QString::fromLatin1(created.value.displaySecret));
        CredentialStore store;
        QVERIFY(
            KeyFlow::await(store.write(m_endpoint, maker.keychainAccount(), StoredKeyCodec::encode(key))).ok);

        const std::unique_ptr<MainWindow> opened = openWindow();
        QVERIFY(QTest::qWaitForWindowExposed(opened.get()));
        QTRY_VERIFY_WITH_TIMEOUT(opened->accounts()->current() && opened->accounts()->current()->state() ==
                                                                      AccountSession::State::UsingKey,
                                 KeyFlow::timeoutMs);
        AccountSession* account = opened->accounts()->current();
        QVERIFY(opened->accounts()->signOutAction()->isEnabled());

        bool offered = false;
        answerNextQuestion(QStringLiteral("Remove the key from the keychain"), &offered);
        QSignalSpy forgotten(account, &AccountSession::keyForgotten);
        opened->accounts()->signOutAction()->trigger();
        QVERIFY(offered);
        QVERIFY(forgotten.wait(KeyFlow::timeoutMs));
        QCOMPARE(account->state(), AccountSession::State::Anonymous);
        QVERIFY(!opened->accounts()->signOutAction()->isEnabled());
        QCOMPARE(KeyFlow::await(store.read(m_endpoint, maker.keychainAccount())).error,
                 KeychainError::NotFound);
    }

    // A private collection opened while signed out asks for signing in (not a server error with Retry);
    // signing in from there loads it.
    void privateCollectionAsksForSignInThenLoads()
    {
        const std::unique_ptr<MainWindow> opened = openWindow();
        MainWindow& window = *opened;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.packageModel()->rowCount() > 0, KeyFlow::timeoutMs);
        window.browser()->open(
            BrowserLocation{BrowserLocation::Kind::Collection, QStringLiteral("demo-private-picks")});
        auto* page = qobject_cast<StatefulPage*>(window.browser()->currentPage());
        QVERIFY(page);
        QTRY_COMPARE_WITH_TIMEOUT(page->messagePage()->title(), QStringLiteral("Sign in to see this"),
                                  KeyFlow::timeoutMs);
        QVERIFY(page->hasFailed());
        QPushButton* action = page->messagePage()->findChild<QPushButton*>();
        QVERIFY(action && action->isVisible());
        QCOMPARE(action->text(), QStringLiteral("Sign In…"));

        QTest::mouseClick(action, Qt::LeftButton);
        QVERIFY(signInAsDemo(window));
        QTRY_VERIFY_WITH_TIMEOUT(window.accounts()->current() && window.accounts()->current()->isSignedIn(),
                                 KeyFlow::timeoutMs);
        for (const auto& header : window.accounts()->current()->headerProvider()->headersFor(m_endpoint))
            SecretLedger::recordHeaderValue(header.second);
        QTRY_VERIFY_WITH_TIMEOUT(
            qobject_cast<StatefulPage*>(window.browser()->currentPage()) &&
                qobject_cast<StatefulPage*>(window.browser()->currentPage())->isShowingContent(),
            KeyFlow::timeoutMs);
        QCOMPARE(window.browser()->currentPage()->title(), QStringLiteral("Private Picks"));
        window.accounts()->current()->signOut();
    }

private:
    // Fills the sign-in dialog the window just opened with demo's password and submits it.
    static bool signInAsDemo(QWidget& window)
    {
        SignInDialog* dialog = nullptr;
        if (!QTest::qWaitFor(
                [&] { return (dialog = window.findChild<SignInDialog*>()) && dialog->isVisible(); }, 5000))
            return false;
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("username")), QStringLiteral("demo"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("password")),
                         QStringLiteral("demo-password-1"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("submit")), Qt::LeftButton);
        return true;
    }

    // Presses the button named `buttonName` in the next message box (a question asked with exec()).
    void answerNextQuestion(const QString& buttonName, bool* offered)
    {
        QTimer::singleShot(0, this, [buttonName, offered] {
            QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<QMessageBox*>(QApplication::activeModalWidget()), 5000);
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            for (QAbstractButton* button : box->buttons()) {
                if (button->accessibleName() == buttonName) {
                    *offered = true;
                    button->click();
                }
            }
        });
    }
    // Keeps a key this registry never made in the keychain, as if it had been revoked on the registry's site.
    bool storeUnknownKey(const QString& id)
    {
        const QByteArray key =
            (id + QStringLiteral(".") + id + QStringLiteral("-secret-0123456789")).toLatin1();
        SecretLedger::recordDataPmKey(key.toBase64());
        const QString keychainAccount = AccountSession(m_endpoint, nullptr).keychainAccount();
        return KeyFlow::await(CredentialStore().write(m_endpoint, keychainAccount,
                                                      StoredKeyCodec::encode(apiKey(key.toBase64(), id))))
            .ok;
    }
    std::unique_ptr<MainWindow> openWindow()
    {
        MainWindow::Options options;
        options.registryUrl = m_endpoint;
        options.dialect = TestDialects::dataPm();
        auto window = std::make_unique<MainWindow>(options);
        window->show();
        return window;
    }

    std::unique_ptr<LocalRegistry> m_registry;
    QUrl m_endpoint;
    QNetworkAccessManager m_network;
};

QTEST_MAIN(TestKeys)
#include "tst_keys.moc"
