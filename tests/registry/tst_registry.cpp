// registry/: dialect detection, the three backends against the real local registry, the pure decoders
// with hostile input, jobs (cancel, ending once) and the registry list in QSettings.

#include "graphql/HeaderProvider.h"
#include "registry/DialectDetector.h"
#include "registry/PackageId.h"
#include "registry/RegistryList.h"
#include "registry/VersionOrder.h"
#include "registry/datapm/DataPmDecoder.h"
#include "registry/metabind/MetabindBackend.h"
#include "registry/parts/PackageDownloads.h"
#include "registry/parts/PackageInterfaces.h"
#include "registry/wasmer/WasmerBackend.h"
#include "registry/wasmer/WasmerDecoder.h"
#include "support/JobOutcome.h"
#include "support/LocalRegistry.h"
#include "support/TestDialects.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

class StaticHeaders : public HeaderProvider
{
public:
    StaticHeaders(QByteArray name, QByteArray value)
        : m_headers{{std::move(name), std::move(value)}}
    {}
    Headers headersFor(const QUrl&) const override { return m_headers; }

private:
    Headers m_headers;
};

QStringList ids(const QList<Package>& packages)
{
    QStringList list;
    for (const Package& package : packages)
        list.append(package.id.toString());
    return list;
}

QStringList versions(const QList<PackageVersion>& list)
{
    QStringList result;
    for (const PackageVersion& version : list)
        result.append(version.version);
    return result;
}

} // namespace

class TestRegistry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void dialectIds();
    void packageIdFromString();
    void versionOrder();
    void versionOrderPreReleases();
    void datapmDates();

    void detectsLocalDialects_data();
    void detectsLocalDialects();
    void detectUnknownGraphQlServer();
    void detectNotGraphQl_data();
    void detectNotGraphQl();
    void detectIntrospectionRefused();

    void datapmStatus();
    void datapmLatestPackagesPaging();
    void datapmSearch();
    void datapmEmptySearchListsLatest();
    void datapmPackageDetails();
    void datapmUnknownPackage();
    void datapmBadCursorFailsQueued();
    void datapmDecoderSurvivesHostileInput();

    void cancelEndsOnce();
    void unsupportedIntentFailsQueued();
    void factoryCapabilities();

    void wasmerPythonSeedExample();
    void wasmerInterfaceSeedExample();
    void wasmerPackageDetailsAndSearch();
    void wasmerLatestPaging();
    void wasmerUnknownPackage();
    void wasmerDecoderSkipsUnknownTypes();

    void metabindPackagesAndDetails();
    void metabindNeedsKey();

    void registryListPresets();
    void registryListRoundTrip();
    void registryListLocalUrlUpdate();

private:
    std::unique_ptr<RegistryBackend> backend(Dialect dialect,
                                             std::shared_ptr<const HeaderProvider> headers = {});

    LocalRegistry m_registry{{QStringLiteral("demo"), true, {}}};
    QNetworkAccessManager m_network;
};

void TestRegistry::initTestCase()
{
    QString error;
    QVERIFY2(m_registry.start(&error), qPrintable(error));
}

void TestRegistry::cleanup()
{
    QVERIFY(m_registry.clearFaults());
}

std::unique_ptr<RegistryBackend> TestRegistry::backend(Dialect dialect,
                                                       std::shared_ptr<const HeaderProvider> headers)
{
    return makeBackend(dialect, m_registry.endpoint(dialect.id()), &m_network, std::move(headers));
}

void TestRegistry::dialectIds()
{
    // The table lists the three built-in kinds, in detection order, each with what the core needs of it.
    QStringList ids;
    for (const DialectRegistration& kind : DialectTable::all()) {
        ids.append(kind.dialect.id());
        QCOMPARE(DialectTable::fromId(kind.dialect.id()), kind.dialect);
        QVERIFY(!DialectTable::displayName(kind.dialect).isEmpty());
        QVERIFY(kind.recognises);
        QVERIFY(kind.createBackend);
        QVERIFY(!kind.localRegistryPath.isEmpty());
        QVERIFY(!kind.publicEndpoints.isEmpty());
        QVERIFY(kind.keyForm.name);
    }
    QCOMPARE(ids,
             (QStringList{QStringLiteral("datapm"), QStringLiteral("wasmer"), QStringLiteral("metabind")}));
    QCOMPARE(DialectTable::fromId(QStringLiteral("Wasmer")), TestDialects::wasmer());
    QVERIFY(!DialectTable::fromId(QStringLiteral("npm")));
    QVERIFY(!DialectTable::fromId(QString()));
    QCOMPARE(DialectTable::displayName(Dialect(QStringLiteral("npm"))), QStringLiteral("npm"));
    QVERIFY(!DialectTable::createBackend(Dialect(QStringLiteral("npm")), {&m_network, QUrl(), {}}));
}

void TestRegistry::packageIdFromString()
{
    QCOMPARE(PackageId::fromString(QStringLiteral("opendata/world-cities")),
             (PackageId{QStringLiteral("opendata"), QStringLiteral("world-cities")}));
    QCOMPARE(PackageId::fromString(QStringLiteral(" python ")),
             (PackageId{QString(), QStringLiteral("python")}));
    const PackageId id = PackageId::fromString(QStringLiteral("a/b/c"));
    QCOMPARE(id.scope, QStringLiteral("a"));
    QCOMPARE(id.name, QStringLiteral("b/c"));
    QVERIFY(!PackageId::fromString(QString()).isValid());
    QCOMPARE(PackageId::fromString(id.toString()), id);
}

void TestRegistry::versionOrder()
{
    QVERIFY(VersionOrder::compare(QStringLiteral("1.10.0"), QStringLiteral("1.9.2")) > 0);
    QVERIFY(VersionOrder::compare(QStringLiteral("1.0.0"), QStringLiteral("1.0.0-beta")) > 0);
    QVERIFY(VersionOrder::compare(QStringLiteral("0.1.0-unstable"), QStringLiteral("0.0.0-unstable")) > 0);
    QCOMPARE(VersionOrder::compare(QStringLiteral("2.0.0"), QStringLiteral("2.0.0")), 0);
}

// SemVer 2.0.0 §11: pre-release identifiers compare one by one, numbers as numbers, a number before any
// alphanumeric identifier, the longer list last when all before are equal, and every pre-release before
// its release. Build metadata plays no part.
void TestRegistry::versionOrderPreReleases()
{
    const QStringList ascending{QStringLiteral("1.0.0-alpha"),      QStringLiteral("1.0.0-alpha.1"),
                                QStringLiteral("1.0.0-alpha.beta"), QStringLiteral("1.0.0-beta"),
                                QStringLiteral("1.0.0-beta.2"),     QStringLiteral("1.0.0-beta.11"),
                                QStringLiteral("1.0.0-rc.1"),       QStringLiteral("1.0.0-rc.2"),
                                QStringLiteral("1.0.0-rc.10"),      QStringLiteral("1.0.0")};
    for (qsizetype i = 0; i < ascending.size(); ++i) {
        QCOMPARE(VersionOrder::compare(ascending.at(i), ascending.at(i)), 0);
        for (qsizetype j = i + 1; j < ascending.size(); ++j) {
            QVERIFY2(VersionOrder::compare(ascending.at(i), ascending.at(j)) < 0,
                     qPrintable(ascending.at(i) + QStringLiteral(" < ") + ascending.at(j)));
            QVERIFY2(VersionOrder::compare(ascending.at(j), ascending.at(i)) > 0,
                     qPrintable(ascending.at(j) + QStringLiteral(" > ") + ascending.at(i)));
        }
    }
    QStringList shuffled{ascending.crbegin(), ascending.crend()};
    std::swap(shuffled[2], shuffled[7]);
    std::sort(shuffled.begin(), shuffled.end(), VersionOrder::newerFirst);
    QCOMPARE(shuffled, (QStringList{ascending.crbegin(), ascending.crend()}));
    // Numeric identifiers longer than any integer type still compare as numbers.
    QVERIFY(VersionOrder::compare(QStringLiteral("1.0.0-rc.99999999999999999999"),
                                  QStringLiteral("1.0.0-rc.100000000000000000000")) < 0);
    QCOMPARE(VersionOrder::compare(QStringLiteral("1.0.0-rc.1+build.7"), QStringLiteral("1.0.0-rc.1")), 0);
    QVERIFY(VersionOrder::compare(QStringLiteral("1.0.0+build.7"), QStringLiteral("1.0.0-rc.1")) > 0);
}

void TestRegistry::detectsLocalDialects_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<Dialect>("expected");
    QTest::newRow("datapm") << QStringLiteral("datapm") << TestDialects::dataPm();
    QTest::newRow("wasmer") << QStringLiteral("wasmer") << TestDialects::wasmer();
    QTest::newRow("metabind") << QStringLiteral("metabind") << TestDialects::metabind();
}

void TestRegistry::detectsLocalDialects()
{
    QFETCH(QString, folder);
    QFETCH(Dialect, expected);
    QVERIFY(m_registry.clearRequestLog());
    const auto outcome = await(DialectDetector::detect(&m_network, m_registry.endpoint(folder)));
    QVERIFY2(outcome.finished(), qPrintable(describe(outcome.error)));
    QCOMPARE(outcome.value, expected);

    // Detection never sends a credential.
    const QJsonArray log = m_registry.requestLog();
    QCOMPARE(log.size(), 1);
    const QJsonObject headers = log.at(0).toObject().value(QStringLiteral("headers")).toObject();
    QVERIFY(!headers.contains(QStringLiteral("authorization")));
    QVERIFY(!headers.contains(QStringLiteral("x-api-key")));
}

void TestRegistry::detectUnknownGraphQlServer()
{
    const QJsonObject fields{{QStringLiteral("fields"),
                              QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("hello")}},
                                         QJsonObject{{QStringLiteral("name"), QStringLiteral("weather")}}}}};
    const QJsonObject answer{
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("__schema"),
                                              QJsonObject{{QStringLiteral("queryType"), fields},
                                                          {QStringLiteral("mutationType"), QJsonValue()}}}}}};
    QVERIFY(m_registry.armFault({{QStringLiteral("match"), QStringLiteral("DetectDialect")},
                                 {QStringLiteral("kind"), QStringLiteral("http")},
                                 {QStringLiteral("status"), 200},
                                 {QStringLiteral("contentType"), QStringLiteral("application/json")},
                                 {QStringLiteral("body"), answer}}));
    const auto outcome =
        await(DialectDetector::detect(&m_network, m_registry.endpoint(QStringLiteral("datapm"))));
    QVERIFY(outcome.failed());
    QCOMPARE(outcome.error.kind, Error::Kind::Unsupported);
    QVERIFY2(outcome.error.message.contains(QLatin1String("not a DataPM, Wasmer or Metabind registry")),
             qPrintable(outcome.error.message));
    QVERIFY2(outcome.error.message.contains(QLatin1String("hello")), qPrintable(outcome.error.message));
    // What the add-registry form shows is that sentence, not a generic "cannot do that".
    QCOMPARE(outcome.error.userText(), outcome.error.message);
}

void TestRegistry::detectNotGraphQl_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("fault");
    QTest::newRow("csv file") << QStringLiteral("/files/demo/world-cities.csv") << QJsonObject();
    QTest::newRow("no route") << QStringLiteral("/nope") << QJsonObject();
    QTest::newRow("html 500") << QStringLiteral("/datapm/graphql")
                              << QJsonObject{{QStringLiteral("match"), QStringLiteral("DetectDialect")},
                                             {QStringLiteral("kind"), QStringLiteral("html500")}};
    QTest::newRow("invalid json") << QStringLiteral("/datapm/graphql")
                                  << QJsonObject{{QStringLiteral("match"), QStringLiteral("DetectDialect")},
                                                 {QStringLiteral("kind"), QStringLiteral("invalidJson")}};
    QTest::newRow("html 200") << QStringLiteral("/datapm/graphql")
                              << QJsonObject{{QStringLiteral("match"), QStringLiteral("DetectDialect")},
                                             {QStringLiteral("kind"), QStringLiteral("http")},
                                             {QStringLiteral("status"), 200},
                                             {QStringLiteral("contentType"), QStringLiteral("text/html")},
                                             {QStringLiteral("body"), QStringLiteral("<html>hi</html>")}};
}

void TestRegistry::detectNotGraphQl()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, fault);
    if (!fault.isEmpty())
        QVERIFY(m_registry.armFault(fault));
    QUrl url = m_registry.baseUrl();
    url.setPath(path);
    const auto outcome = await(DialectDetector::detect(&m_network, url));
    QVERIFY(outcome.failed());
    // The transport's kind: Http for an error status (also with a JSON error body), Decode for a 200 that is
    // not JSON.
    QVERIFY2(outcome.error.kind == Error::Kind::Http || outcome.error.kind == Error::Kind::Decode,
             qPrintable(describe(outcome.error)));
    QVERIFY2(outcome.error.message.contains(QLatin1String("does not look like a GraphQL endpoint")),
             qPrintable(describe(outcome.error)));
    QVERIFY2(outcome.error.message.contains(url.toDisplayString()), qPrintable(outcome.error.message));
}

void TestRegistry::detectIntrospectionRefused()
{
    QVERIFY(m_registry.armFault({{QStringLiteral("match"), QStringLiteral("DetectDialect")},
                                 {QStringLiteral("kind"), QStringLiteral("graphqlError")},
                                 {QStringLiteral("status"), 400},
                                 {QStringLiteral("code"), QStringLiteral("GRAPHQL_VALIDATION_FAILED")},
                                 {QStringLiteral("message"),
                                  QStringLiteral("GraphQL introspection is not allowed by Apollo Server")}}));
    const auto outcome =
        await(DialectDetector::detect(&m_network, m_registry.endpoint(QStringLiteral("metabind"))));
    QVERIFY(outcome.failed());
    QCOMPARE(outcome.error.kind, Error::Kind::GraphQl);
    QCOMPARE(outcome.error.code, QStringLiteral("GRAPHQL_VALIDATION_FAILED"));
    QVERIFY2(outcome.error.message.contains(QLatin1String("refused")), qPrintable(outcome.error.message));
    QVERIFY2(outcome.error.message.contains(QLatin1String("Choose the registry kind")),
             qPrintable(outcome.error.message));
}

void TestRegistry::datapmStatus()
{
    auto datapm = backend(TestDialects::dataPm());
    const auto outcome = await(datapm->status());
    QVERIFY2(outcome.finished(), qPrintable(describe(outcome.error)));
    QVERIFY(outcome.value.healthy);
    QCOMPARE(outcome.value.detail, QStringLiteral("SERVING_REQUESTS"));
    QVERIFY(!outcome.value.version.isEmpty());
}

void TestRegistry::datapmLatestPackagesPaging()
{
    auto datapm = backend(TestDialects::dataPm());
    const auto whole = await(datapm->latestPackages({QString(), 1000}));
    QVERIFY2(whole.finished(), qPrintable(describe(whole.error)));
    QVERIFY(whole.value.items.size() > 10);
    QVERIFY(!whole.value.hasMore);
    QCOMPARE(whole.value.total, int(whole.value.items.size()));
    for (qsizetype i = 1; i < whole.value.items.size(); ++i)
        QVERIFY(whole.value.items.at(i - 1).createdAt >= whole.value.items.at(i).createdAt);
    QVERIFY(whole.value.items.constFirst().createdAt.isValid());

    // Pages of 7 cover the same list in the same order, with no overlap and no gap.
    QList<Package> paged;
    PageRequest request{QString(), 7};
    for (int round = 0; round < 100; ++round) {
        const auto page = await(datapm->latestPackages(request));
        QVERIFY2(page.finished(), qPrintable(describe(page.error)));
        QVERIFY(page.value.items.size() <= 7);
        QCOMPARE(page.value.total, whole.value.total);
        paged += page.value.items;
        if (!page.value.hasMore) {
            QVERIFY(page.value.nextCursor.isEmpty());
            break;
        }
        QCOMPARE(page.value.items.size(), 7);
        QCOMPARE(page.value.nextCursor, QString::number(paged.size()));
        request.cursor = page.value.nextCursor;
    }
    QCOMPARE(ids(paged), ids(whole.value.items));
    const QStringList all = ids(paged);
    QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), all.size());
}

void TestRegistry::datapmSearch()
{
    auto datapm = backend(TestDialects::dataPm());
    const auto outcome = await(datapm->search()->searchPackages(QStringLiteral("py"), {}));
    QVERIFY2(outcome.finished(), qPrintable(describe(outcome.error)));
    QVERIFY(!outcome.value.items.isEmpty());
    QVERIFY(ids(outcome.value.items).contains(QStringLiteral("opendata/python-developer-survey")));
    for (const Package& package : outcome.value.items) {
        const QString text = package.id.toString() + package.displayName + package.description;
        QVERIFY2(text.contains(QLatin1String("py"), Qt::CaseInsensitive), qPrintable(package.id.toString()));
        QVERIFY(!package.latestVersion.isEmpty());
        QVERIFY(package.readmeMarkdown.isEmpty()); // list rows carry no package file
    }
    QCOMPARE(outcome.value.total, int(outcome.value.items.size()));

    const auto none = await(datapm->search()->searchPackages(QStringLiteral("zzzqqqxxy"), {}));
    QVERIFY2(none.finished(), qPrintable(describe(none.error)));
    QVERIFY(none.value.items.isEmpty());
    QVERIFY(!none.value.hasMore);
}

void TestRegistry::datapmEmptySearchListsLatest()
{
    auto datapm = backend(TestDialects::dataPm());
    const auto latest = await(datapm->latestPackages({QString(), 5}));
    const auto search = await(datapm->search()->searchPackages(QStringLiteral("  "), {QString(), 5}));
    QVERIFY2(search.finished(), qPrintable(describe(search.error)));
    QCOMPARE(ids(search.value.items), ids(latest.value.items));
}

void TestRegistry::datapmPackageDetails()
{
    auto datapm = backend(TestDialects::dataPm());
    const auto outcome =
        await(datapm->package(PackageId::fromString(QStringLiteral("opendata/world-cities"))));
    QVERIFY2(outcome.finished(), qPrintable(describe(outcome.error)));
    const Package& package = outcome.value;
    QCOMPARE(package.id.toString(), QStringLiteral("opendata/world-cities"));
    QCOMPARE(package.displayName, QStringLiteral("World Cities"));
    QVERIFY(!package.description.isEmpty());
    QCOMPARE(package.latestVersion, QStringLiteral("1.1.1"));
    QVERIFY2(package.readmeMarkdown.startsWith(QLatin1String("# World Cities")),
             qPrintable(package.readmeMarkdown));
    QVERIFY(package.licenseMarkdown.contains(QLatin1String("License")));
    QCOMPARE(package.website, QUrl(QStringLiteral("https://opendatacommons.org")));
    QVERIFY(package.isPublic);
    QVERIFY(package.createdAt.isValid());
    QVERIFY(!package.scopeDisplayName.isEmpty());
    QCOMPARE(versions(package.versions),
             (QStringList{QStringLiteral("1.1.1"), QStringLiteral("1.1.0"), QStringLiteral("1.0.0")}));
    QVERIFY(!package.versions.constFirst().packageFileJson.isEmpty());
    QVERIFY(!package.versions.constFirst().author.isEmpty());
    QVERIFY(package.versions.constFirst().createdAt > package.versions.constLast().createdAt);
}

void TestRegistry::datapmUnknownPackage()
{
    auto datapm = backend(TestDialects::dataPm());
    const auto outcome =
        await(datapm->package(PackageId::fromString(QStringLiteral("opendata/no-such-package"))));
    QVERIFY(outcome.failed());
    QCOMPARE(outcome.error.kind, Error::Kind::GraphQl);
    QCOMPARE(outcome.error.reason, Error::Reason::NotFound);

    // A bare name is no DataPM identifier: refused before any request.
    const auto bare = await(datapm->package(PackageId::fromString(QStringLiteral("world-cities"))));
    QVERIFY(bare.failed());
    QCOMPARE(bare.error.kind, Error::Kind::Config);
}

void TestRegistry::datapmBadCursorFailsQueued()
{
    auto datapm = backend(TestDialects::dataPm());
    PackagePageJob* job = datapm->latestPackages({QStringLiteral("not-a-number"), 5});
    QSignalSpy failed(job, &RegistryJob::failed);
    QCOMPARE(failed.count(), 0);
    const auto outcome = await(job);
    QVERIFY(outcome.failed());
    QCOMPARE(outcome.error.kind, Error::Kind::Config);
}

void TestRegistry::datapmDecoderSurvivesHostileInput()
{
    QString why;
    QVERIFY(!DataPmDecoder::packagePage({}, QStringLiteral("latestPackages"), 0, 10, &why));
    QVERIFY(!why.isEmpty());
    const QJsonObject wrongShape{{QStringLiteral("latestPackages"),
                                  QJsonObject{{QStringLiteral("packages"), QStringLiteral("nope")}}}};
    QVERIFY(!DataPmDecoder::packagePage(wrongShape, QStringLiteral("latestPackages"), 0, 10, &why));
    const QJsonObject badRow{{QStringLiteral("latestPackages"),
                              QJsonObject{{QStringLiteral("packages"), QJsonArray{QJsonValue(), 42}}}}};
    QVERIFY(!DataPmDecoder::packagePage(badRow, QStringLiteral("latestPackages"), 0, 10, &why));

    // hasMore without rows must not make a model fetch forever; no hasMore: a short page is the end.
    const QJsonObject empty{
        {QStringLiteral("latestPackages"),
         QJsonObject{{QStringLiteral("packages"), QJsonArray()}, {QStringLiteral("hasMore"), true}}}};
    const auto page = DataPmDecoder::packagePage(empty, QStringLiteral("latestPackages"), 0, 10, &why);
    QVERIFY(page);
    QVERIFY(!page->hasMore);

    QCOMPARE(DataPmDecoder::versionText({{QStringLiteral("versionMajor"), 1e300},
                                         {QStringLiteral("versionMinor"), 0},
                                         {QStringLiteral("versionPatch"), 0}}),
             QString());
    QVERIFY(!DataPmDecoder::date(QJsonValue(1e300)).isValid());
    QVERIFY(DataPmDecoder::date(QJsonValue(QStringLiteral("2025-04-12T09:51:00.000Z"))).isValid());
    QVERIFY(DataPmDecoder::date(QJsonValue(1744451460000.0)).isValid());
    QVERIFY(DataPmDecoder::packageFile(QJsonValue(QStringLiteral("{not json"))).isEmpty());
    QCOMPARE(DataPmDecoder::packageFile(QJsonValue(QStringLiteral("{\"readmeMarkdown\":\"x\"}")))
                 .value(QStringLiteral("readmeMarkdown"))
                 .toString(),
             QStringLiteral("x"));

    const QJsonObject package{
        {QStringLiteral("package"),
         QJsonObject{{QStringLiteral("identifier"),
                      QJsonObject{{QStringLiteral("catalogSlug"), QStringLiteral("c")},
                                  {QStringLiteral("packageSlug"), QStringLiteral("p")}}},
                     {QStringLiteral("latestVersion"), QStringLiteral("garbage")},
                     {QStringLiteral("versions"), QJsonValue()}}}};
    const auto decoded = DataPmDecoder::package(package, &why);
    QVERIFY(decoded);
    QCOMPARE(decoded->displayName, QStringLiteral("p"));
    QVERIFY(decoded->versions.isEmpty());
}

void TestRegistry::cancelEndsOnce()
{
    QVERIFY(m_registry.armFault({{QStringLiteral("match"), QStringLiteral("LatestPackages")},
                                 {QStringLiteral("kind"), QStringLiteral("stall")}}));
    auto datapm = backend(TestDialects::dataPm());
    PackagePageJob* job = datapm->latestPackages({});
    QSignalSpy cancelRequested(job, &RegistryJob::cancelRequested);
    QSignalSpy failed(job, &RegistryJob::failed);
    QSignalSpy finished(job, &RegistryJob::finished);
    QSignalSpy destroyed(job, &QObject::destroyed);
    QTest::qWait(200);
    job->cancel();
    QCOMPARE(cancelRequested.count(), 1);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<Error>().kind, Error::Kind::Canceled);
    job->cancel(); // a second cancel is a no-op
    QVERIFY(destroyed.wait(5000));
    QCOMPARE(cancelRequested.count(), 1);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(finished.count(), 0);
}

void TestRegistry::unsupportedIntentFailsQueued()
{
    // A job that cannot run fails from the event loop, after the caller connected.
    auto datapm = backend(TestDialects::dataPm());
    PackageJob* job = datapm->package(PackageId{});
    QVERIFY(job);
    QSignalSpy failed(job, &RegistryJob::failed);
    QCOMPARE(failed.count(), 0); // not before the caller could connect
    const auto outcome = await(job);
    QVERIFY(outcome.failed());
    QCOMPARE(outcome.error.reason, Error::Reason::InvalidInput);
    // What a registry cannot do is not there at all, and says why.
    auto metabind = backend(TestDialects::metabind());
    QVERIFY(!metabind->users());
    QVERIFY(!metabind->has(RegistryPart::Users));
    QVERIFY(metabind->whyMissing(RegistryPart::Users).contains(QLatin1String("Metabind")));
}

void TestRegistry::factoryCapabilities()
{
    for (Dialect dialect : {TestDialects::dataPm(), TestDialects::wasmer(), TestDialects::metabind()}) {
        auto made = backend(dialect);
        QVERIFY(made);
        QCOMPARE(made->dialect(), dialect);
        QCOMPARE(made->endpoint(), m_registry.endpoint(dialect.id()));
    }
}

void TestRegistry::wasmerPythonSeedExample()
{
    WasmerBackend wasmer(&m_network, m_registry.endpoint(QStringLiteral("wasmer")), {});
    const auto status = await(wasmer.status());
    QVERIFY2(status.finished(), qPrintable(describe(status.error)));
    QVERIFY(status.value.healthy);

    const PackageId python = PackageId::fromString(QStringLiteral("python"));
    const auto outcome = await(wasmer.packageVersion(python, QString()));
    QVERIFY2(outcome.finished(), qPrintable(describe(outcome.error)));
    QCOMPARE(outcome.value.id.toString(), QStringLiteral("_/python"));
    QCOMPARE(outcome.value.latestVersion, QStringLiteral("0.1.0"));
    QCOMPARE(outcome.value.versions.size(), 1);
    QVERIFY(outcome.value.versions.constFirst().size > 0);
    QVERIFY(outcome.value.website.isValid());
    QVERIFY(outcome.value.details);
    QCOMPARE(outcome.value.details->version, QStringLiteral("0.1.0"));
    QCOMPARE(outcome.value.details->size, outcome.value.versions.constFirst().size);

    // The download address is asked for right before the download (it may be signed and expire); the
    // download is a plain GET without credentials; its length is the announced size.
    const auto offers = await(wasmer.downloads()->downloads(python, QString()));
    QVERIFY2(offers.finished(), qPrintable(describe(offers.error)));
    QVERIFY(!offers.value.isEmpty());
    const PackageDownload& archive = offers.value.constFirst();
    QCOMPARE(archive.format, QStringLiteral("tar.gz"));
    QVERIFY(archive.isArchive);
    QVERIFY(archive.url.isValid());
    QCOMPARE(archive.size, outcome.value.details->size);
    QCOMPARE(archive.sha256.size(), 64);
    QNetworkReply* reply = m_network.get(QNetworkRequest(archive.url));
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(15000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    const QByteArray body = reply->readAll();
    QCOMPARE(qint64(body.size()), archive.size);
    QCOMPARE(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex(), archive.sha256);
    reply->deleteLater();
}

void TestRegistry::wasmerInterfaceSeedExample()
{
    WasmerBackend wasmer(&m_network, m_registry.endpoint(QStringLiteral("wasmer")), {});
    const auto outcome =
        await(wasmer.interfaces()->implementations(QStringLiteral("wasi"), QStringLiteral("latest"), {}));
    QVERIFY2(outcome.finished(), qPrintable(describe(outcome.error)));
    const QStringList found = ids(outcome.value.items);
    for (const char* expected : {"_/python", "JeremyLikness/wasi-ubasic", "vshymanskyy/wasm3"})
        QVERIFY2(found.contains(QLatin1String(expected)), qPrintable(found.join(QLatin1Char(' '))));
    for (const Package& package : outcome.value.items) {
        QCOMPARE(package.versions.size(), 1);
        QVERIFY(package.versions.constFirst().downloadUrl.isValid());
    }

    const auto missing =
        await(wasmer.interfaces()->implementations(QStringLiteral("no-such-interface"), {}, {}));
    QVERIFY(missing.failed());
    QCOMPARE(missing.error.reason, Error::Reason::NotFound);
}

void TestRegistry::wasmerPackageDetailsAndSearch()
{
    auto wasmer = backend(TestDialects::wasmer());
    const auto details =
        await(wasmer->package(PackageId::fromString(QStringLiteral("JeremyLikness/wasi-ubasic"))));
    QVERIFY2(details.finished(), qPrintable(describe(details.error)));
    QCOMPARE(details.value.id.toString(), QStringLiteral("JeremyLikness/wasi-ubasic"));
    QCOMPARE(details.value.latestVersion, QStringLiteral("0.1.1"));
    QCOMPARE(versions(details.value.versions),
             (QStringList{QStringLiteral("0.1.1"), QStringLiteral("0.1.0")}));
    QCOMPARE(details.value.licenseMarkdown, QStringLiteral("MIT"));
    QVERIFY(!details.value.readmeMarkdown.isEmpty());
    QVERIFY(details.value.versions.constFirst().size > 0);

    const auto global = await(wasmer->package(PackageId::fromString(QStringLiteral("_/python"))));
    QVERIFY2(global.finished(), qPrintable(describe(global.error)));
    QCOMPARE(global.value.id.toString(), QStringLiteral("_/python"));

    const auto search = await(wasmer->search()->searchPackages(QStringLiteral("python"), {}));
    QVERIFY2(search.finished(), qPrintable(describe(search.error)));
    QVERIFY2(ids(search.value.items).contains(QStringLiteral("_/python")),
             qPrintable(ids(search.value.items).join(QLatin1Char(' '))));
}

void TestRegistry::wasmerLatestPaging()
{
    auto wasmer = backend(TestDialects::wasmer());
    const auto whole = await(wasmer->latestPackages({QString(), 500}));
    QVERIFY2(whole.finished(), qPrintable(describe(whole.error)));
    QVERIFY(whole.value.items.size() >= 3);
    QList<Package> paged;
    PageRequest request{QString(), 2};
    for (int round = 0; round < 200; ++round) {
        const auto page = await(wasmer->latestPackages(request));
        QVERIFY2(page.finished(), qPrintable(describe(page.error)));
        paged += page.value.items;
        if (!page.value.hasMore)
            break;
        QVERIFY(!page.value.nextCursor.isEmpty());
        request.cursor = page.value.nextCursor;
    }
    QStringList wholeRows;
    for (const Package& package : whole.value.items)
        wholeRows.append(package.id.toString() + QLatin1Char('@') + package.latestVersion);
    QStringList pagedRows;
    for (const Package& package : paged)
        pagedRows.append(package.id.toString() + QLatin1Char('@') + package.latestVersion);
    QCOMPARE(pagedRows, wholeRows);
}

void TestRegistry::wasmerUnknownPackage()
{
    auto wasmer = backend(TestDialects::wasmer());
    const auto outcome = await(wasmer->package(PackageId::fromString(QStringLiteral("nobody/nothing"))));
    QVERIFY(outcome.failed());
    QCOMPARE(outcome.error.reason, Error::Reason::NotFound);
}

void TestRegistry::wasmerDecoderSkipsUnknownTypes()
{
    const QJsonObject package{{QStringLiteral("namespace"), QStringLiteral("ns")},
                              {QStringLiteral("packageName"), QStringLiteral("tool")}};
    const QJsonArray edges{
        QJsonObject{{QStringLiteral("node"),
                     QJsonObject{{QStringLiteral("__typename"), QStringLiteral("BlogPost")}}}},
        QJsonObject{{QStringLiteral("node"),
                     QJsonObject{{QStringLiteral("__typename"), QStringLiteral("PackageVersion")},
                                 {QStringLiteral("version"), QStringLiteral("1.0.0")},
                                 {QStringLiteral("package"), package}}}},
        QJsonObject{
            {QStringLiteral("node"), QJsonObject{{QStringLiteral("__typename"), QStringLiteral("User")}}}},
    };
    const QJsonObject connection{
        {QStringLiteral("edges"), edges},
        {QStringLiteral("pageInfo"), QJsonObject{{QStringLiteral("hasNextPage"), true},
                                                 {QStringLiteral("endCursor"), QStringLiteral("abc")}}}};
    QString why;
    const auto page = WasmerDecoder::versionConnection(connection, false, &why);
    QVERIFY2(page, qPrintable(why));
    QCOMPARE(ids(page->items), QStringList{QStringLiteral("ns/tool")});
    QVERIFY(page->hasMore);
    QCOMPARE(page->nextCursor, QStringLiteral("abc"));
    QCOMPARE(page->total, -1);
    QVERIFY(!WasmerDecoder::versionConnection(QJsonValue(3), false, &why));
}

void TestRegistry::metabindPackagesAndDetails()
{
    auto metabind =
        backend(TestDialects::metabind(),
                std::make_shared<StaticHeaders>(QByteArrayLiteral("x-api-key"),
                                                QByteArrayLiteral("demo-org:demo-project:mb-demo-key")));
    const auto status = await(metabind->status());
    QVERIFY2(status.finished(), qPrintable(describe(status.error)));
    QVERIFY(status.value.healthy);

    QList<Package> rows;
    PageRequest request{QString(), 2};
    for (int round = 0; round < 50; ++round) {
        const auto page = await(metabind->latestPackages(request));
        QVERIFY2(page.finished(), qPrintable(describe(page.error)));
        rows += page.value.items;
        if (!page.value.hasMore)
            break;
        request.cursor = page.value.nextCursor;
    }
    const QStringList rowIds = ids(rows);
    QVERIFY2(rowIds.contains(QStringLiteral("demo-project/1.0.0")),
             qPrintable(rowIds.join(QLatin1Char(' '))));
    QCOMPARE(QSet<QString>(rowIds.cbegin(), rowIds.cend()).size(), rowIds.size());
    for (qsizetype i = 1; i < rows.size(); ++i)
        QVERIFY(rows.at(i - 1).createdAt >= rows.at(i).createdAt);

    const auto details =
        await(metabind->package(PackageId::fromString(QStringLiteral("demo-project/1.0.0"))));
    QVERIFY2(details.finished(), qPrintable(describe(details.error)));
    QCOMPARE(details.value.latestVersion, QStringLiteral("1.0.0"));
    QVERIFY(details.value.description.contains(QLatin1String("ProductCard")));
    QVERIFY(details.value.description.contains(QLatin1String("ArticleLayout")));
    // What it holds is in its details (Metabind packages have no README and one version each).
    QVERIFY(details.value.details);
    QStringList components;
    for (const PackageDetails::Component& component : details.value.details->components)
        components.append(component.name);
    QVERIFY2(components.contains(QLatin1String("ProductCard")),
             qPrintable(components.join(QLatin1Char(' '))));
    QVERIFY(details.value.readmeMarkdown.isEmpty());
    QVERIFY(details.value.versions.isEmpty());

    const auto missing =
        await(metabind->package(PackageId::fromString(QStringLiteral("demo-project/9.9.9"))));
    QVERIFY(missing.failed());
    QVERIFY2(missing.error.reason == Error::Reason::NotFound, qPrintable(describe(missing.error)));
}

void TestRegistry::metabindNeedsKey()
{
    auto metabind = backend(TestDialects::metabind());
    const auto outcome = await(metabind->latestPackages({}));
    QVERIFY(outcome.failed());
    QCOMPARE(outcome.error.kind, Error::Kind::GraphQl);
    QCOMPARE(outcome.error.code, QStringLiteral("UNAUTHORIZED"));
}

void TestRegistry::registryListPresets()
{
    const QList<RegistryEntry> publicOnly = RegistryList::presets();
    QCOMPARE(publicOnly.size(), 3);
    QCOMPARE(publicOnly.at(0).url, QUrl(QStringLiteral("https://datapm.io/graphql")));
    QCOMPARE(publicOnly.at(1).url, QUrl(QStringLiteral("https://registry.wasmer.io/graphql")));
    QCOMPARE(publicOnly.at(2).url, QUrl(QStringLiteral("https://api.metabind.ai/graphql")));
    QCOMPARE(publicOnly.at(0).dialect(), TestDialects::dataPm());
    QCOMPARE(publicOnly.at(1).dialect(), TestDialects::wasmer());
    QCOMPARE(publicOnly.at(2).dialect(), TestDialects::metabind());
    for (const RegistryEntry& entry : publicOnly) {
        QVERIFY(!entry.forcedDialect);
        QVERIFY(!entry.name.isEmpty());
    }

    const QList<RegistryEntry> withLocal =
        RegistryList::presets(QUrl(QStringLiteral("http://127.0.0.1:4000")));
    QCOMPARE(withLocal.size(), 6);
    QCOMPARE(withLocal.at(0).url, QUrl(QStringLiteral("http://127.0.0.1:4000/datapm/graphql")));
    QCOMPARE(withLocal.at(1).url, QUrl(QStringLiteral("http://127.0.0.1:4000/wasmer/graphql")));
    QCOMPARE(withLocal.at(2).url, QUrl(QStringLiteral("http://127.0.0.1:4000/metabind/graphql")));
    QCOMPARE(withLocal.at(0).name, QStringLiteral("Local DataPM"));
    QCOMPARE(withLocal.at(2).dialect(), TestDialects::metabind());
}

void TestRegistry::registryListRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("depot.ini"));
    {
        QSettings settings(file, QSettings::IniFormat);
        RegistryList list;
        QSignalSpy changed(&list, &RegistryList::changed);
        QVERIFY(list.load(settings)); // first run: the public presets, which the caller saves
        QCOMPARE(list.entries(), RegistryList::presets());
        QCOMPARE(changed.count(), 1);

        RegistryEntry mine{QStringLiteral("Mine"), QUrl(QStringLiteral("https://example.org/graphql")),
                           TestDialects::wasmer(), std::nullopt};
        list.add(mine);
        list.replace(0,
                     {QStringLiteral("DataPM (renamed)"), QUrl(QStringLiteral("https://datapm.io/graphql")),
                      std::nullopt, TestDialects::dataPm()});
        list.remove(1);
        QCOMPARE(list.indexOfUrl(QUrl(QStringLiteral("https://example.org/graphql/"))), 2);
        QCOMPARE(list.indexOfUrl(QUrl(QStringLiteral("https://nowhere.example/graphql"))), -1);
        list.save(settings);
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
    }
    {
        QSettings settings(file, QSettings::IniFormat);
        RegistryList list;
        QVERIFY(!list.load(settings)); // as stored: nothing to save
        QCOMPARE(list.entries().size(), 3);
        QCOMPARE(list.entries().at(0).name, QStringLiteral("DataPM (renamed)"));
        QCOMPARE(list.entries().at(1).url, QUrl(QStringLiteral("https://api.metabind.ai/graphql")));
        QCOMPARE(list.entries().at(2).forcedDialect, TestDialects::wasmer());
        QVERIFY(!list.entries().at(2).detectedDialect);
        QCOMPARE(list.entries().at(2).dialect(), TestDialects::wasmer());

        // An emptied list stays empty: presets are for the first run only.
        while (!list.entries().isEmpty())
            list.remove(0);
        list.save(settings);
    }
    {
        QSettings settings(file, QSettings::IniFormat);
        RegistryList list;
        list.load(settings);
        QVERIFY(list.entries().isEmpty());
    }
}

void TestRegistry::registryListLocalUrlUpdate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("depot.ini"));
    const QUrl first(QStringLiteral("http://127.0.0.1:4000"));
    const QUrl second(QStringLiteral("http://127.0.0.1:4555"));
    {
        QSettings settings(file, QSettings::IniFormat);
        RegistryList list;
        list.load(settings, first);
        QCOMPARE(list.entries(), RegistryList::presets(first));
        list.remove(1); // the user removes "Local Wasmer"
        list.save(settings);
    }
    {
        // Same local URL: the user's removal stands, and nothing needs saving: saving writes nothing.
        const QDateTime written = QFileInfo(file).lastModified();
        QSettings settings(file, QSettings::IniFormat);
        RegistryList list;
        QVERIFY(!list.load(settings, first));
        QCOMPARE(list.entries().size(), 5);
        QVERIFY(list.indexOfUrl(QUrl(QStringLiteral("http://127.0.0.1:4000/wasmer/graphql"))) < 0);
        list.save(settings);
        settings.sync();
        QCOMPARE(QFileInfo(file).lastModified(), written);
    }
    {
        // The local registry moved: its presets follow, missing ones come back, nothing is duplicated.
        QSettings settings(file, QSettings::IniFormat);
        RegistryList list;
        QVERIFY(list.load(settings, second));
        QCOMPARE(list.entries().size(), 6);
        QCOMPARE(list.indexOfUrl(QUrl(QStringLiteral("http://127.0.0.1:4000/datapm/graphql"))), -1);
        QVERIFY(list.indexOfUrl(QUrl(QStringLiteral("http://127.0.0.1:4555/datapm/graphql"))) >= 0);
        QVERIFY(list.indexOfUrl(QUrl(QStringLiteral("http://127.0.0.1:4555/wasmer/graphql"))) >= 0);
        QVERIFY(list.indexOfUrl(QUrl(QStringLiteral("http://127.0.0.1:4555/metabind/graphql"))) >= 0);
        QVERIFY(list.indexOfUrl(QUrl(QStringLiteral("https://datapm.io/graphql"))) >= 0);
    }
}

QTEST_MAIN(TestRegistry)
// DataPM dates: the common UTC form is parsed by hand (fast path), every other form by QDateTime.
void TestRegistry::datapmDates()
{
    const QDateTime expected(QDate(2025, 5, 22), QTime(10, 11, 12, 345), Qt::UTC);
    QCOMPARE(DataPmDecoder::date(QJsonValue(QStringLiteral("2025-05-22T10:11:12.345Z"))), expected);
    QCOMPARE(DataPmDecoder::date(QJsonValue(QStringLiteral("2025-05-22T10:11:12Z"))),
             QDateTime(QDate(2025, 5, 22), QTime(10, 11, 12), Qt::UTC));
    // An offset goes through QDateTime::fromString and means the same instant.
    QCOMPARE(DataPmDecoder::date(QJsonValue(QStringLiteral("2025-05-22T12:11:12.345+02:00"))).toUTC(),
             expected);
    QVERIFY(!DataPmDecoder::date(QJsonValue(QStringLiteral("2025-02-30T00:00:00Z"))).isValid());
    QVERIFY(!DataPmDecoder::date(QJsonValue(QStringLiteral("2025-05-22T25:00:00Z"))).isValid());
    QVERIFY(!DataPmDecoder::date(QJsonValue(QStringLiteral("2025-05-22X10:11:12Z"))).isValid());
    QCOMPARE(DataPmDecoder::date(QJsonValue(1747908672345.0)), expected);
}

#include "tst_registry.moc"
