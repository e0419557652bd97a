// Issue 13, acceptance 2: for each registry kind, every part its backend offers is called against the local
// registry and gives real results; every part it does not offer is absent (null), with a reason for people.
#include "publish/PublishTestSupport.h"
#include "registry/parts/FolderPublishing.h"
#include "registry/parts/PackageDownloads.h"
#include "registry/parts/PackageInterfaces.h"
#include "registry/parts/UserDirectory.h"
#include "support/JobOutcome.h"
#include "support/LocalRegistry.h"
#include "support/TestDialects.h"

#include <QNetworkAccessManager>
#include <QTest>

namespace {

const QString kDemoUser = QStringLiteral("demo");
const QString kDemoPassword = QStringLiteral("demo-password-1");

QStringList offered(RegistryBackend& backend)
{
    QStringList parts;
    const std::pair<RegistryPart, const char*> all[] = {
        {RegistryPart::Search, "search"},
        {RegistryPart::Catalogs, "catalogs"},
        {RegistryPart::Collections, "collections"},
        {RegistryPart::Users, "users"},
        {RegistryPart::Account, "account"},
        {RegistryPart::SignIn, "signIn"},
        {RegistryPart::ApiKeys, "apiKeys"},
        {RegistryPart::Publishing, "publishing"},
        {RegistryPart::Interfaces, "interfaces"},
        {RegistryPart::Downloads, "downloads"},
        {RegistryPart::FolderPublishing, "folderPublishing"},
        {RegistryPart::ProjectPublishing, "projectPublishing"},
        {RegistryPart::LiveUpdates, "liveUpdates"}};
    for (const auto& [part, name] : all) {
        if (backend.has(part))
            parts.append(QString::fromLatin1(name));
        else if (backend.whyMissing(part).isEmpty())
            parts.append(QStringLiteral("%1 missing without a reason").arg(QString::fromLatin1(name)));
    }
    return parts;
}

QStringList idsOf(const QList<Package>& packages)
{
    QStringList ids;
    for (const Package& package : packages)
        ids.append(package.id.toString());
    return ids;
}

} // namespace

class TestParts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void dataPm();
    void wasmer();
    void metabind();

private:
    std::unique_ptr<RegistryBackend> backend(const Dialect& dialect,
                                             std::shared_ptr<const HeaderProvider> headers = {})
    {
        return makeBackend(dialect, m_registry.endpoint(dialect.id()), &m_network, std::move(headers));
    }
    // A package group part: one group, its packages, and the list where the registry has one.
    void checkGroups(PackageGroups* groups, const QString& slug, const QString& query);
    // The account parts: the password sign-in gives a credential the backend accepts for "who am I".
    Credential checkSignIn(const Dialect& dialect);
    void checkApiKeys(const Dialect& dialect, const Credential& session);

    LocalRegistry m_registry;
    QNetworkAccessManager m_network;
};

void TestParts::initTestCase()
{
    QString error;
    QVERIFY2(m_registry.start(&error), qPrintable(error));
}

void TestParts::checkGroups(PackageGroups* groups, const QString& slug, const QString& query)
{
    QVERIFY(groups);
    QVERIFY(!groups->singularName().isEmpty());
    QVERIFY(!groups->pluralName().isEmpty());
    const auto group = await(groups->group(slug));
    QVERIFY2(group.finished(), qPrintable(describe(group.error)));
    QCOMPARE(group.value.slug, slug);
    const auto packages = await(groups->groupPackages(slug, {}));
    QVERIFY2(packages.finished(), qPrintable(describe(packages.error)));
    QVERIFY(!packages.value.items.isEmpty());
    const auto missing = await(groups->group(QStringLiteral("no-such-group-here")));
    QVERIFY(missing.failed());
    QCOMPARE(missing.error.reason, Error::Reason::NotFound);
    if (groups->listing() != PackageGroups::Listing::None) {
        const auto listed = await(groups->listGroups(query, {}));
        QVERIFY2(listed.finished(), qPrintable(describe(listed.error)));
        QVERIFY(!listed.value.items.isEmpty());
    }
}

Credential TestParts::checkSignIn(const Dialect& dialect)
{
    auto anonymous = backend(dialect);
    const auto wrong = await(anonymous->passwordSignIn()->signIn(kDemoUser, QStringLiteral("not-it-123")));
    if (!wrong.failed() || wrong.error.reason != Error::Reason::WrongPassword) {
        qWarning("wrong password: %s", qPrintable(describe(wrong.error)));
        return {};
    }
    const auto signedIn = await(anonymous->passwordSignIn()->signIn(kDemoUser, kDemoPassword));
    if (!signedIn.finished())
        return {};
    auto headers = std::make_shared<SessionHeaders>();
    headers->set(signedIn.value);
    auto session = backend(dialect, headers);
    const auto me = await(session->account()->currentUser());
    if (!me.finished() || me.value.username != kDemoUser)
        return {};
    // Nobody signed in: "who am I" says so, in the product's words.
    const auto nobody = await(anonymous->account()->currentUser());
    if (!nobody.failed() || !nobody.error.isCredentialProblem())
        return {};
    return signedIn.value;
}

void TestParts::checkApiKeys(const Dialect& dialect, const Credential& session)
{
    auto headers = std::make_shared<SessionHeaders>();
    headers->set(session);
    auto signedIn = backend(dialect, headers);
    ApiKeyManagement* keys = signedIn->apiKeys();
    const QString label = QStringLiteral("parts test %1").arg(dialect.id());
    const auto created = await(keys->createKey(label));
    QVERIFY2(created.finished(), qPrintable(describe(created.error)));
    QVERIFY(created.value.credential.isValid());
    QVERIFY(!created.value.displaySecret.isEmpty());
    // The new key is accepted on its own, and listed.
    auto keyHeaders = std::make_shared<SessionHeaders>();
    keyHeaders->set(created.value.credential);
    const auto withKey = await(backend(dialect, keyHeaders)->account()->currentUser());
    QVERIFY2(withKey.finished(), qPrintable(describe(withKey.error)));
    QCOMPARE(withKey.value.username, kDemoUser);
    const auto listed = await(keys->listKeys());
    QVERIFY2(listed.finished(), qPrintable(describe(listed.error)));
    bool found = false;
    for (const ApiKey& key : listed.value)
        found = found || key.id == created.value.key.id;
    QVERIFY(found);
    // A pasted copy of the secret is the same credential.
    const Credential pasted =
        signedIn->account()->credentialFromPastedKey(QString::fromUtf8(created.value.displaySecret));
    QVERIFY(pasted.isValid());
    QCOMPARE(pasted.headerValue, created.value.credential.headerValue);
    // Revoked, it is refused.
    const auto deleted = await(keys->deleteKey(created.value.key.id));
    QVERIFY2(deleted.finished(), qPrintable(describe(deleted.error)));
    const auto refused = await(backend(dialect, keyHeaders)->account()->currentUser());
    QVERIFY(refused.failed());
    QVERIFY2(refused.error.isCredentialProblem(), qPrintable(describe(refused.error)));
}

void TestParts::dataPm()
{
    const Dialect dialect = TestDialects::dataPm();
    auto datapm = backend(dialect);
    QCOMPARE(offered(*datapm),
             (QStringList{QStringLiteral("search"), QStringLiteral("catalogs"), QStringLiteral("collections"),
                          QStringLiteral("users"), QStringLiteral("account"), QStringLiteral("signIn"),
                          QStringLiteral("apiKeys"), QStringLiteral("publishing")}));
    const auto latest = await(datapm->latestPackages({}));
    QVERIFY2(latest.finished(), qPrintable(describe(latest.error)));
    QVERIFY(!latest.value.items.isEmpty());
    const auto found = await(datapm->search()->searchPackages(QStringLiteral("cities"), {}));
    QVERIFY2(found.finished(), qPrintable(describe(found.error)));
    QVERIFY(idsOf(found.value.items).contains(QStringLiteral("opendata/world-cities")));
    checkGroups(datapm->catalogs(), QStringLiteral("noaa"), QStringLiteral("noaa"));
    checkGroups(datapm->collections(), QStringLiteral("climate-and-weather"), QStringLiteral("climate"));
    const auto user = await(datapm->users()->user(kDemoUser));
    QVERIFY2(user.finished(), qPrintable(describe(user.error)));
    QCOMPARE(user.value.username, kDemoUser);

    const Credential session = checkSignIn(dialect);
    QVERIFY(session.isValid());
    checkApiKeys(dialect, session);

    // Publishing: a local check, the places to publish to, and a real publish that the registry then shows.
    auto headers = std::make_shared<SessionHeaders>();
    headers->set(session);
    auto signedIn = backend(dialect, headers);
    PackageFilePublishing* publishing = signedIn->packageFilePublishing();
    const QByteArray file = packageFile(QStringLiteral("parts-check"), QStringLiteral("1.0.0"),
                                        {{QStringLiteral("n"), QStringLiteral("integer")}});
    QVERIFY(publishing->checkPackageFile(file).isOk());
    QVERIFY(!publishing->checkPackageFile("{").isOk());
    QCOMPARE(publishing->packageFileWithVersion(file, QStringLiteral("1.0.1")).count("1.0.1"), 1);
    const auto targets = await(publishing->publishTargets());
    QVERIFY2(targets.finished(), qPrintable(describe(targets.error)));
    QVERIFY(!targets.value.isEmpty());
    const auto published = await(publishing->publish({targets.value.first().slug, file, {}, {}}));
    QVERIFY(published.finished());
    QCOMPARE(published.value.outcome, PublishResult::Outcome::Published);
    const auto page = await(signedIn->package({targets.value.first().slug, QStringLiteral("parts-check")}));
    QVERIFY2(page.finished(), qPrintable(describe(page.error)));
    QCOMPARE(page.value.latestVersion, QStringLiteral("1.0.0"));
}

void TestParts::wasmer()
{
    const Dialect dialect = TestDialects::wasmer();
    auto wasmer = backend(dialect);
    QCOMPARE(offered(*wasmer),
             (QStringList{QStringLiteral("search"), QStringLiteral("catalogs"), QStringLiteral("users"),
                          QStringLiteral("account"), QStringLiteral("signIn"), QStringLiteral("apiKeys"),
                          QStringLiteral("interfaces"), QStringLiteral("downloads"),
                          QStringLiteral("folderPublishing"), QStringLiteral("liveUpdates")}));
    // Not offered, and saying why: publishing from a package file and collections.
    QVERIFY(!wasmer->packageFilePublishing());
    QVERIFY(wasmer->whyMissing(RegistryPart::Publishing).contains(QLatin1String("Wasmer")));
    QVERIFY(!wasmer->collections());
    const auto latest = await(wasmer->latestPackages({}));
    QVERIFY2(latest.finished(), qPrintable(describe(latest.error)));
    QVERIFY(!latest.value.items.isEmpty());
    const auto found = await(wasmer->search()->searchPackages(QStringLiteral("python"), {}));
    QVERIFY2(found.finished(), qPrintable(describe(found.error)));
    QVERIFY(idsOf(found.value.items).contains(QStringLiteral("_/python")));
    // Namespaces: listed by a search for them; interfaces: those of the well-known names the registry knows.
    QCOMPARE(wasmer->catalogs()->listing(), PackageGroups::Listing::All);
    QCOMPARE(wasmer->catalogs()->singularName(), QStringLiteral("Namespace"));
    checkGroups(wasmer->catalogs(), QStringLiteral("wasmer"), QString());
    checkGroups(wasmer->interfaces(), QStringLiteral("wasi"), QString());
    const auto wasi = await(wasmer->interfaces()->interfaceDetails(QStringLiteral("wasi")));
    QVERIFY2(wasi.finished(), qPrintable(describe(wasi.error)));
    QVERIFY(wasi.value.versions.size() >= 2);
    QVERIFY(!wasi.value.versions.constFirst().content.isEmpty());
    const auto files =
        await(wasmer->downloads()->downloads(PackageId::fromString(QStringLiteral("_/python")), {}));
    QVERIFY2(files.finished(), qPrintable(describe(files.error)));
    QVERIFY(!files.value.isEmpty());
    QVERIFY(wasmer->folderPublishing()->manifestFileNames().contains(QStringLiteral("wasmer.toml")));
    QVERIFY(!wasmer->folderPublishing()->checkFolder(QStringLiteral("/nonexistent")).isOk());
    QVERIFY(wasmer->users()->listsPackages() && wasmer->users()->searchesUsers());
    const auto owned = await(wasmer->users()->packagesOf(QStringLiteral("syrusakbary"), {}));
    QVERIFY2(owned.finished(), qPrintable(describe(owned.error)));
    QVERIFY(idsOf(owned.value.items).contains(QStringLiteral("syrusakbary/cowsay")));
    const auto people = await(wasmer->users()->searchUsers(QStringLiteral("syrus"), {}));
    QVERIFY2(people.finished(), qPrintable(describe(people.error)));
    QVERIFY(!people.value.items.isEmpty());
    const auto user = await(wasmer->users()->user(kDemoUser));
    QVERIFY2(user.finished(), qPrintable(describe(user.error)));
    QCOMPARE(user.value.username, kDemoUser);
    const Credential session = checkSignIn(dialect);
    QVERIFY(session.isValid());
    checkApiKeys(dialect, session);
}

void TestParts::metabind()
{
    const Dialect dialect = TestDialects::metabind();
    auto metabind = backend(dialect);
    // Search over components, assets and contents; the components and assets as the sidebar's groups; a
    // pasted project key, checked by the registry; signing in, keys and publishing over REST (tests/metabind-*).
    QCOMPARE(offered(*metabind),
             (QStringList{QStringLiteral("search"), QStringLiteral("catalogs"), QStringLiteral("collections"),
                          QStringLiteral("account"), QStringLiteral("signIn"), QStringLiteral("apiKeys"),
                          QStringLiteral("projectPublishing")}));
    QCOMPARE(metabind->catalogs()->pluralName(), QStringLiteral("Components"));
    QCOMPARE(metabind->collections()->pluralName(), QStringLiteral("Assets"));
    QVERIFY(!metabind->catalogs()->scopesPackages());
    const Credential key =
        metabind->account()->credentialFromPastedKey(QStringLiteral("demo-org:demo-project:mb-demo-key"));
    QVERIFY(key.isValid());
    QVERIFY(!metabind->account()->credentialFromPastedKey(QStringLiteral("two words")).isValid());
    auto headers = std::make_shared<SessionHeaders>();
    headers->set(key);
    auto withKey = backend(dialect, headers);
    const auto accepted = await(withKey->account()->currentUser());
    QVERIFY2(accepted.finished(), qPrintable(describe(accepted.error)));
    const auto latest = await(withKey->latestPackages({}));
    QVERIFY2(latest.finished(), qPrintable(describe(latest.error)));
    QVERIFY(!latest.value.items.isEmpty());
    const auto details = await(withKey->package(latest.value.items.first().id));
    QVERIFY2(details.finished(), qPrintable(describe(details.error)));
    // A wrong key is refused in the product's words.
    headers->set(
        metabind->account()->credentialFromPastedKey(QStringLiteral("demo-org:demo-project:wrong-key")));
    const auto refused = await(backend(dialect, headers)->account()->currentUser());
    QVERIFY(refused.failed());
    QVERIFY2(refused.error.isCredentialProblem(), qPrintable(describe(refused.error)));
}

QTEST_GUILESS_MAIN(TestParts)
#include "tst_parts.moc"
