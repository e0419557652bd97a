// account/: the browse and account intents of the dialect backends against the local registry's demo
// seed: DataPM catalogs, collections and users; sign-in, the signed-in user, API keys (create, list, use,
// delete) and pasted keys; Wasmer tokens and namespaces; Metabind pasted keys; the pure decoders with
// hostile input.

#include "graphql/HeaderProvider.h"
#include "registry/datapm/DataPmAccountDecoder.h"
#include "registry/datapm/DataPmBrowseDecoder.h"
#include "registry/wasmer/WasmerAccountDecoder.h"
#include "support/JobOutcome.h"
#include "support/LocalRegistry.h"
#include "support/TestDialects.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <memory>

namespace {

const QString kDemoUser = QStringLiteral("demo");
const QString kDemoPassword = QStringLiteral("demo-password-1");
// Sends one credential, as auth/'s provider does: its header pair, nothing else.
class CredentialHeaders : public HeaderProvider
{
public:
    explicit CredentialHeaders(Credential credential)
        : m_credential(std::move(credential))
    {}
    Headers headersFor(const QUrl&) const override
    {
        return {{m_credential.headerName, m_credential.headerValue}};
    }

private:
    Credential m_credential;
};

QStringList ids(const QList<Package>& packages)
{
    QStringList list;
    for (const Package& package : packages)
        list.append(package.id.toString());
    return list;
}

QStringList catalogSlugs(const QList<PackageGroup>& catalogs)
{
    QStringList list;
    for (const PackageGroup& catalog : catalogs)
        list.append(catalog.slug);
    return list;
}

QString uniqueLabel(const QString& stem)
{
    return stem + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

} // namespace

class TestAccount : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // DataPM account
    void datapmSignIn();
    void datapmWrongPassword();
    void datapmSignInNeedsBothFields();
    void datapmAnonymousAccountIntents();
    void datapmMyCatalogs();
    void datapmApiKeyLifecycle();
    void datapmPastedKey();
    void datapmAccountDecoderSurvivesHostileInput();

    // DataPM browse
    void datapmSearchCatalogsPaging();
    void datapmSearchCatalogsQuery();
    void datapmCatalog();
    void datapmCatalogPackagesPaging();
    void datapmCatalogPackagesExactMultiple();
    void datapmCatalogPackagesPrivate();
    void datapmCollections();
    void datapmCollectionPackagesPaging();
    void datapmUser();
    void datapmBrowseBadInputFailsQueued();
    void datapmBrowseDecoderSurvivesHostileInput();

    // Wasmer and Metabind
    void wasmerSignInAndViewer();
    void wasmerWrongPassword();
    void wasmerAnonymousViewer();
    void wasmerTokenLifecycle();
    void wasmerPastedToken();
    void wasmerNamespaces();
    void wasmerUser();
    void wasmerDecoderSurvivesHostileInput();
    void metabindPastedKey();
    void metabindAccountUnsupported();

private:
    std::unique_ptr<RegistryBackend> backend(Dialect dialect, const Credential& credential = {});
    Credential signIn(Dialect dialect);

    LocalRegistry m_registry{{QStringLiteral("demo"), true, {}}};
    QNetworkAccessManager m_network;
};

void TestAccount::initTestCase()
{
    QString error;
    QVERIFY2(m_registry.start(&error), qPrintable(error));
}

std::unique_ptr<RegistryBackend> TestAccount::backend(Dialect dialect, const Credential& credential)
{
    std::shared_ptr<const HeaderProvider> headers;
    if (credential.isValid())
        headers = std::make_shared<CredentialHeaders>(credential);
    return makeBackend(dialect, m_registry.endpoint(dialect.id()), &m_network, std::move(headers));
}

Credential TestAccount::signIn(Dialect dialect)
{
    auto anonymous = backend(dialect);
    const auto outcome = await(anonymous->passwordSignIn()->signIn(kDemoUser, kDemoPassword));
    if (!outcome.finished())
        qWarning("sign-in failed: %s", qPrintable(describe(outcome.error)));
    return outcome.value;
}

// ---------------------------------------------------------------------------------------------- DataPM
// account

void TestAccount::datapmSignIn()
{
    auto anonymous = backend(TestDialects::dataPm());
    QVERIFY(anonymous->passwordSignIn());
    QVERIFY(anonymous->apiKeys());

    const auto signedIn = await(anonymous->passwordSignIn()->signIn(kDemoUser, kDemoPassword));
    QVERIFY2(signedIn.finished(), qPrintable(describe(signedIn.error)));
    const Credential credential = signedIn.value;
    QVERIFY(credential.isValid());
    QCOMPARE(credential.kind, Credential::Kind::SessionToken);
    QCOMPARE(credential.headerName, QByteArrayLiteral("Authorization"));
    QVERIFY(credential.headerValue.startsWith("Bearer "));
    QVERIFY(credential.headerValue.size() > 20);
    QCOMPARE(credential.account, kDemoUser);

    auto session = backend(TestDialects::dataPm(), credential);
    const auto me = await(session->account()->currentUser());
    QVERIFY2(me.finished(), qPrintable(describe(me.error)));
    QCOMPARE(me.value.username, kDemoUser);
    QCOMPARE(me.value.displayName, QStringLiteral("Demo User"));
    QVERIFY(!me.value.isAdmin);

    // The private package is visible with the session and only with it.
    const PackageId privateId{QStringLiteral("demo"), QStringLiteral("household-budget")};
    const auto mine = await(session->package(privateId));
    QVERIFY2(mine.finished(), qPrintable(describe(mine.error)));
    QCOMPARE(mine.value.id, privateId);
    QVERIFY(!mine.value.isPublic);
    const auto hidden = await(anonymous->package(privateId));
    QVERIFY(hidden.failed());
    QCOMPARE(hidden.error.reason, Error::Reason::NotSignedIn);
}

void TestAccount::datapmWrongPassword()
{
    QVERIFY(m_registry.clearRequestLog());
    auto anonymous = backend(TestDialects::dataPm());
    const QString wrong = QStringLiteral("not-the-password-42");
    const auto outcome = await(anonymous->passwordSignIn()->signIn(kDemoUser, wrong));
    QVERIFY(outcome.failed());
    QCOMPARE(outcome.error.kind, Error::Kind::GraphQl);
    QCOMPARE(outcome.error.reason, Error::Reason::WrongPassword);
    QVERIFY2(outcome.error.userText().contains(QLatin1String("password is wrong")),
             qPrintable(outcome.error.userText()));
    QVERIFY(!describe(outcome.error).contains(wrong));
    QVERIFY(!outcome.error.userText().contains(wrong));
    // A mutation is sent once, even when it fails.
    QCOMPARE(m_registry.requestLog().size(), 1);

    const auto unknown = await(anonymous->passwordSignIn()->signIn(QStringLiteral("nobody-here"), wrong));
    QVERIFY(unknown.failed());
    QCOMPARE(unknown.error.reason, Error::Reason::WrongPassword);
    // A server that echoes the refused password (graphql-js does for invalid variables) does not get it
    // into the error value.
    const QString echoed = QStringLiteral("s3cret-pass-77");
    QVERIFY(m_registry.armFault(
        {{QStringLiteral("match"), QStringLiteral("Login")},
         {QStringLiteral("kind"), QStringLiteral("graphqlError")},
         {QStringLiteral("status"), 400},
         {QStringLiteral("code"), QStringLiteral("BAD_USER_INPUT")},
         {QStringLiteral("message"),
          QStringLiteral("Variable \"$password\" got invalid value \"%1\"; PASSWORD_TOO_SHORT").arg(echoed)},
         {QStringLiteral("extensions"), QJsonObject{{QStringLiteral("value"), echoed}}}}));
    const auto redacted = await(anonymous->passwordSignIn()->signIn(kDemoUser, echoed));
    QVERIFY(m_registry.clearFaults());
    QVERIFY(redacted.failed());
    QCOMPARE(redacted.error.code, QStringLiteral("BAD_USER_INPUT"));
    QVERIFY2(!describe(redacted.error).contains(echoed), qPrintable(describe(redacted.error)));
    QVERIFY(!redacted.error.userText().contains(echoed));
    QVERIFY(!QJsonDocument(redacted.error.extensions).toJson().contains(echoed.toUtf8()));
}

void TestAccount::datapmSignInNeedsBothFields()
{
    QVERIFY(m_registry.clearRequestLog());
    auto anonymous = backend(TestDialects::dataPm());
    CredentialJobResult* job = anonymous->passwordSignIn()->signIn(QStringLiteral("  "), kDemoPassword);
    QSignalSpy failed(job, &RegistryJob::failed);
    QCOMPARE(failed.count(), 0); // not before the caller could connect
    const auto outcome = await(job);
    QVERIFY(outcome.failed());
    QVERIFY(!outcome.error.userText().isEmpty());
    QVERIFY(await(anonymous->passwordSignIn()->signIn(kDemoUser, QString())).failed());
    QCOMPARE(m_registry.requestLog().size(), 0);
}

void TestAccount::datapmAnonymousAccountIntents()
{
    auto anonymous = backend(TestDialects::dataPm());
    const auto me = await(anonymous->account()->currentUser());
    QVERIFY(me.failed());
    QCOMPARE(me.error.code, QStringLiteral("UNAUTHENTICATED"));
    QCOMPARE(me.error.reason, Error::Reason::NotSignedIn);
    const auto keys = await(anonymous->apiKeys()->listKeys());
    QVERIFY(keys.failed());
    QCOMPARE(keys.error.reason, Error::Reason::NotSignedIn);
    const auto created = await(anonymous->apiKeys()->createKey(uniqueLabel(QStringLiteral("anonymous"))));
    QVERIFY(created.failed());
    QCOMPARE(created.error.reason, Error::Reason::NotSignedIn);
}

void TestAccount::datapmMyCatalogs()
{
    const Credential credential = signIn(TestDialects::dataPm());
    QVERIFY(credential.isValid());
    auto session = backend(TestDialects::dataPm(), credential);
    const auto mine = await(session->packageFilePublishing()->publishTargets());
    QVERIFY2(mine.finished(), qPrintable(describe(mine.error)));
    QCOMPARE(catalogSlugs(mine.value), QStringList{QStringLiteral("demo")});
    QCOMPARE(mine.value.first().displayName, QStringLiteral("Demo User"));

    const auto anonymous = await(backend(TestDialects::dataPm())->packageFilePublishing()->publishTargets());
    QVERIFY(anonymous.failed());
    QCOMPARE(anonymous.error.reason, Error::Reason::NotSignedIn);
}

void TestAccount::datapmApiKeyLifecycle()
{
    const Credential session = signIn(TestDialects::dataPm());
    QVERIFY(session.isValid());
    auto signedIn = backend(TestDialects::dataPm(), session);
    const QString label = uniqueLabel(QStringLiteral("depot-test"));

    // Create: the credential is the wire form, displaySecret the same text.
    QVERIFY(m_registry.clearRequestLog());
    const auto created = await(signedIn->apiKeys()->createKey(label));
    QVERIFY2(created.finished(), qPrintable(describe(created.error)));
    QCOMPARE(m_registry.requestLog().size(), 1);
    const CreatedApiKey key = created.value;
    QVERIFY(!key.key.id.isEmpty());
    QCOMPARE(key.key.label, label);
    QVERIFY(key.key.createdAt.isValid());
    QCOMPARE(QSet<QString>(key.key.scopes.begin(), key.key.scopes.end()),
             (QSet<QString>{QStringLiteral("MANAGE_API_KEYS"), QStringLiteral("READ_PRIVATE_ASSETS"),
                            QStringLiteral("MANAGE_PRIVATE_ASSETS")}));
    QCOMPARE(key.credential.kind, Credential::Kind::ApiKey);
    QCOMPARE(key.credential.headerName, QByteArrayLiteral("X-API-Key"));
    QCOMPARE(key.credential.keyId, key.key.id);
    QCOMPARE(key.credential.account, label);
    QCOMPARE(key.displaySecret, key.credential.headerValue);
    const QByteArray raw = QByteArray::fromBase64(key.credential.headerValue);
    QVERIFY(raw.startsWith(key.key.id.toUtf8() + '.'));
    const QByteArray secret = raw.mid(key.key.id.toUtf8().size() + 1);
    QVERIFY(secret.size() >= 16);

    // A second key with the same label: the server's token, and a sentence saying so.
    const auto taken = await(signedIn->apiKeys()->createKey(label));
    QVERIFY(taken.failed());
    QCOMPARE(taken.error.reason, Error::Reason::NameTaken);
    QCOMPARE(taken.error.subject, label);
    QVERIFY2(taken.error.userText().contains(label), qPrintable(taken.error.userText()));

    // Listed, without the secret anywhere in the listed values.
    const auto listed = await(signedIn->apiKeys()->listKeys());
    QVERIFY2(listed.finished(), qPrintable(describe(listed.error)));
    const auto it = std::find_if(listed.value.begin(), listed.value.end(),
                                 [&](const ApiKey& entry) { return entry.id == key.key.id; });
    QVERIFY(it != listed.value.end());
    QCOMPARE(it->label, label);
    QVERIFY(it->createdAt.isValid());
    QCOMPARE(it->scopes.size(), 3);
    for (const ApiKey& entry : listed.value) {
        for (const QString& field : QStringList{entry.id, entry.label, entry.scopes.join(QLatin1Char(' '))}) {
            QVERIFY(!field.toUtf8().contains(secret));
            QVERIFY(!field.toUtf8().contains(key.credential.headerValue));
        }
    }

    // The key works on its own.
    auto withKey = backend(TestDialects::dataPm(), key.credential);
    const auto me = await(withKey->account()->currentUser());
    QVERIFY2(me.finished(), qPrintable(describe(me.error)));
    QCOMPARE(me.value.username, kDemoUser);
    const auto privatePackage =
        await(withKey->package({QStringLiteral("demo"), QStringLiteral("household-budget")}));
    QVERIFY2(privatePackage.finished(), qPrintable(describe(privatePackage.error)));

    // Delete: gone from the list, and the key is refused for the whole request.
    const auto deleted = await(signedIn->apiKeys()->deleteKey(key.key.id));
    QVERIFY2(deleted.finished(), qPrintable(describe(deleted.error)));
    QVERIFY(deleted.value);
    const auto after = await(signedIn->apiKeys()->listKeys());
    QVERIFY2(after.finished(), qPrintable(describe(after.error)));
    for (const ApiKey& entry : after.value)
        QVERIFY(entry.id != key.key.id);
    const auto rejected = await(withKey->account()->currentUser());
    QVERIFY(rejected.failed());
    QCOMPARE(rejected.error.httpStatus, 400);
    QCOMPARE(rejected.error.code, QStringLiteral("UNAUTHENTICATED"));
    QCOMPARE(rejected.error.reason, Error::Reason::CredentialRefused);
    QVERIFY(!describe(rejected.error).toUtf8().contains(key.credential.headerValue));

    // Deleting twice fails (the server's own words), it does not pretend to succeed.
    const auto again = await(signedIn->apiKeys()->deleteKey(key.key.id));
    QVERIFY(again.failed());
    QCOMPARE(again.error.reason, Error::Reason::NotFound);
    QVERIFY2(again.error.userText().contains(key.key.id), qPrintable(again.error.userText()));
}

void TestAccount::datapmPastedKey()
{
    auto datapm = backend(TestDialects::dataPm());
    const Credential session = signIn(TestDialects::dataPm());
    QVERIFY(session.isValid());
    auto signedIn = backend(TestDialects::dataPm(), session);
    const auto created = await(signedIn->apiKeys()->createKey(uniqueLabel(QStringLiteral("pasted"))));
    QVERIFY2(created.finished(), qPrintable(describe(created.error)));
    const CreatedApiKey key = created.value;

    // What the user copied is accepted as is, and with white space around it.
    for (const QString& pasted : {QString::fromLatin1(key.displaySecret),
                                  QStringLiteral("  %1\n").arg(QString::fromLatin1(key.displaySecret))}) {
        const Credential credential = datapm->account()->credentialFromPastedKey(pasted);
        QVERIFY(credential.isValid());
        QCOMPARE(credential.kind, Credential::Kind::ApiKey);
        QCOMPARE(credential.headerName, QByteArrayLiteral("X-API-Key"));
        QCOMPARE(credential.headerValue, key.credential.headerValue);
        QCOMPARE(credential.keyId, key.key.id);
    }
    // The pasted credential works against the registry.
    auto withPasted =
        backend(TestDialects::dataPm(),
                datapm->account()->credentialFromPastedKey(QString::fromLatin1(key.displaySecret)));
    const auto me = await(withPasted->account()->currentUser());
    QVERIFY2(me.finished(), qPrintable(describe(me.error)));
    QCOMPARE(me.value.username, kDemoUser);

    // Missing padding is repaired; the header carries standard base64 with padding.
    const QByteArray unpadded = QByteArray(key.displaySecret).replace('=', QByteArray());
    const Credential repaired = datapm->account()->credentialFromPastedKey(QString::fromLatin1(unpadded));
    QVERIFY(repaired.isValid());
    QCOMPARE(repaired.headerValue, key.credential.headerValue);

    // Garbage is no key.
    const QStringList garbage{
        QString(),
        QStringLiteral("   "),
        QStringLiteral("hello world"),
        QStringLiteral("not base64 at all!"),
        QString::fromLatin1(QByteArrayLiteral("no-dot-in-here").toBase64()),
        QString::fromLatin1(QByteArrayLiteral(".secret-without-id").toBase64()),
        QString::fromLatin1(QByteArrayLiteral("id-without-secret.").toBase64()),
        QString::fromLatin1(QByteArrayLiteral("id.sec ret").toBase64()),
        QString::fromLatin1(QByteArrayLiteral("id.secret\r\nX-Evil: 1").toBase64()),
        QString::fromLatin1(key.displaySecret) + QStringLiteral("$$"),
        // base64url (the real server answers it with HTTP 500)
        QString::fromLatin1(QByteArrayLiteral("id.s\xfb\xff").toBase64(QByteArray::Base64UrlEncoding)),
        QStringLiteral("X-API-Key: %1").arg(QString::fromLatin1(key.displaySecret)),
    };
    for (const QString& text : garbage)
        QVERIFY2(!datapm->account()->credentialFromPastedKey(text).isValid(), qPrintable(text));

    QVERIFY(await(signedIn->apiKeys()->deleteKey(key.key.id)).finished());
}

void TestAccount::datapmAccountDecoderSurvivesHostileInput()
{
    const QList<QJsonValue> junk{QJsonValue(),
                                 QJsonValue(QJsonValue::Undefined),
                                 QJsonValue(42),
                                 QJsonValue(QStringLiteral("x")),
                                 QJsonArray{1, QJsonValue(), QStringLiteral("y")},
                                 QJsonObject{{QStringLiteral("user"), 3}},
                                 QJsonObject{{QStringLiteral("id"), QJsonArray()}}};
    for (const QJsonValue& value : junk) {
        QString whyNot;
        for (const char* field : {"login", "me", "myAPIKeys", "createAPIKey", "deleteAPIKey"}) {
            const QJsonObject data{{QLatin1String(field), value}};
            (void)DataPmAccountDecoder::session(data, kDemoUser, &whyNot);
            (void)DataPmAccountDecoder::currentUser(data, &whyNot);
            (void)DataPmAccountDecoder::apiKeys(data, &whyNot);
            (void)DataPmAccountDecoder::createdApiKey(data, &whyNot);
            (void)DataPmAccountDecoder::deleted(data, &whyNot);
        }
    }
    QString whyNot;
    // A token with a line break would become a second header.
    QVERIFY(!DataPmAccountDecoder::session({{QStringLiteral("login"), QStringLiteral("abc\r\nX-Evil: 1")}},
                                           kDemoUser, &whyNot));
    QVERIFY(!DataPmAccountDecoder::session({{QStringLiteral("login"), QString()}}, kDemoUser, &whyNot));
    // A created key without a usable secret is an error whose text does not echo the answer.
    const QJsonObject noSecret{{QStringLiteral("createAPIKey"),
                                QJsonObject{{QStringLiteral("id"), QStringLiteral("k1")},
                                            {QStringLiteral("label"), QStringLiteral("l")},
                                            {QStringLiteral("secret"), QStringLiteral("has space")}}}};
    QVERIFY(!DataPmAccountDecoder::createdApiKey(noSecret, &whyNot));
    QVERIFY(!whyNot.contains(QLatin1String("has space")));
    // myAPIKeys: null comes with an error that explains it, so it is no "empty list"; rows without an id
    // are a wrong shape.
    QVERIFY(!DataPmAccountDecoder::apiKeys({{QStringLiteral("myAPIKeys"), QJsonValue()}}, &whyNot));
    const auto none = DataPmAccountDecoder::apiKeys({{QStringLiteral("myAPIKeys"), QJsonArray()}}, &whyNot);
    QVERIFY(none && none->isEmpty());
    QVERIFY(!DataPmAccountDecoder::apiKeys(
        {{QStringLiteral("myAPIKeys"),
          QJsonArray{QJsonObject{{QStringLiteral("label"), QStringLiteral("x")}}}}},
        &whyNot));
    // The wire form of a key: base64("id.secret"); an id with a dot could not be split by the server.
    QCOMPARE(DataPmAccountDecoder::apiKeyCredential(QStringLiteral("id"), QStringLiteral("s3cr.et"), {})
                 .headerValue,
             QByteArrayLiteral("id.s3cr.et").toBase64());
    QVERIFY(
        !DataPmAccountDecoder::apiKeyCredential(QStringLiteral("i.d"), QStringLiteral("s"), {}).isValid());
}

// ----------------------------------------------------------------------------------------------- DataPM
// browse

void TestAccount::datapmSearchCatalogsPaging()
{
    auto datapm = backend(TestDialects::dataPm());
    QVERIFY(datapm->catalogs());
    QVERIFY(datapm->collections());

    // DataPM finds catalogs only by a query (an empty search answers nothing, as the real server does).
    QCOMPARE(datapm->catalogs()->listing(), PackageGroups::Listing::Search);
    const auto none = await(datapm->catalogs()->listGroups(QStringLiteral("alice"), {}));
    QVERIFY2(none.finished(), qPrintable(describe(none.error)));
    QVERIFY(none.value.items.isEmpty());
    // Anonymous: every public catalog matching "o" (all four; alice's is private), two at a time.
    QStringList seen;
    PageRequest request{QString(), 2};
    int pages = 0;
    for (;;) {
        const auto outcome = await(datapm->catalogs()->listGroups(QStringLiteral("o"), request));
        QVERIFY2(outcome.finished(), qPrintable(describe(outcome.error)));
        QCOMPARE(outcome.value.total, 4);
        seen += catalogSlugs(outcome.value.items);
        ++pages;
        if (!outcome.value.hasMore)
            break;
        QCOMPARE(outcome.value.items.size(), 2);
        request.cursor = outcome.value.nextCursor;
        QVERIFY(pages < 10);
    }
    QCOMPARE(pages, 2);
    seen.sort();
    QCOMPARE(seen, (QStringList{QStringLiteral("demo"), QStringLiteral("noaa"), QStringLiteral("opendata"),
                                QStringLiteral("worldbank")}));

    // alice's private catalog is hers only.
    auto alice =
        makeBackend(TestDialects::dataPm(), m_registry.endpoint(QStringLiteral("datapm")), &m_network);
    const auto aliceSession =
        await(alice->passwordSignIn()->signIn(QStringLiteral("alice"), QStringLiteral("alice-password-1")));
    QVERIFY2(aliceSession.finished(), qPrintable(describe(aliceSession.error)));
    const auto aliceSees = await(backend(TestDialects::dataPm(), aliceSession.value)
                                     ->catalogs()
                                     ->listGroups(QStringLiteral("alice"), {}));
    QVERIFY2(aliceSees.finished(), qPrintable(describe(aliceSees.error)));
    QVERIFY(catalogSlugs(aliceSees.value.items).contains(QStringLiteral("alice")));
}

void TestAccount::datapmSearchCatalogsQuery()
{
    auto datapm = backend(TestDialects::dataPm());
    const auto outcome = await(datapm->catalogs()->listGroups(QStringLiteral("weather"), {}));
    QVERIFY2(outcome.finished(), qPrintable(describe(outcome.error)));
    QCOMPARE(catalogSlugs(outcome.value.items), QStringList{QStringLiteral("noaa")});
    QVERIFY(!outcome.value.hasMore);
    QCOMPARE(outcome.value.total, 1);

    const auto none = await(datapm->catalogs()->listGroups(QStringLiteral("zzzz-no-such-thing"), {}));
    QVERIFY2(none.finished(), qPrintable(describe(none.error)));
    QVERIFY(none.value.items.isEmpty());
    QVERIFY(!none.value.hasMore);
}

void TestAccount::datapmCatalog()
{
    auto datapm = backend(TestDialects::dataPm());
    const auto noaa = await(datapm->catalogs()->group(QStringLiteral("noaa")));
    QVERIFY2(noaa.finished(), qPrintable(describe(noaa.error)));
    QCOMPARE(noaa.value.slug, QStringLiteral("noaa"));
    QCOMPARE(noaa.value.displayName, QStringLiteral("NOAA"));
    QVERIFY(noaa.value.description.contains(QLatin1String("Weather")));
    QCOMPARE(noaa.value.website, QUrl(QStringLiteral("https://www.noaa.gov")));
    QVERIFY(noaa.value.isPublic);

    const auto missing = await(datapm->catalogs()->group(QStringLiteral("no-such-catalog")));
    QVERIFY(missing.failed());
    QCOMPARE(missing.error.reason, Error::Reason::NotFound);
    const auto hidden = await(datapm->catalogs()->group(QStringLiteral("alice")));
    QVERIFY(hidden.failed());
    QCOMPARE(hidden.error.reason, Error::Reason::NotSignedIn);
}

void TestAccount::datapmCatalogPackagesPaging()
{
    auto datapm = backend(TestDialects::dataPm());
    QStringList seen;
    QList<int> sizes;
    PageRequest request{QString(), 4};
    for (int pages = 0; pages < 10; ++pages) {
        const auto outcome = await(datapm->catalogs()->groupPackages(QStringLiteral("noaa"), request));
        QVERIFY2(outcome.finished(), qPrintable(describe(outcome.error)));
        QCOMPARE(outcome.value.total, -1); // a bare list says no total
        sizes.append(int(outcome.value.items.size()));
        seen += ids(outcome.value.items);
        if (!outcome.value.hasMore)
            break;
        request.cursor = outcome.value.nextCursor;
    }
    // 11 NOAA packages: 4 + 4 + 3, the short page is the end.
    QCOMPARE(sizes, (QList<int>{4, 4, 3}));
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 11);
    for (const QString& id : seen)
        QVERIFY2(id.startsWith(QLatin1String("noaa/")), qPrintable(id));
    QVERIFY(seen.contains(QStringLiteral("noaa/hurricane-tracks")));
}

void TestAccount::datapmCatalogPackagesExactMultiple()
{
    // A full last page cannot know it is the last: one more request answers an empty page, the end.
    auto datapm = backend(TestDialects::dataPm());
    const auto first = await(datapm->catalogs()->groupPackages(QStringLiteral("noaa"), {QString(), 11}));
    QVERIFY2(first.finished(), qPrintable(describe(first.error)));
    QCOMPARE(first.value.items.size(), 11);
    QVERIFY(first.value.hasMore);
    QCOMPARE(first.value.nextCursor, QStringLiteral("11"));
    const auto second =
        await(datapm->catalogs()->groupPackages(QStringLiteral("noaa"), {first.value.nextCursor, 11}));
    QVERIFY2(second.finished(), qPrintable(describe(second.error)));
    QVERIFY(second.value.items.isEmpty());
    QVERIFY(!second.value.hasMore);
}

void TestAccount::datapmCatalogPackagesPrivate()
{
    const QString privateId = QStringLiteral("demo/household-budget");
    const auto anonymous =
        await(backend(TestDialects::dataPm())->catalogs()->groupPackages(QStringLiteral("demo"), {}));
    QVERIFY2(anonymous.finished(), qPrintable(describe(anonymous.error)));
    QVERIFY(!ids(anonymous.value.items).contains(privateId));

    const Credential session = signIn(TestDialects::dataPm());
    QVERIFY(session.isValid());
    const auto owner = await(
        backend(TestDialects::dataPm(), session)->catalogs()->groupPackages(QStringLiteral("demo"), {}));
    QVERIFY2(owner.finished(), qPrintable(describe(owner.error)));
    QVERIFY(ids(owner.value.items).contains(privateId));
}

void TestAccount::datapmCollections()
{
    auto datapm = backend(TestDialects::dataPm());
    const auto all = await(datapm->collections()->listGroups(QString(), {}));
    QVERIFY2(all.finished(), qPrintable(describe(all.error)));
    QCOMPARE(all.value.total, 2);
    QCOMPARE(all.value.items.size(), 2);
    QVERIFY(!all.value.hasMore);

    const auto paged = await(datapm->collections()->listGroups(QString(), {QString(), 1}));
    QVERIFY2(paged.finished(), qPrintable(describe(paged.error)));
    QCOMPARE(paged.value.items.size(), 1);
    QVERIFY(paged.value.hasMore);
    QCOMPARE(paged.value.nextCursor, QStringLiteral("1"));
    const auto rest = await(datapm->collections()->listGroups(QString(), {paged.value.nextCursor, 1}));
    QVERIFY2(rest.finished(), qPrintable(describe(rest.error)));
    QCOMPARE(rest.value.items.size(), 1);
    QVERIFY(!rest.value.hasMore);
    QVERIFY(rest.value.items.first().slug != paged.value.items.first().slug);

    const auto climate = await(datapm->collections()->listGroups(QStringLiteral("climate"), {}));
    QVERIFY2(climate.finished(), qPrintable(describe(climate.error)));
    QCOMPARE(climate.value.items.size(), 1);
    QCOMPARE(climate.value.items.first().slug, QStringLiteral("climate-and-weather"));

    const auto one = await(datapm->collections()->group(QStringLiteral("climate-and-weather")));
    QVERIFY2(one.finished(), qPrintable(describe(one.error)));
    QCOMPARE(one.value.displayName, QStringLiteral("Climate and Weather"));
    QVERIFY(one.value.description.contains(QLatin1String("atmosphere")));
    QVERIFY(one.value.isPublic);

    const auto missing = await(datapm->collections()->group(QStringLiteral("no-such-collection")));
    QVERIFY(missing.failed());
    QCOMPARE(missing.error.reason, Error::Reason::NotFound);
}

void TestAccount::datapmCollectionPackagesPaging()
{
    auto datapm = backend(TestDialects::dataPm());
    const auto whole = await(datapm->collections()->groupPackages(QStringLiteral("climate-and-weather"), {}));
    QVERIFY2(whole.finished(), qPrintable(describe(whole.error)));
    const int total = int(whole.value.items.size());
    QVERIFY(total >= 3);
    QVERIFY(!whole.value.hasMore);
    QVERIFY(ids(whole.value.items).contains(QStringLiteral("noaa/co2-mauna-loa")));
    for (const Package& package : whole.value.items) {
        QVERIFY(!package.displayName.isEmpty());
        QVERIFY(!package.latestVersion.isEmpty());
    }

    QStringList seen;
    PageRequest request{QString(), 2};
    for (int pages = 0; pages < 20; ++pages) {
        const auto outcome =
            await(datapm->collections()->groupPackages(QStringLiteral("climate-and-weather"), request));
        QVERIFY2(outcome.finished(), qPrintable(describe(outcome.error)));
        QVERIFY(outcome.value.items.size() <= 2);
        seen += ids(outcome.value.items);
        if (!outcome.value.hasMore)
            break;
        request.cursor = outcome.value.nextCursor;
    }
    QCOMPARE(seen, ids(whole.value.items));
}

void TestAccount::datapmUser()
{
    auto datapm = backend(TestDialects::dataPm());
    const auto demo = await(datapm->users()->user(kDemoUser));
    QVERIFY2(demo.finished(), qPrintable(describe(demo.error)));
    QCOMPARE(demo.value.username, kDemoUser);
    QCOMPARE(demo.value.displayName, QStringLiteral("Demo User"));
    QVERIFY(!demo.value.isAdmin);

    const auto missing = await(datapm->users()->user(QStringLiteral("nobody-here")));
    QVERIFY(missing.failed());
    QCOMPARE(missing.error.reason, Error::Reason::NotFound);
}

void TestAccount::datapmBrowseBadInputFailsQueued()
{
    QVERIFY(m_registry.clearRequestLog());
    auto datapm = backend(TestDialects::dataPm());
    PackagePageJob* job =
        datapm->catalogs()->groupPackages(QStringLiteral("noaa"), {QStringLiteral("soon"), 5});
    QSignalSpy failed(job, &RegistryJob::failed);
    QCOMPARE(failed.count(), 0);
    const auto outcome = await(job);
    QVERIFY(outcome.failed());
    QCOMPARE(outcome.error.kind, Error::Kind::Config);
    QVERIFY(await(datapm->catalogs()->listGroups(QString(), {QStringLiteral("-1"), 5})).failed());
    QVERIFY(await(datapm->collections()->listGroups(QString(), {QStringLiteral("x"), 5})).failed());
    QVERIFY(await(datapm->catalogs()->group(QStringLiteral(" "))).failed());
    QVERIFY(await(datapm->collections()->group(QString())).failed());
    QVERIFY(await(datapm->collections()->groupPackages(QString(), {})).failed());
    QVERIFY(await(datapm->users()->user(QString())).failed());
    QCOMPARE(m_registry.requestLog().size(), 0);
}

void TestAccount::datapmBrowseDecoderSurvivesHostileInput()
{
    const QList<QJsonValue> junk{
        QJsonValue(),
        QJsonValue(7),
        QJsonValue(QStringLiteral("x")),
        QJsonArray{QJsonValue(), 1, QStringLiteral("y"), QJsonObject()},
        QJsonObject{{QStringLiteral("catalogs"), 5}, {QStringLiteral("hasMore"), QStringLiteral("yes")}},
        QJsonObject{
            {QStringLiteral("collections"), QJsonArray{QJsonObject{{QStringLiteral("identifier"), 1}}}},
            {QStringLiteral("hasMore"), true},
            {QStringLiteral("count"), 1e300}},
        QJsonObject{{QStringLiteral("identifier"), QJsonObject{{QStringLiteral("catalogSlug"), 9}}}},
    };
    for (const QJsonValue& value : junk) {
        QString whyNot;
        for (const char* field : {"searchCatalogs", "myCatalogs", "catalog", "searchCollections",
                                  "collection", "catalogPackages", "user"}) {
            const QJsonObject data{{QLatin1String(field), value}};
            (void)DataPmBrowseDecoder::catalogPage(data, 0, &whyNot);
            (void)DataPmBrowseDecoder::catalogList(data, &whyNot);
            (void)DataPmBrowseDecoder::catalog(data, &whyNot);
            (void)DataPmBrowseDecoder::collectionPage(data, 0, &whyNot);
            (void)DataPmBrowseDecoder::collection(data, &whyNot);
            (void)DataPmBrowseDecoder::packageList(data, QStringLiteral("catalogPackages"), 0, 0, &whyNot);
            (void)DataPmBrowseDecoder::user(data, &whyNot);
        }
    }
    QString whyNot;
    // An empty page that claims more would make a model fetch forever.
    const auto empty = DataPmBrowseDecoder::catalogPage(
        {{QStringLiteral("searchCatalogs"),
          QJsonObject{{QStringLiteral("catalogs"), QJsonArray()}, {QStringLiteral("hasMore"), true}}}},
        0, &whyNot);
    QVERIFY(empty && !empty->hasMore);
    // Null rows are skipped but count as places of a bare page.
    const QJsonObject row{
        {QStringLiteral("identifier"), QJsonObject{{QStringLiteral("catalogSlug"), QStringLiteral("c")},
                                                   {QStringLiteral("packageSlug"), QStringLiteral("p")}}}};
    const auto list =
        DataPmBrowseDecoder::packageList({{QStringLiteral("catalogPackages"), QJsonArray{row, QJsonValue()}}},
                                         QStringLiteral("catalogPackages"), 10, 2, &whyNot);
    QVERIFY(list);
    QCOMPARE(list->items.size(), 1);
    QVERIFY(list->hasMore);
    QCOMPARE(list->nextCursor, QStringLiteral("12"));
    // A profile shows no non-web link.
    const auto profile =
        DataPmBrowseDecoder::userOf({{QStringLiteral("username"), QStringLiteral("u")},
                                     {QStringLiteral("website"), QStringLiteral("javascript:alert(1)")}},
                                    &whyNot);
    QVERIFY(profile && profile->website.isEmpty());
    QCOMPARE(profile->displayName, QString());
}

// ------------------------------------------------------------------------------------------ Wasmer, Metabind

void TestAccount::wasmerSignInAndViewer()
{
    auto anonymous = backend(TestDialects::wasmer());
    QVERIFY(anonymous->passwordSignIn());
    const auto signedIn = await(anonymous->passwordSignIn()->signIn(kDemoUser, kDemoPassword));
    QVERIFY2(signedIn.finished(), qPrintable(describe(signedIn.error)));
    const Credential credential = signedIn.value;
    QCOMPARE(credential.kind, Credential::Kind::SessionToken);
    QCOMPARE(credential.headerName, QByteArrayLiteral("Authorization"));
    QVERIFY(credential.headerValue.startsWith("Bearer "));
    QVERIFY(credential.headerValue.size() > 10);
    QCOMPARE(credential.account, kDemoUser);

    const auto me = await(backend(TestDialects::wasmer(), credential)->account()->currentUser());
    QVERIFY2(me.finished(), qPrintable(describe(me.error)));
    QCOMPARE(me.value.username, kDemoUser);
    QCOMPARE(me.value.displayName, QStringLiteral("Demo User"));

    // The seeded demo token works the same way.
    const Credential seeded =
        anonymous->account()->credentialFromPastedKey(QStringLiteral("wasmer-demo-token"));
    QVERIFY(seeded.isValid());
    QCOMPARE(seeded.headerValue, QByteArrayLiteral("Bearer wasmer-demo-token"));
    const auto again = await(backend(TestDialects::wasmer(), seeded)->account()->currentUser());
    QVERIFY2(again.finished(), qPrintable(describe(again.error)));
    QCOMPARE(again.value.username, kDemoUser);
}

void TestAccount::wasmerWrongPassword()
{
    const QString wrong = QStringLiteral("not-the-password-42");
    const auto outcome = await(backend(TestDialects::wasmer())->passwordSignIn()->signIn(kDemoUser, wrong));
    QVERIFY(outcome.failed());
    QCOMPARE(outcome.error.kind, Error::Kind::GraphQl);
    QCOMPARE(outcome.error.reason, Error::Reason::WrongPassword);
    QVERIFY2(outcome.error.userText().contains(QLatin1String("password is wrong")),
             qPrintable(outcome.error.userText()));
    QVERIFY(!describe(outcome.error).contains(wrong));
    QVERIFY(await(backend(TestDialects::wasmer())->passwordSignIn()->signIn(QString(), wrong)).failed());

    const QString echoed = QStringLiteral("s3cret-pass-77");
    QVERIFY(m_registry.armFault(
        {{QStringLiteral("match"), QStringLiteral("TokenAuth")},
         {QStringLiteral("kind"), QStringLiteral("graphqlError")},
         {QStringLiteral("code"), QStringLiteral("BAD_USER_INPUT")},
         {QStringLiteral("message"),
          QStringLiteral("Variable \"$password\" got invalid value \"%1\"").arg(echoed)}}));
    const auto redacted = await(backend(TestDialects::wasmer())->passwordSignIn()->signIn(kDemoUser, echoed));
    QVERIFY(m_registry.clearFaults());
    QVERIFY(redacted.failed());
    QVERIFY2(!describe(redacted.error).contains(echoed), qPrintable(describe(redacted.error)));
    QVERIFY(redacted.error.reason != Error::Reason::WrongPassword); // a refused input, not a wrong password
}

void TestAccount::wasmerAnonymousViewer()
{
    for (const Credential& credential :
         {Credential(), backend(TestDialects::wasmer())
                            ->account()
                            ->credentialFromPastedKey(QStringLiteral("wat_not-a-token"))}) {
        auto wasmer = backend(TestDialects::wasmer(), credential);
        const auto me = await(wasmer->account()->currentUser());
        QVERIFY(me.failed());
        QCOMPARE(me.error.reason, Error::Reason::NotSignedIn);
        QCOMPARE(me.error.reason, Error::Reason::NotSignedIn);
        QVERIFY(!me.error.userText().isEmpty());
        const auto keys = await(wasmer->apiKeys()->listKeys());
        QVERIFY(keys.failed());
        QCOMPARE(keys.error.reason, Error::Reason::NotSignedIn);
        const auto created = await(wasmer->apiKeys()->createKey(uniqueLabel(QStringLiteral("anonymous"))));
        QVERIFY(created.failed());
        QCOMPARE(created.error.code, QStringLiteral("UNAUTHENTICATED"));
    }
}

void TestAccount::wasmerTokenLifecycle()
{
    const Credential session = signIn(TestDialects::wasmer());
    QVERIFY(session.isValid());
    auto signedIn = backend(TestDialects::wasmer(), session);
    const QString label = uniqueLabel(QStringLiteral("depot-test"));

    QVERIFY(m_registry.clearRequestLog());
    const auto created = await(signedIn->apiKeys()->createKey(label));
    QVERIFY2(created.finished(), qPrintable(describe(created.error)));
    QCOMPARE(m_registry.requestLog().size(), 1);
    const CreatedApiKey key = created.value;
    QVERIFY(!key.key.id.isEmpty());
    QCOMPARE(key.key.label, label);
    QVERIFY(key.key.createdAt.isValid());
    QCOMPARE(key.credential.kind, Credential::Kind::ApiKey);
    QCOMPARE(key.credential.headerName, QByteArrayLiteral("Authorization"));
    QCOMPARE(key.credential.headerValue, QByteArrayLiteral("Bearer ") + key.displaySecret);
    QCOMPARE(key.credential.keyId, key.key.id);
    QCOMPARE(key.credential.account, label);
    QVERIFY(key.displaySecret.size() >= 16);

    const auto listed = await(signedIn->apiKeys()->listKeys());
    QVERIFY2(listed.finished(), qPrintable(describe(listed.error)));
    const auto it = std::find_if(listed.value.begin(), listed.value.end(),
                                 [&](const ApiKey& entry) { return entry.id == key.key.id; });
    QVERIFY(it != listed.value.end());
    QCOMPARE(it->label, label);
    for (const ApiKey& entry : listed.value)
        QVERIFY(!(entry.id + entry.label).toUtf8().contains(key.displaySecret));

    // The token works on its own, and the pasted form of it too.
    auto withToken = backend(TestDialects::wasmer(), key.credential);
    const auto me = await(withToken->account()->currentUser());
    QVERIFY2(me.finished(), qPrintable(describe(me.error)));
    QCOMPARE(me.value.username, kDemoUser);
    const Credential pasted =
        signedIn->account()->credentialFromPastedKey(QString::fromLatin1(key.displaySecret));
    QCOMPARE(pasted.headerValue, key.credential.headerValue);

    // Revoke: gone from the list, and the token no longer identifies anyone.
    const auto revoked = await(signedIn->apiKeys()->deleteKey(key.key.id));
    QVERIFY2(revoked.finished(), qPrintable(describe(revoked.error)));
    QVERIFY(revoked.value);
    const auto after = await(signedIn->apiKeys()->listKeys());
    QVERIFY2(after.finished(), qPrintable(describe(after.error)));
    for (const ApiKey& entry : after.value)
        QVERIFY(entry.id != key.key.id);
    const auto rejected = await(withToken->account()->currentUser());
    QVERIFY(rejected.failed());
    QCOMPARE(rejected.error.reason, Error::Reason::NotSignedIn);

    const auto unknown = await(signedIn->apiKeys()->deleteKey(QStringLiteral("no-such-token")));
    QVERIFY(unknown.failed());
    QVERIFY2(unknown.error.userText().contains(QLatin1String("token")), qPrintable(unknown.error.userText()));
}

void TestAccount::wasmerPastedToken()
{
    auto wasmer = backend(TestDialects::wasmer());
    const Credential plain = wasmer->account()->credentialFromPastedKey(QStringLiteral("  wat_abc123  "));
    QVERIFY(plain.isValid());
    QCOMPARE(plain.kind, Credential::Kind::ApiKey);
    QCOMPARE(plain.headerName, QByteArrayLiteral("Authorization"));
    QCOMPARE(plain.headerValue, QByteArrayLiteral("Bearer wat_abc123"));
    QCOMPARE(wasmer->account()->credentialFromPastedKey(QStringLiteral("Bearer wat_abc123")).headerValue,
             QByteArrayLiteral("Bearer wat_abc123"));
    for (const QString& text :
         {QString(), QStringLiteral("  "), QStringLiteral("two words"), QStringLiteral("Bearer "),
          QStringLiteral("tok\r\nX-Evil: 1"), QStringLiteral("t\u00f6ken")})
        QVERIFY2(!wasmer->account()->credentialFromPastedKey(text).isValid(), qPrintable(text));
}

void TestAccount::wasmerNamespaces()
{
    auto wasmer = backend(TestDialects::wasmer());
    QVERIFY(wasmer->catalogs());
    const auto global = await(wasmer->catalogs()->group(QStringLiteral("wasmer")));
    QVERIFY2(global.finished(), qPrintable(describe(global.error)));
    QCOMPARE(global.value.slug, QStringLiteral("wasmer"));
    QCOMPARE(global.value.displayName, QStringLiteral("Wasmer"));
    QVERIFY(!global.value.description.isEmpty());

    const auto missing = await(wasmer->catalogs()->group(QStringLiteral("no-such-namespace")));
    QVERIFY(missing.failed());
    QCOMPARE(missing.error.reason, Error::Reason::NotFound);
    QVERIFY(!missing.error.userText().isEmpty());

    // The global namespace "_" holds python, sqlite, lua and coreutils: pages of three.
    QStringList seen;
    QList<int> sizes;
    PageRequest request{QString(), 3};
    for (int pages = 0; pages < 10; ++pages) {
        const auto outcome = await(wasmer->catalogs()->groupPackages(QStringLiteral("_"), request));
        QVERIFY2(outcome.finished(), qPrintable(describe(outcome.error)));
        QCOMPARE(outcome.value.total, 4);
        sizes.append(int(outcome.value.items.size()));
        seen += ids(outcome.value.items);
        for (const Package& package : outcome.value.items) {
            QVERIFY(!package.latestVersion.isEmpty());
            QVERIFY(!package.description.isEmpty());
            QVERIFY(package.versions.isEmpty());
        }
        if (!outcome.value.hasMore)
            break;
        request.cursor = outcome.value.nextCursor;
    }
    QCOMPARE(sizes, (QList<int>{3, 1}));
    seen.sort();
    QCOMPARE(seen, (QStringList{QStringLiteral("_/coreutils"), QStringLiteral("_/lua"),
                                QStringLiteral("_/python"), QStringLiteral("_/sqlite")}));
    const auto none = await(wasmer->catalogs()->groupPackages(QStringLiteral("no-such-namespace"), {}));
    QVERIFY(none.failed());
    QCOMPARE(none.error.reason, Error::Reason::NotFound);
}

void TestAccount::wasmerUser()
{
    auto wasmer = backend(TestDialects::wasmer());
    const auto demo = await(wasmer->users()->user(kDemoUser));
    QVERIFY2(demo.finished(), qPrintable(describe(demo.error)));
    QCOMPARE(demo.value.username, kDemoUser);
    QCOMPARE(demo.value.displayName, QStringLiteral("Demo User"));
    QCOMPARE(demo.value.description, QStringLiteral("The local registry demo account"));
    const auto missing = await(wasmer->users()->user(QStringLiteral("nobody-here")));
    QVERIFY(missing.failed());
    QCOMPARE(missing.error.reason, Error::Reason::NotFound);
}

void TestAccount::wasmerDecoderSurvivesHostileInput()
{
    const QList<QJsonValue> junk{
        QJsonValue(),
        QJsonValue(3),
        QJsonValue(QStringLiteral("x")),
        QJsonArray{QJsonValue(), 2},
        QJsonObject{{QStringLiteral("edges"), 1}, {QStringLiteral("token"), 5}},
        QJsonObject{
            {QStringLiteral("apiTokens"),
             QJsonObject{{QStringLiteral("edges"), QJsonArray{QJsonObject{{QStringLiteral("node"), 1}}}}}},
            {QStringLiteral("packages"),
             QJsonObject{{QStringLiteral("edges"),
                          QJsonArray{QJsonObject{{QStringLiteral("node"), QJsonObject()}}}}}}}};
    for (const QJsonValue& value : junk) {
        QString whyNot;
        for (const char* field : {"tokenAuth", "viewer", "generateApiToken", "revokeApiToken"}) {
            const QJsonObject data{{QLatin1String(field), value}};
            (void)WasmerAccountDecoder::session(data, kDemoUser, &whyNot);
            (void)WasmerAccountDecoder::apiTokens(data, &whyNot);
            (void)WasmerAccountDecoder::createdToken(data, QStringLiteral("l"), &whyNot);
            (void)WasmerAccountDecoder::revoked(data, &whyNot);
        }
        (void)WasmerAccountDecoder::user(value, &whyNot);
        (void)WasmerAccountDecoder::namespaceOf(value, &whyNot);
        (void)WasmerAccountDecoder::namespacePackages(value, &whyNot);
    }
    QString whyNot = QStringLiteral("stale");
    // Null is "not signed in" / "not found" (empty whyNot), not a wrong shape.
    QVERIFY(!WasmerAccountDecoder::user(QJsonValue(), &whyNot));
    QVERIFY(whyNot.isEmpty());
    QVERIFY(!WasmerAccountDecoder::session(
        {{QStringLiteral("tokenAuth"), QJsonObject{{QStringLiteral("token"), QStringLiteral("a\nb")}}}},
        kDemoUser, &whyNot));
    QVERIFY(!whyNot.contains(QLatin1String("a\nb")));
    QVERIFY(!WasmerAccountDecoder::revoked(
        {{QStringLiteral("revokeApiToken"), QJsonObject{{QStringLiteral("success"), false}}}}, &whyNot));
}

void TestAccount::metabindPastedKey()
{
    auto metabind = backend(TestDialects::metabind());
    const Credential full =
        metabind->account()->credentialFromPastedKey(QStringLiteral(" demo-org:demo-project:mb-demo-key\n"));
    QVERIFY(full.isValid());
    QCOMPARE(full.kind, Credential::Kind::ApiKey);
    QCOMPARE(full.headerName, QByteArrayLiteral("x-api-key"));
    QCOMPARE(full.headerValue, QByteArrayLiteral("demo-org:demo-project:mb-demo-key"));
    QCOMPARE(full.account, QStringLiteral("demo-org:demo-project"));
    const Credential bare = metabind->account()->credentialFromPastedKey(QStringLiteral("mb-demo-key"));
    QVERIFY(bare.isValid());
    QCOMPARE(bare.headerValue, QByteArrayLiteral("mb-demo-key"));
    for (const QString& text : {QString(), QStringLiteral("a:b"), QStringLiteral("a:b:c:d"),
                                QStringLiteral("::k"), QStringLiteral("a::k"), QStringLiteral("a:b:"),
                                QStringLiteral("with space"), QStringLiteral("k\r\nX-Evil: 1")})
        QVERIFY2(!metabind->account()->credentialFromPastedKey(text).isValid(), qPrintable(text));

    // The pasted key reads data.
    const auto page = await(backend(TestDialects::metabind(), full)->latestPackages({}));
    QVERIFY2(page.finished(), qPrintable(describe(page.error)));
    QVERIFY(!page.value.items.isEmpty());
}

void TestAccount::metabindAccountUnsupported()
{
    // Metabind keys are pasted (the account part); signing in and the project's keys go over REST
    // (tests/metabind-keys): the parts are there, and nothing says they are missing.
    auto metabind = backend(TestDialects::metabind());
    QVERIFY(metabind->account());
    QVERIFY(metabind->passwordSignIn());
    QVERIFY(metabind->apiKeys());
    QCOMPARE(metabind->passwordSignIn()->identity(), PasswordSignIn::Identity::Email);
    QVERIFY(metabind->whyMissing(RegistryPart::SignIn).isEmpty());
    QVERIFY(metabind->whyMissing(RegistryPart::ApiKeys).isEmpty());
    QVERIFY(metabind->whyMissing(RegistryPart::Account).isEmpty());
}

QTEST_GUILESS_MAIN(TestAccount)
#include "tst_account.moc"
