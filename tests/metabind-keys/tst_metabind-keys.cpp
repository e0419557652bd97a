// Metabind's account over REST in the existing account dialogs (issue 15, acceptance 4): signing in with
// email and password (the JWT in memory, sent to the REST side only, the project key to GraphQL only); the
// API-keys dialog lists the project's keys, creates one (its secret shown once, kept in the keychain, on no
// disk), and revokes it, after which the registry refuses it; an expired sign-in is asked for again; and the
// REST requests keep the network layer's rules (size cap, deadline, redirects with a credential).
#include "auth/CredentialStore.h"
#include "graphql/GraphQlClient.h"
#include "graphql/GraphQlJob.h"
#include "models/ApiKeyListModel.h"
#include "registry/RegistryBackend.h"
#include "registry/parts/AccountAccess.h"
#include "secrets/SecretLedger.h"
#include "session/AccountSession.h"
#include "support/LocalRegistry.h"
#include "support/TestDialects.h"
#include "views/auth/ApiKeysDialog.h"
#include "views/auth/SignInDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace {

constexpr int kTimeoutMs = 30000;
const QString kDemoKey = QStringLiteral("demo-org:demo-project:mb-demo-key");
const QString kEmail = QStringLiteral("demo@example.com");
const QString kPassword = QStringLiteral("demo-password-1");

// Answers the next message box (the delete confirmation) with its destructive button.
void confirmNextMessageBox(QObject* context)
{
    QTimer::singleShot(0, context, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton* button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
    });
}

// Every file under `folder` that holds `secret`.
QStringList filesHolding(const QString& folder, const QByteArray& secret)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
            found.append(file.fileName());
    }
    return found;
}

// Sends one fixed x-api-key, as another program holding the key would.
class KeyHeaders : public HeaderProvider
{
public:
    explicit KeyHeaders(const QByteArray& key)
        : m_key(key)
    {}
    Headers headersFor(const QUrl&) const override { return {{QByteArrayLiteral("x-api-key"), m_key}}; }

private:
    QByteArray m_key;
};

} // namespace

class TestMetabindKeys : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keysNeedASignInAndNothingIsSentWithout();
    void wrongPasswordIsSaidAndNotKept();
    void signInThenCreateListAndRevokeAKey();
    void expiredSignInIsAskedForAgain();
    void restRequestsKeepTheNetworkRules();

private:
    struct Account
    {
        std::unique_ptr<AccountSession> session;
        std::unique_ptr<RegistryBackend> backend;
    };
    // An account of the Metabind registry using the demo project's key for this session.
    Account account();
    void signIn(AccountSession* session, const QString& password = kPassword);
    QList<QJsonObject> requestsTo(const QString& pathPrefix);

    // POST /_control/metabind/token-ttl: sign-ins from now on last `seconds`.
    bool setTokenLifetime(int seconds);

    std::unique_ptr<LocalRegistry> m_registry;
    QNetworkAccessManager m_network;
    CredentialStore m_store;
};

void TestMetabindKeys::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_store.setService(QStringLiteral("DepotTest"));
    LocalRegistry::Options options;
    options.faults = true;
    m_registry = std::make_unique<LocalRegistry>(options);
    QString error;
    QVERIFY2(m_registry->start(&error), qPrintable(error));
}

TestMetabindKeys::Account TestMetabindKeys::account()
{
    const QUrl endpoint = m_registry->endpoint(QStringLiteral("metabind"));
    Account result;
    result.session = std::make_unique<AccountSession>(endpoint, &m_store);
    result.backend =
        makeBackend(TestDialects::metabind(), endpoint, &m_network, result.session->headerProvider());
    result.session->setBackend(result.backend.get());
    QSignalSpy loaded(result.session.get(), &AccountSession::loaded);
    result.session->ensureLoaded();
    if (!result.session->isLoaded())
        loaded.wait(kTimeoutMs);
    if (!result.session->hasApiKey())
        result.session->useKeyForSession(result.backend->account()->credentialFromPastedKey(kDemoKey));
    return result;
}

void TestMetabindKeys::signIn(AccountSession* session, const QString& password)
{
    SignInDialog dialog(session, nullptr, SignInDialog::Mode::Password);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.mode(), SignInDialog::Mode::Password);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("username")), kEmail);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("password")), password);
    QSignalSpy signedIn(session, &AccountSession::signedIn);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("submit")), Qt::LeftButton);
    QVERIFY(signedIn.wait(kTimeoutMs));
}

bool TestMetabindKeys::setTokenLifetime(int seconds)
{
    QNetworkRequest request(
        m_registry->baseUrl().resolved(QUrl(QStringLiteral("/_control/metabind/token-ttl"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply =
        m_network.post(request, QJsonDocument(QJsonObject{{QStringLiteral("seconds"), seconds}}).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    const bool ok = done.wait(kTimeoutMs) && reply->error() == QNetworkReply::NoError;
    reply->deleteLater();
    return ok;
}

QList<QJsonObject> TestMetabindKeys::requestsTo(const QString& pathPrefix)
{
    QList<QJsonObject> found;
    for (const QJsonValue& entry : m_registry->requestLog()) {
        if (entry.toObject().value(QStringLiteral("path")).toString().startsWith(pathPrefix))
            found.append(entry.toObject());
    }
    return found;
}

void TestMetabindKeys::keysNeedASignInAndNothingIsSentWithout()
{
    Account metabind = account();
    QVERIFY(metabind.backend->apiKeys());
    QVERIFY(metabind.backend->passwordSignIn());
    QVERIFY(m_registry->clearRequestLog());
    ApiKeysDialog dialog(metabind.session.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->state(), ApiKeyListModel::State::Failed, kTimeoutMs);
    // Said in place, with the way out; the project key is not taken for refused and stays in use.
    auto* signInButton = dialog.findChild<QPushButton*>(QStringLiteral("signIn"));
    QVERIFY(signInButton->isVisible());
    const QString said = dialog.findChild<QLabel*>(QStringLiteral("listState"))->text();
    QVERIFY2(said.contains(QStringLiteral("Sign in")), qPrintable(said));
    QVERIFY(metabind.session->hasApiKey());
    QCOMPARE(metabind.session->state(), AccountSession::State::UsingKey);
    // The key was never offered to the REST side.
    QVERIFY(requestsTo(QStringLiteral("/metabind/app/")).isEmpty());
}

void TestMetabindKeys::wrongPasswordIsSaidAndNotKept()
{
    Account metabind = account();
    SignInDialog dialog(metabind.session.get(), nullptr, SignInDialog::Mode::Password);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString wrong = QStringLiteral("not-the-password-42");
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("username")), kEmail);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("password")), wrong);
    QSignalSpy failed(metabind.session.get(), &AccountSession::signInFailed);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("submit")), Qt::LeftButton);
    QVERIFY(failed.wait(kTimeoutMs));
    QVERIFY2(dialog.problem().contains(QStringLiteral("password is wrong")), qPrintable(dialog.problem()));
    QVERIFY(!dialog.problem().contains(wrong));
    QVERIFY(!metabind.session->isSignedIn());
    QCOMPARE(metabind.session->state(), AccountSession::State::UsingKey);
}

void TestMetabindKeys::signInThenCreateListAndRevokeAKey()
{
    Account metabind = account();
    QVERIFY(m_registry->clearRequestLog());
    signIn(metabind.session.get());
    QVERIFY(metabind.session->isSignedIn());
    QTRY_COMPARE_WITH_TIMEOUT(metabind.session->user().username, kEmail, kTimeoutMs);

    // The login went without a credential; the sign-in goes to the REST side only, the key to GraphQL only.
    const QList<QJsonObject> logins = requestsTo(QStringLiteral("/metabind/app/v1/auth/login"));
    QCOMPARE(logins.size(), 1);
    QVERIFY(
        !logins.first().value(QStringLiteral("headers")).toObject().contains(QStringLiteral("x-api-key")));
    QVERIFY(!logins.first()
                 .value(QStringLiteral("headers"))
                 .toObject()
                 .contains(QStringLiteral("authorization")));

    ApiKeysDialog dialog(metabind.session.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->state(), ApiKeyListModel::State::Loaded, kTimeoutMs);
    const int before = dialog.model()->rowCount();
    QVERIFY(before >= 1); // the demo project's own key

    // Create: the secret is shown once, as the Metabind SDKs take it.
    const QString label = QStringLiteral("depot metabind test key");
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("createKey")), Qt::LeftButton);
    QCOMPARE(dialog.page(), ApiKeysDialog::Page::Create);
    auto* labelEdit = dialog.findChild<QLineEdit*>(QStringLiteral("keyLabel"));
    labelEdit->clear();
    QTest::keyClicks(labelEdit, label);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("confirmCreate")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.page(), ApiKeysDialog::Page::Secret, kTimeoutMs);
    auto* secretEdit = dialog.findChild<QLineEdit*>(QStringLiteral("secret"));
    const QByteArray secret = secretEdit->text().toUtf8();
    QVERIFY2(secret.startsWith("demo-org:demo-project:"), secret.left(22).constData());
    const QByteArray bare = secret.mid(secret.lastIndexOf(':') + 1);
    QVERIFY(SecretLedger::record(secret));
    QVERIFY(SecretLedger::record(bare));
    QCOMPARE(secretEdit->echoMode(), QLineEdit::Password); // masked until asked

    // Kept in the keychain on request: from then on it is the key Depot uses.
    QVERIFY(dialog.findChild<QCheckBox*>(QStringLiteral("keepInKeychain"))->isChecked());
    QSignalSpy stored(metabind.session.get(), &AccountSession::keyStored);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("done")), Qt::LeftButton);
    QVERIFY(stored.wait(kTimeoutMs));
    QTRY_COMPARE_WITH_TIMEOUT(dialog.page(), ApiKeysDialog::Page::List, kTimeoutMs);
    QVERIFY(secretEdit->text().isEmpty()); // shown once
    QVERIFY(metabind.session->hasStoredKey());
    QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->state(), ApiKeyListModel::State::Loaded, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->rowCount(), before + 1, kTimeoutMs);
    const int row = dialog.model()->rowOfLabel(label);
    QVERIFY(row >= 0);
    const QString keyId = dialog.model()->keyAt(row).id;
    QCOMPARE(metabind.session->apiKeyId(), keyId);

    // GraphQL reads now carry the new key; REST requests the sign-in; never both.
    QVERIFY(m_registry->clearRequestLog());
    metabind.session->refreshUser();
    QTRY_VERIFY_WITH_TIMEOUT(!requestsTo(QStringLiteral("/metabind/graphql")).isEmpty(), kTimeoutMs);
    dialog.reload();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->state(), ApiKeyListModel::State::Loaded, kTimeoutMs);
    for (const QJsonObject& request : requestsTo(QStringLiteral("/metabind/"))) {
        const QJsonObject headers = request.value(QStringLiteral("headers")).toObject();
        const bool rest =
            request.value(QStringLiteral("path")).toString().startsWith(QStringLiteral("/metabind/app/"));
        QCOMPARE(headers.contains(QStringLiteral("authorization")), rest);
        QCOMPARE(headers.contains(QStringLiteral("x-api-key")), !rest);
        if (!rest)
            QCOMPARE(headers.value(QStringLiteral("x-api-key")).toString().toUtf8(), secret);
    }
    QCOMPARE(metabind.session->state(), AccountSession::State::SignedIn);

    // On no disk: not in Depot's settings and data (test mode), nor in the registry's data folder (a hash).
    for (const QString& folder :
         {QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
          QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
          QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
          QStandardPaths::writableLocation(QStandardPaths::CacheLocation), m_registry->dataDir()}) {
        const QStringList holding = filesHolding(folder, bare);
        QVERIFY2(holding.isEmpty(), qPrintable(holding.join(QLatin1Char(' '))));
    }

    // Revoke the key in use: confirmed, gone from the list and from the keychain.
    auto* table = dialog.findChild<QTableView*>(QStringLiteral("keyTable"));
    table->setCurrentIndex(table->model()->index(row, 0));
    confirmNextMessageBox(&dialog);
    QSignalSpy forgotten(metabind.session.get(), &AccountSession::keyForgotten);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("deleteKey")), Qt::LeftButton);
    QVERIFY(forgotten.wait(kTimeoutMs));
    QVERIFY(!metabind.session->hasApiKey());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.model()->rowOfLabel(label) < 0, kTimeoutMs);
    QCOMPARE(dialog.model()->rowCount(), before);

    // The revoked key is refused from now on.
    Account other = account();
    other.session->forgetKey();
    QVERIFY(other.session->useKeyForSession(
        other.backend->account()->credentialFromPastedKey(QString::fromUtf8(secret))));
    other.session->refreshUser();
    QTRY_COMPARE_WITH_TIMEOUT(other.session->state(), AccountSession::State::Rejected, kTimeoutMs);
    other.session->forgetKey();
    // And any read that sends it is refused as such (the account stopped sending it: send it directly).
    auto headers = std::make_shared<KeyHeaders>(secret);
    std::unique_ptr<RegistryBackend> direct = makeBackend(
        TestDialects::metabind(), m_registry->endpoint(QStringLiteral("metabind")), &m_network, headers);
    PackagePageJob* job = direct->latestPackages({});
    QSignalSpy failedRead(job, &RegistryJob::failed);
    QVERIFY(failedRead.wait(kTimeoutMs));
    QCOMPARE(failedRead.first().first().value<Error>().reason, Error::Reason::CredentialRefused);
}

void TestMetabindKeys::expiredSignInIsAskedForAgain()
{
    Account metabind = account();
    QVERIFY(setTokenLifetime(1));
    signIn(metabind.session.get());
    QVERIFY(setTokenLifetime(86400));
    QTest::qWait(1500);

    ApiKeysDialog dialog(metabind.session.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->state(), ApiKeyListModel::State::Failed, kTimeoutMs);
    const QString said = dialog.findChild<QLabel*>(QStringLiteral("listState"))->text();
    QVERIFY2(said.contains(QStringLiteral("expired")), qPrintable(said));
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("signIn"))->isVisible());
    QVERIFY(metabind.session->hasApiKey()); // the key is not what expired

    // Signing in again lists the keys.
    signIn(metabind.session.get());
    QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->state(), ApiKeyListModel::State::Loaded, kTimeoutMs);
    QVERIFY(dialog.model()->rowCount() >= 1);
}

void TestMetabindKeys::restRequestsKeepTheNetworkRules()
{
    Account metabind = account();
    signIn(metabind.session.get());
    GraphQlClient client(&m_network, m_registry->endpoint(QStringLiteral("metabind")),
                         QStringLiteral("metabind"), metabind.session->headerProvider());
    const QString keys = QStringLiteral("app/v1/organizations/demo-org/projects/demo-project/api-keys");
    const auto outcome = [](GraphQlJob* job) {
        QSignalSpy failed(job, &GraphQlJob::failed);
        QSignalSpy finished(job, &GraphQlJob::finished);
        if (!failed.wait(kTimeoutMs) && finished.isEmpty())
            return Error::local(Error::Kind::None, Error::Reason::None, QStringLiteral("no end"));
        return failed.isEmpty() ? Error() : failed.first().first().value<Error>();
    };
    RequestOptions options = client.defaultOptions();

    // Errors as values: the server's JSON error body, read.
    Error error =
        outcome(client.runRest("GET", QStringLiteral("app/v1/organizations/other-org/projects/x/api-keys"),
                               {}, "Authorization", options));
    QCOMPARE(error.kind, Error::Kind::Http);
    QCOMPARE(error.code, QStringLiteral("FORBIDDEN"));
    QCOMPARE(error.reason, Error::Reason::Forbidden);

    // The size cap.
    QVERIFY(m_registry->armFault({{QStringLiteral("match"), QStringLiteral("/metabind/app/")},
                                  {QStringLiteral("kind"), QStringLiteral("huge")},
                                  {QStringLiteral("bytes"), 4 * 1024 * 1024}}));
    RequestOptions small = options;
    small.maxAnswerBytes = 64 * 1024;
    QCOMPARE(outcome(client.runRest("GET", keys, {}, "Authorization", small)).kind, Error::Kind::TooLarge);

    // The deadline.
    QVERIFY(m_registry->armFault({{QStringLiteral("match"), QStringLiteral("/metabind/app/")},
                                  {QStringLiteral("kind"), QStringLiteral("stall")}}));
    RequestOptions quick = options;
    quick.deadline = std::chrono::milliseconds(800);
    QCOMPARE(outcome(client.runRest("GET", keys, {}, "Authorization", quick)).kind, Error::Kind::Timeout);

    // A redirect to another origin with the sign-in is refused, never followed.
    QVERIFY(
        m_registry->armFault({{QStringLiteral("match"), QStringLiteral("/metabind/app/")},
                              {QStringLiteral("kind"), QStringLiteral("redirect")},
                              {QStringLiteral("location"), QStringLiteral("http://localhost:9/elsewhere")}}));
    QCOMPARE(outcome(client.runRest("GET", keys, {}, "Authorization", options)).kind, Error::Kind::Redirect);
    QVERIFY(m_registry->clearFaults());

    // A path that would leave the registry's origin is not sent.
    QCOMPARE(outcome(client.runRest("GET", QStringLiteral("http://localhost:9/app/v1/x"), {}, "Authorization",
                                    options))
                 .kind,
             Error::Kind::Config);
}

QTEST_MAIN(TestMetabindKeys)
#include "tst_metabind-keys.moc"
