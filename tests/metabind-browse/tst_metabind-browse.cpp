// Issue 15, acceptance 2 (and the robustness asked with it): the Metabind package list pages to the end with
// the same rows on the real schema's packages(cursor, limit) and on the docs-shaped packages(page, limit),
// the way found by introspection; one odd row never empties a page.
#include "auth/RegistryCredentials.h"
#include "keys-create/KeyFlow.h"
#include "registry/metabind/MetabindBundleDecoder.h"
#include "registry/metabind/MetabindPackagePages.h"
#include "registry/metabind/MetabindSearchDecoder.h"
#include "support/LocalRegistry.h"
#include "support/TestDialects.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

namespace {

const QString kKey = QStringLiteral("demo-org:demo-project:mb-demo-key");

struct Listing
{
    QStringList rows; // "version createdAt"
    int pages = 0;
    int total = -1;
    QString error;
};

} // namespace

class TestMetabindBrowse : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        LocalRegistry::Options options;
        options.faults = true;
        m_registry = std::make_unique<LocalRegistry>(options);
        QString error;
        QVERIFY2(m_registry->start(&error), qPrintable(error));
    }

    void bothEndpointsPageToTheEndWithTheSameRows_data();
    void bothEndpointsPageToTheEndWithTheSameRows();
    void oddRowNeverEmptiesThePage();
    void dependencyDataIsKeptButNeverADraft();
    void nullFieldsNeverEmptyAPage();

private:
    std::unique_ptr<RegistryBackend> backend(const QString& path)
    {
        const QUrl endpoint = m_registry->endpoint(path);
        auto credentials = std::make_shared<RegistryCredentials>(endpoint);
        std::unique_ptr<RegistryBackend> made =
            makeBackend(TestDialects::metabind(), endpoint, &m_network, credentials);
        Credential key = made->account()->credentialFromPastedKey(kKey);
        credentials->setApiKey(key);
        key.wipe();
        m_credentials.append(credentials);
        return made;
    }

    Listing listAll(RegistryBackend* backend, int limit)
    {
        Listing listing;
        PageRequest request;
        request.limit = limit;
        for (;;) {
            const auto page = KeyFlow::await(backend->latestPackages(request));
            if (!page.ok) {
                listing.error = page.error.message;
                return listing;
            }
            ++listing.pages;
            listing.total = page.value.total;
            for (const Package& package : page.value.items)
                listing.rows.append(package.id.name + QLatin1Char(' ') +
                                    package.createdAt.toString(Qt::ISODateWithMs));
            if (!page.value.hasMore || listing.pages > 20)
                return listing;
            request.cursor = page.value.nextCursor;
        }
    }

    std::unique_ptr<LocalRegistry> m_registry;
    QNetworkAccessManager m_network;
    QList<std::shared_ptr<RegistryCredentials>> m_credentials;
};

void TestMetabindBrowse::bothEndpointsPageToTheEndWithTheSameRows_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("one a page") << 1;
    QTest::newRow("two a page") << 2;
    QTest::newRow("all at once") << 50;
}

void TestMetabindBrowse::bothEndpointsPageToTheEndWithTheSameRows()
{
    QFETCH(int, limit);
    const std::unique_ptr<RegistryBackend> cursorStyle = backend(QStringLiteral("metabind"));
    const std::unique_ptr<RegistryBackend> pageStyle = backend(QStringLiteral("metabind-docs"));
    QVERIFY(m_registry->clearRequestLog());
    const Listing byCursor = listAll(cursorStyle.get(), limit);
    const Listing byPage = listAll(pageStyle.get(), limit);
    QVERIFY2(byCursor.error.isEmpty(), qPrintable(byCursor.error));
    QVERIFY2(byPage.error.isEmpty(), qPrintable(byPage.error));

    // The same rows, newest first, and as many pages as the limit makes.
    QCOMPARE(byCursor.rows, byPage.rows);
    QCOMPARE(byCursor.rows.size(), 3);
    QVERIFY(byCursor.rows.at(0).startsWith(QLatin1String("1.1.0 ")));
    QVERIFY(byCursor.rows.at(2).startsWith(QLatin1String("0.9.0 ")));
    const int expectedPages = (3 + limit - 1) / limit;
    QCOMPARE(byCursor.pages, expectedPages);
    QCOMPARE(byPage.pages, expectedPages);
    // Only the docs' paging says how many there are.
    QCOMPARE(byPage.total, 3);
    QCOMPARE(byCursor.total, -1);

    // Each backend asked the server once which paging it has, then only for pages.
    int introspections = 0;
    QStringList operations;
    for (const QJsonValue& entry : m_registry->requestLog()) {
        const QString operation = entry.toObject().value(QLatin1String("operationName")).toString();
        operations.append(operation);
        introspections += operation == QLatin1String("PackagesArguments");
    }
    QCOMPARE(introspections, 2);
    QCOMPARE(operations.count(QStringLiteral("Packages")), expectedPages);
    QCOMPARE(operations.count(QStringLiteral("PackagesByPage")), expectedPages);
}

void TestMetabindBrowse::oddRowNeverEmptiesThePage()
{
    const std::unique_ptr<RegistryBackend> cursorStyle = backend(QStringLiteral("metabind"));
    QVERIFY(listAll(cursorStyle.get(), 50).error.isEmpty()); // paging known
    const QJsonObject good{{QStringLiteral("id"), QStringLiteral("abc")},
                           {QStringLiteral("projectId"), QStringLiteral("demo-project")},
                           {QStringLiteral("version"), QStringLiteral("2.0.0")},
                           {QStringLiteral("createdAt"), QStringLiteral("2026-01-01T00:00:00.000Z")},
                           {QStringLiteral("components"), QJsonArray()}};
    const QJsonObject odd{{QStringLiteral("id"), QStringLiteral("def")},
                          {QStringLiteral("version"), QJsonValue()}};
    const QJsonObject body{
        {QStringLiteral("data"),
         QJsonObject{
             {QStringLiteral("packages"),
              QJsonObject{{QStringLiteral("data"), QJsonArray{odd, good, QJsonValue(), 42}},
                          {QStringLiteral("pagination"), QJsonObject{{QStringLiteral("cursor"), QJsonValue()},
                                                                     {QStringLiteral("hasMore"), false},
                                                                     {QStringLiteral("limit"), 50}}}}}}}};
    QVERIFY(m_registry->armFault({{QStringLiteral("match"), QStringLiteral("Packages")},
                                  {QStringLiteral("kind"), QStringLiteral("http")},
                                  {QStringLiteral("status"), 200},
                                  {QStringLiteral("body"), body}}));
    const Listing listing = listAll(cursorStyle.get(), 50);
    QVERIFY2(listing.error.isEmpty(), qPrintable(listing.error));
    QCOMPARE(listing.rows.size(), 1);
    QVERIFY(listing.rows.first().startsWith(QLatin1String("2.0.0 ")));
}

void TestMetabindBrowse::dependencyDataIsKeptButNeverADraft()
{
    const std::unique_ptr<RegistryBackend> metabind = backend(QStringLiteral("metabind"));
    QVERIFY(m_registry->clearRequestLog());
    const auto version =
        KeyFlow::await(metabind->package(PackageId{QStringLiteral("demo-project"), QStringLiteral("1.0.0")}));
    QVERIFY2(version.ok, qPrintable(version.error.message));
    QVERIFY(version.value.details);
    QCOMPARE(version.value.details->bundle.size(), 2);
    const QString dependencyId = version.value.details->bundle.at(1).id;
    QVERIFY(!dependencyId.isEmpty() && !dependencyId.startsWith(QLatin1String("draft:")));

    // The dependency's page comes from what the resolved bundle brought: a content hash names it for good.
    const PackageId uiKit{QStringLiteral("demo-ui-kit"), QStringLiteral("1.0.0")};
    for (int round = 0; round < 2; ++round) {
        const auto dependency = KeyFlow::await(metabind->package(uiKit));
        QVERIFY2(dependency.ok, qPrintable(dependency.error.message));
        QCOMPARE(dependency.value.displayName, QStringLiteral("demo-ui-kit@1.0.0"));
        QCOMPARE(dependency.value.details->components.size(), 2);
    }
    QStringList operations;
    for (const QJsonValue& entry : m_registry->requestLog())
        operations.append(entry.toObject().value(QLatin1String("operationName")).toString());
    QCOMPARE(operations, QStringList{QStringLiteral("Package")});

    // A version of the key's own project is never taken for another project's.
    const auto wrongProject =
        KeyFlow::await(metabind->package(PackageId{QStringLiteral("demo-ui-kit"), QStringLiteral("1.1.0")}));
    QVERIFY(!wrongProject.ok);
    QCOMPARE(wrongProject.error.reason, Error::Reason::NotFound);

    // Draft ids name a project's unpublished state: never kept.
    QVERIFY(MetabindPackagePages::isCacheable(dependencyId));
    QVERIFY(!MetabindPackagePages::isCacheable(QStringLiteral("draft:demo-project:demo-org")));
    QVERIFY(!MetabindPackagePages::isCacheable(QString()));
}

void TestMetabindBrowse::nullFieldsNeverEmptyAPage()
{
    // Every field a server may send as null, null: the rows that still have a name stay, nothing fails.
    const QJsonObject nulls{
        {QStringLiteral("id"), QJsonValue()},         {QStringLiteral("name"), QJsonValue()},
        {QStringLiteral("title"), QJsonValue()},      {QStringLiteral("type"), QJsonValue()},
        {QStringLiteral("url"), QJsonValue()},        {QStringLiteral("size"), QJsonValue()},
        {QStringLiteral("width"), QJsonValue()},      {QStringLiteral("height"), QJsonValue()},
        {QStringLiteral("components"), QJsonValue()}, {QStringLiteral("assets"), QJsonValue()}};
    QJsonObject named = nulls;
    named.insert(QStringLiteral("id"), QStringLiteral("a1"));
    named.insert(QStringLiteral("name"), QStringLiteral("logo.png"));
    const QJsonObject package{{QStringLiteral("projectId"), QJsonValue()},
                              {QStringLiteral("version"), QStringLiteral("2.0.0")},
                              {QStringLiteral("components"), QJsonArray{nulls, QJsonValue(), named}},
                              {QStringLiteral("assets"), QJsonArray{nulls, named}},
                              {QStringLiteral("dependencies"), QJsonArray{nulls, QJsonValue()}},
                              {QStringLiteral("compiled"), QJsonValue()},
                              {QStringLiteral("resolved"), QJsonObject{{QStringLiteral("package"), nulls},
                                                                       {QStringLiteral("dependencies"),
                                                                        QJsonArray{QJsonValue(), nulls}}}}};
    const PackageDetails details = MetabindBundleDecoder::details(package);
    QCOMPARE(details.components.size(), 1);
    QCOMPARE(details.assets.size(), 1);
    QCOMPARE(details.assets.first().width, -1);
    QVERIFY(!details.assets.first().url.isValid());
    QVERIFY(details.dependencies.isEmpty());
    QCOMPARE(details.bundle.size(), 2); // the package and one dependency, with nothing in them
    QVERIFY(details.bundle.at(1).components.isEmpty());
    QVERIFY(!details.bundle.at(1).package.isValid()); // no project: it cannot be opened

    QJsonObject cursors;
    const QJsonObject list{{QStringLiteral("data"), QJsonArray{nulls, QJsonValue(), named, 7}},
                           {QStringLiteral("pagination"), QJsonValue()}};
    const PackagePage page = MetabindSearchDecoder::page({{QStringLiteral("components"), list},
                                                          {QStringLiteral("assets"), list},
                                                          {QStringLiteral("contents"), QJsonValue()}},
                                                         &cursors);
    QCOMPARE(page.items.size(), 2);
    QVERIFY(!page.hasMore);
    QVERIFY(cursors.isEmpty());
}

QTEST_GUILESS_MAIN(TestMetabindBrowse)
#include "tst_metabind-browse.moc"
