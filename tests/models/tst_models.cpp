// The package list model over the real DataPM backend of the real local registry.

#include "models/PackageListModel.h"
#include "models/RegistryListModel.h"
#include "registry/CachedAnswers.h"
#include "registry/RegistryList.h"
#include "session/RegistrySession.h"
#include "support/LocalRegistry.h"
#include "support/TestDialects.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace {

using State = PackageListModel::State;

// The ids of latestPackages as the server pages them (large pages, straight HTTP): the truth the model is
// compared with, independent of the backend under test.
QStringList serverLatestIds(QNetworkAccessManager* network, const QUrl& endpoint, int* count)
{
    QStringList ids;
    int offset = 0;
    for (;;) {
        const QJsonObject body{
            {QStringLiteral("query"),
             QStringLiteral(
                 "query Ids($offSet: Int!, $limit: Int!) { latestPackages(offSet: $offSet, limit: "
                 "$limit) { hasMore count packages { identifier { catalogSlug packageSlug } } } }")},
            {QStringLiteral("variables"),
             QJsonObject{{QStringLiteral("offSet"), offset}, {QStringLiteral("limit"), 1000}}}};
        QNetworkRequest request(endpoint);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        std::unique_ptr<QNetworkReply> reply(network->post(request, QJsonDocument(body).toJson()));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        if (!done.wait(30000) || reply->error() != QNetworkReply::NoError)
            return {};
        const QJsonObject result = QJsonDocument::fromJson(reply->readAll())
                                       .object()
                                       .value(QStringLiteral("data"))
                                       .toObject()
                                       .value(QStringLiteral("latestPackages"))
                                       .toObject();
        const QJsonArray packages = result.value(QStringLiteral("packages")).toArray();
        for (const QJsonValue& package : packages) {
            const QJsonObject id = package.toObject().value(QStringLiteral("identifier")).toObject();
            ids.append(id.value(QStringLiteral("catalogSlug")).toString() + QLatin1Char('/') +
                       id.value(QStringLiteral("packageSlug")).toString());
        }
        *count = result.value(QStringLiteral("count")).toInt();
        if (!result.value(QStringLiteral("hasMore")).toBool() || packages.isEmpty())
            return ids;
        offset += int(packages.size());
    }
}

QStringList modelIds(const PackageListModel& model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(PackageListModel::IdRole).toString());
    return ids;
}

// Drives the model to the end the way a view does (fetchMore while canFetchMore), failing on an error.
bool fetchToEnd(PackageListModel& model, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (model.state() != State::Finished) {
        if (model.state() == State::Failed || timer.elapsed() > timeoutMs)
            return false;
        if (model.canFetchMore({}))
            model.fetchMore({});
        QTest::qWait(5);
    }
    return true;
}

Package fakePackage(const QString& scope, const QString& name)
{
    Package package;
    // Texts of their own, as a decoder makes them (literals would share one copy already).
    package.id = PackageId{QString(scope.constData(), scope.size()), QString(name.constData(), name.size())};
    package.displayName = name;
    return package;
}

// A source whose jobs the test finishes by hand, with offset cursors ("1", "2", ...) that the model may
// read ahead: every job and the cursor it was asked for are recorded.
void setOffsetSource(PackageListModel& model, QList<QPointer<PackagePageJob>>* jobs, QStringList* cursors)
{
    model.setSource(
        [jobs, cursors](const PageRequest& request) {
            auto* job = new PackagePageJob;
            jobs->append(job);
            cursors->append(request.cursor);
            return job;
        },
        [](const PageRequest& request) {
            return std::optional<QString>(QString::number(request.cursor.toInt() + 1));
        });
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void pagesToTheEndInServerOrder();
    void firstPageOnSetSourceAndRoles();
    void staleAnswerDroppedOnSetSource();
    void staleAnswerFromServerDropped();
    void duplicatesAcrossPagesDropped();
    void readAheadToTheEndInServerOrder();
    void readAheadKeepsOrderAndStaysOnePageAhead();
    void readAheadFailureOrWrongCursorSaysNothing();
    void modelGoesWhileAPageReadAheadWaits();
    void failedFirstPageAndRetry();
    void failedLaterPageKeepsRowsAndRetries();
    void nullJobFails();
    void registryListModel();
    void sessionDetectsConnectsAndLists();

private:
    std::unique_ptr<LocalRegistry> m_bulk;
    std::unique_ptr<LocalRegistry> m_faulty;
    QNetworkAccessManager m_network;
    std::unique_ptr<RegistryBackend> m_backend;
    std::unique_ptr<RegistryBackend> m_faultyBackend;
};

void TestModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_bulk = std::make_unique<LocalRegistry>(LocalRegistry::Options{QStringLiteral("bulk:5000"), false, {}});
    QString error;
    QVERIFY2(m_bulk->start(&error), qPrintable(error));
    m_backend = makeBackend(TestDialects::dataPm(), m_bulk->endpoint(QStringLiteral("datapm")), &m_network);

    m_faulty = std::make_unique<LocalRegistry>(LocalRegistry::Options{QStringLiteral("demo"), true, {}});
    QVERIFY2(m_faulty->start(&error), qPrintable(error));
    m_faultyBackend =
        makeBackend(TestDialects::dataPm(), m_faulty->endpoint(QStringLiteral("datapm")), &m_network);
}

void TestModels::cleanupTestCase()
{
    m_backend.reset();
    m_faultyBackend.reset();
    m_bulk.reset();
    m_faulty.reset();
}

void TestModels::pagesToTheEndInServerOrder()
{
    int serverCount = -1;
    const QStringList expected =
        serverLatestIds(&m_network, m_bulk->endpoint(QStringLiteral("datapm")), &serverCount);
    QVERIFY(expected.size() >= 5000);
    QCOMPARE(expected.size(), serverCount);
    QCOMPARE(QSet<QString>(expected.begin(), expected.end()).size(), expected.size());

    PackageListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    RegistryBackend* backend = m_backend.get();
    model.setSource([backend](const PageRequest& page) { return backend->latestPackages(page); });
    QCOMPARE(model.state(), State::Loading);
    QVERIFY(fetchToEnd(model, 300000));

    QCOMPARE(model.rowCount(), int(expected.size()));
    QCOMPARE(modelIds(model), expected);
    QCOMPARE(model.serverTotal(), serverCount);
    QVERIFY(!model.canFetchMore({}));
    // Every page is kDefaultPageSize rows: as many inserts as pages, no more.
    QCOMPARE(inserted.size(), int((expected.size() + kDefaultPageSize - 1) / kDefaultPageSize));
    const QVariantList firstInsert = inserted.first();
    QCOMPARE(firstInsert.at(2).toInt() - firstInsert.at(1).toInt() + 1, kDefaultPageSize);
}

void TestModels::firstPageOnSetSourceAndRoles()
{
    PackageListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy states(&model, &PackageListModel::stateChanged);
    QCOMPARE(model.state(), State::Idle);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.columnCount(), int(PackageListModel::ColumnCount));

    RegistryBackend* backend = m_faultyBackend.get();
    model.setSource([backend](const PageRequest& page) { return backend->latestPackages(page); });
    QTRY_VERIFY_WITH_TIMEOUT(model.state() == State::Finished, 30000);
    QVERIFY(model.rowCount() > 10);
    QVERIFY(states.size() >= 2);
    QCOMPARE(states.first().first().value<State>(), State::Loading);

    const QModelIndex first = model.index(0, PackageListModel::IdentifierColumn);
    const Package package = first.data(PackageListModel::PackageRole).value<Package>();
    QCOMPARE(first.data().toString(), package.id.toString());
    QCOMPARE(first.data(PackageListModel::IdRole).toString(), package.id.toString());
    QCOMPARE(first.data(PackageListModel::PackageIdRole).value<PackageId>(), package.id);
    QCOMPARE(model.index(0, PackageListModel::NameColumn).data().toString(), package.displayName);
    QCOMPARE(first.data(PackageListModel::LatestVersionRole).toString(), package.latestVersion);
    QVERIFY(!package.latestVersion.isEmpty());
    QVERIFY(first.data(PackageListModel::UpdatedRole).toDateTime().isValid());
    QVERIFY(!model.index(0, PackageListModel::UpdatedColumn).data().toString().isEmpty());
    QCOMPARE(model.headerData(PackageListModel::NameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Name"));
    QVERIFY(model.roleNames().contains(PackageListModel::IdRole));
    // Children of a row do not exist: every override checks the parent.
    QCOMPARE(model.rowCount(first), 0);
    QCOMPARE(model.columnCount(first), 0);
    QVERIFY(!model.canFetchMore(first));

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.state(), State::Idle);
}

void TestModels::staleAnswerDroppedOnSetSource()
{
    PackageListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QPointer<PackagePageJob> oldJob;
    model.setSource([&oldJob](const PageRequest&) {
        auto* job = new PackagePageJob;
        oldJob = job;
        return job;
    });
    QVERIFY(oldJob);
    QCOMPARE(model.state(), State::Loading);
    QSignalSpy canceled(oldJob.data(), &RegistryJob::failed);

    QPointer<PackagePageJob> newJob;
    model.setSource([&newJob](const PageRequest&) {
        auto* job = new PackagePageJob;
        newJob = job;
        return job;
    });
    // The job in flight was cancelled...
    QCOMPARE(canceled.size(), 1);
    QCOMPARE(canceled.first().first().value<Error>().kind, Error::Kind::Canceled);
    // ...and an answer it might still deliver (a backend that ignores cancel) changes nothing.
    if (oldJob && !oldJob->isFinished())
        oldJob->finish(
            PackagePage{{fakePackage(QStringLiteral("old"), QStringLiteral("stale"))}, {}, false, 1});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.state(), State::Loading);

    QVERIFY(newJob);
    newJob->finish(PackagePage{{fakePackage(QStringLiteral("new"), QStringLiteral("fresh"))}, {}, false, 1});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(PackageListModel::IdRole).toString(), QStringLiteral("new/fresh"));
    QCOMPARE(model.state(), State::Finished);
}

void TestModels::staleAnswerFromServerDropped()
{
    // The first source answers slowly (a delay fault); the second is set while it is in flight.
    QVERIFY(m_faulty->clearFaults());
    QVERIFY(m_faulty->armFault(QJsonObject{{QStringLiteral("match"), QStringLiteral("LatestPackages")},
                                           {QStringLiteral("kind"), QStringLiteral("delay")},
                                           {QStringLiteral("ms"), 1500}}));
    PackageListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    RegistryBackend* backend = m_faultyBackend.get();
    model.setSource([backend](const PageRequest& page) { return backend->latestPackages(page); });
    QCOMPARE(model.state(), State::Loading);
    QTest::qWait(200); // the slow request is on the wire
    model.setSource([backend](const PageRequest& page) {
        return backend->search()->searchPackages(QStringLiteral("cities"), page);
    });
    QTRY_VERIFY_WITH_TIMEOUT(model.state() == State::Finished, 30000);
    const QStringList found = modelIds(model);
    QVERIFY(!found.isEmpty());
    QVERIFY2(found.contains(QStringLiteral("opendata/world-cities")), qPrintable(found.join(u',')));
    // Wait past the delay: the late latestPackages answer must not arrive in the model.
    QTest::qWait(1800);
    QCOMPARE(modelIds(model), found);
    QCOMPARE(model.state(), State::Finished);
    QVERIFY(m_faulty->clearFaults());
}

void TestModels::duplicatesAcrossPagesDropped()
{
    // DataPM search pages have no order: the same package can come on two pages.
    PackageListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<QPointer<PackagePageJob>> jobs;
    QStringList cursors;
    model.setSource([&](const PageRequest& page) {
        auto* job = new PackagePageJob;
        jobs.append(job);
        cursors.append(page.cursor);
        return job;
    });
    // A row without a name has no identity and is dropped too; the rows after it keep their order.
    jobs.last()->finish(PackagePage{{fakePackage(QStringLiteral("a"), QStringLiteral("one")),
                                     fakePackage(QStringLiteral("a"), QString()),
                                     fakePackage(QStringLiteral("a"), QStringLiteral("two")),
                                     fakePackage(QStringLiteral("a"), QStringLiteral("one"))},
                                    QStringLiteral("3"),
                                    true,
                                    5});
    QCOMPARE(modelIds(model), (QStringList{QStringLiteral("a/one"), QStringLiteral("a/two")}));
    // Neighbouring rows of one catalog keep one copy of its name (the memory of long lists, bench figure 3).
    QCOMPARE(model.packageAt(1).id.scope.constData(), model.packageAt(0).id.scope.constData());
    QCOMPARE(model.state(), State::CanFetchMore);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(jobs.size(), 2);
    QCOMPARE(cursors.last(), QStringLiteral("3"));
    // A page of nothing but duplicates inserts no row: the model asks for the next one by itself.
    jobs.last()->finish(
        PackagePage{{fakePackage(QStringLiteral("a"), QStringLiteral("two"))}, QStringLiteral("4"), true, 5});
    QCOMPARE(jobs.size(), 3);
    QCOMPARE(cursors.last(), QStringLiteral("4"));
    QCOMPARE(model.state(), State::Loading);
    jobs.last()->finish(PackagePage{{fakePackage(QStringLiteral("a"), QStringLiteral("two")),
                                     fakePackage(QStringLiteral("b"), QStringLiteral("three"))},
                                    {},
                                    false,
                                    5});
    QCOMPARE(modelIds(model),
             (QStringList{QStringLiteral("a/one"), QStringLiteral("a/two"), QStringLiteral("b/three")}));
    QCOMPARE(model.state(), State::Finished);
    QVERIFY(!model.canFetchMore({}));
}

void TestModels::readAheadToTheEndInServerOrder()
{
    // The same listing as pagesToTheEndInServerOrder, with the backend's cursor prediction: one page is read
    // ahead while the "view" asks, and the rows are still the server's, in its order, each once.
    int serverCount = -1;
    const QStringList expected =
        serverLatestIds(&m_network, m_bulk->endpoint(QStringLiteral("datapm")), &serverCount);
    PackageListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    RegistryBackend* backend = m_backend.get();
    int requests = 0;
    QStringList asked;
    model.setSource(
        [backend, &requests, &asked](const PageRequest& page) {
            ++requests;
            asked.append(page.cursor);
            return backend->latestPackages(page);
        },
        [backend](const PageRequest& page) { return backend->cursorAfterFullPage(page); });
    QVERIFY(fetchToEnd(model, 300000));
    QCOMPARE(modelIds(model), expected);
    const int pages = int((expected.size() + kDefaultPageSize - 1) / kDefaultPageSize);
    // Every page once, plus at most the one read ahead past the end (an empty page).
    QVERIFY2(requests >= pages && requests <= pages + 1, qPrintable(asked.join(QLatin1Char(' '))));
}

void TestModels::readAheadKeepsOrderAndStaysOnePageAhead()
{
    PackageListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<QPointer<PackagePageJob>> jobs;
    QStringList cursors;
    auto page = [](int number, bool hasMore) {
        const QString name = QStringLiteral("p%1").arg(number);
        return PackagePage{{fakePackage(QStringLiteral("a"), name + QStringLiteral("-1")),
                            fakePackage(QStringLiteral("a"), name + QStringLiteral("-2"))},
                           hasMore ? QString::number(number + 1) : QString(),
                           hasMore,
                           -1};
    };
    setOffsetSource(model, &jobs, &cursors);
    // The first page alone: nobody has scrolled yet.
    QCOMPARE(cursors, QStringList{QString()});
    jobs.at(0)->finish(page(0, true));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.state(), State::CanFetchMore);

    // A view asks for more: page 1, and page 2 read ahead.
    model.fetchMore({});
    QCOMPARE(cursors, (QStringList{QString(), QStringLiteral("1"), QStringLiteral("2")}));
    QCOMPARE(model.state(), State::Loading);
    // Page 2 comes first: it waits for page 1.
    jobs.at(2)->finish(page(2, true));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.state(), State::Loading);
    jobs.at(1)->finish(page(1, true));
    QCOMPARE(modelIds(model),
             (QStringList{QStringLiteral("a/p0-1"), QStringLiteral("a/p0-2"), QStringLiteral("a/p1-1"),
                          QStringLiteral("a/p1-2"), QStringLiteral("a/p2-1"), QStringLiteral("a/p2-2")}));
    QCOMPARE(model.state(), State::CanFetchMore);
    QCOMPARE(cursors.size(), 3); // nothing more until a view asks

    // The next ask: page 3 and page 4 ahead. Page 3 comes, page 4 is then on its way unasked: the view may
    // ask (state CanFetchMore) and is then told to wait for it, not sent a second request.
    model.fetchMore({});
    QCOMPARE(cursors.mid(3), (QStringList{QStringLiteral("3"), QStringLiteral("4")}));
    jobs.at(3)->finish(page(3, true));
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.state(), State::CanFetchMore);
    QCOMPARE(cursors.size(), 5);
    model.fetchMore({});
    QCOMPARE(model.state(), State::Loading);
    QCOMPARE(cursors.mid(5), QStringList{QStringLiteral("5")}); // only the next one ahead
    jobs.at(4)->finish(page(4, false));
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.state(), State::Finished);
    // The page read ahead past the end is cancelled.
    QVERIFY(!jobs.at(5) || jobs.at(5)->isFinished());

    // A new source drops whatever is still on its way.
    model.setSource({});
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::readAheadFailureOrWrongCursorSaysNothing()
{
    PackageListModel model;
    QList<QPointer<PackagePageJob>> jobs;
    QStringList cursors;
    setOffsetSource(model, &jobs, &cursors);
    jobs.at(0)->finish(PackagePage{
        {fakePackage(QStringLiteral("a"), QStringLiteral("one"))}, QStringLiteral("1"), true, -1});
    model.fetchMore({});
    QCOMPARE(cursors.size(), 3);
    // The page read ahead fails: no error is shown for a page nobody asked for.
    Error error;
    error.kind = Error::Kind::Network;
    error.message = QStringLiteral("boom");
    jobs.at(2)->fail(error);
    QCOMPARE(model.state(), State::Loading);
    jobs.at(1)->finish(PackagePage{
        {fakePackage(QStringLiteral("a"), QStringLiteral("two"))}, QStringLiteral("2"), true, -1});
    QCOMPARE(model.state(), State::CanFetchMore);
    QCOMPARE(model.rowCount(), 2);
    // Asked again when the view wants it, with the next one ahead.
    model.fetchMore({});
    QCOMPARE(cursors.mid(3), (QStringList{QStringLiteral("2"), QStringLiteral("3")}));
    // The server pages otherwise than predicted: the page read ahead is cancelled, the server's cursor asked.
    jobs.at(3)->finish(PackagePage{
        {fakePackage(QStringLiteral("a"), QStringLiteral("three"))}, QStringLiteral("7"), true, -1});
    QVERIFY(jobs.at(4).isNull() || jobs.at(4)->isFinished());
    QCOMPARE(model.state(), State::CanFetchMore);
    model.fetchMore({});
    QCOMPARE(cursors.mid(5), (QStringList{QStringLiteral("7"), QStringLiteral("8")}));
    // The asked page fails: that one is an error, with retry.
    jobs.at(5)->fail(error);
    QCOMPARE(model.state(), State::Failed);
    QVERIFY(jobs.at(6).isNull() || jobs.at(6)->isFinished());
    QCOMPARE(model.rowCount(), 3);
}

void TestModels::modelGoesWhileAPageReadAheadWaits()
{
    // A page read ahead came first and waits for the one before it; the list is closed then.
    QList<QPointer<PackagePageJob>> jobs;
    auto model = std::make_unique<PackageListModel>();
    QStringList cursors;
    setOffsetSource(*model, &jobs, &cursors);
    jobs.at(0)->finish(PackagePage{
        {fakePackage(QStringLiteral("a"), QStringLiteral("one"))}, QStringLiteral("1"), true, -1});
    model->fetchMore({});
    QCOMPARE(jobs.size(), 3);
    jobs.at(2)->finish(PackagePage{
        {fakePackage(QStringLiteral("a"), QStringLiteral("three"))}, QStringLiteral("3"), true, -1});
    QCOMPARE(model->rowCount(), 1);
    model.reset(); // no crash, and the page still on its way is cancelled
    QVERIFY(jobs.at(1).isNull() || jobs.at(1)->isFinished());
}

void TestModels::failedFirstPageAndRetry()
{
    // A list never seen before: nothing kept from the earlier tests' answers (tests/cache has the list seen
    // before).
    CachedAnswers::clear();
    QVERIFY(m_faulty->clearFaults());
    QVERIFY(m_faulty->armFault(QJsonObject{{QStringLiteral("match"), QStringLiteral("LatestPackages")},
                                           {QStringLiteral("kind"), QStringLiteral("html500")}}));
    PackageListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    RegistryBackend* backend = m_faultyBackend.get();
    model.setSource([backend](const PageRequest& page) { return backend->latestPackages(page); });
    QTRY_VERIFY_WITH_TIMEOUT(model.state() == State::Failed, 30000);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.lastError().isError());
    QCOMPARE(model.lastError().httpStatus, 500);
    QVERIFY(!model.lastError().userText().isEmpty());
    QVERIFY(!model.canFetchMore({}));

    model.retry(); // the fault was for one request only
    QCOMPARE(model.state(), State::Loading);
    QTRY_VERIFY_WITH_TIMEOUT(model.state() == State::Finished, 30000);
    QVERIFY(model.rowCount() > 10);
    QVERIFY(!model.lastError().isError());
}

void TestModels::failedLaterPageKeepsRowsAndRetries()
{
    PackageListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<QPointer<PackagePageJob>> jobs;
    QStringList cursors;
    model.setSource([&](const PageRequest& page) {
        auto* job = new PackagePageJob;
        jobs.append(job);
        cursors.append(page.cursor);
        return job;
    });
    jobs.last()->finish(
        PackagePage{{fakePackage(QStringLiteral("a"), QStringLiteral("one"))}, QStringLiteral("1"), true, 2});
    model.fetchMore({});
    QCOMPARE(jobs.size(), 2);
    model.fetchMore({}); // a page is in flight: no second request for it
    QCOMPARE(jobs.size(), 2);
    Error error;
    error.kind = Error::Kind::Network;
    error.message = QStringLiteral("Connection refused");
    jobs.last()->fail(error);
    QCOMPARE(model.state(), State::Failed);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.lastError().kind, Error::Kind::Network);

    model.retry();
    QCOMPARE(jobs.size(), 3);
    QCOMPARE(cursors.last(), QStringLiteral("1")); // the page that failed, not the first one again
    jobs.last()->finish(PackagePage{{fakePackage(QStringLiteral("a"), QStringLiteral("two"))}, {}, false, 2});
    QCOMPARE(modelIds(model), (QStringList{QStringLiteral("a/one"), QStringLiteral("a/two")}));
    QCOMPARE(model.state(), State::Finished);
}

void TestModels::nullJobFails()
{
    PackageListModel model;
    model.setSource([](const PageRequest&) -> PackagePageJob* { return nullptr; });
    QCOMPARE(model.state(), State::Failed);
    QCOMPARE(model.lastError().kind, Error::Kind::Unsupported);
}

void TestModels::registryListModel()
{
    RegistryList list;
    RegistryListModel model(&list);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 0);
    RegistryEntry entry;
    entry.name = QStringLiteral("Local");
    entry.url = m_faulty->endpoint(QStringLiteral("datapm"));
    entry.forcedDialect = TestDialects::dataPm();
    list.add(entry);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex index = model.index(0, 0);
    QCOMPARE(index.data().toString(), QStringLiteral("Local"));
    QCOMPARE(index.data(RegistryListModel::UrlRole).toUrl(), entry.url);
    QCOMPARE(index.data(RegistryListModel::DialectRole).toString(), QStringLiteral("datapm"));
    QVERIFY(index.data(RegistryListModel::DetailRole).toString().contains(QStringLiteral("DataPM")));
    QVERIFY(index.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Local")));
    QCOMPARE(model.rowOfUrl(entry.url), 0);
    QCOMPARE(model.rowCount(index), 0);
    list.remove(0);
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::sessionDetectsConnectsAndLists()
{
    QVERIFY(m_faulty->clearFaults());
    PackageListModel packages;
    RegistryEntry entry;
    entry.name = QStringLiteral("Local");
    entry.url = m_faulty->endpoint(QStringLiteral("datapm"));
    RegistrySession session(entry, &m_network, &packages);
    QSignalSpy detected(&session, &RegistrySession::dialectDetected);
    QSignalSpy created(&session, &RegistrySession::backendCreated);
    session.start();
    QCOMPARE(session.state(), RegistrySession::State::Detecting);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), RegistrySession::State::Connected, 30000);
    QCOMPARE(detected.size(), 1);
    QCOMPARE(detected.first().first().value<Dialect>(), TestDialects::dataPm());
    QCOMPARE(created.size(), 1);
    QVERIFY(session.canBrowse());
    QVERIFY(session.canSearch());
    QVERIFY2(session.statusText().startsWith(QStringLiteral("Connected to DataPM")),
             qPrintable(session.statusText()));
    QTRY_VERIFY_WITH_TIMEOUT(packages.state() == State::Finished, 30000);
    QVERIFY(packages.rowCount() > 10);

    session.setSearchText(QStringLiteral("  cities "));
    QCOMPARE(session.searchText(), QStringLiteral("cities"));
    QTRY_VERIFY_WITH_TIMEOUT(packages.state() == State::Finished, 30000);
    QVERIFY(modelIds(packages).contains(QStringLiteral("opendata/world-cities")));

    // New credentials: the backend goes (and the list with it) until start() connects again.
    session.setHeaderProvider({});
    QCOMPARE(session.state(), RegistrySession::State::Idle);
    QCOMPARE(packages.rowCount(), 0);
    QVERIFY(!session.backend());
    session.start();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), RegistrySession::State::Connected, 30000);
    QCOMPARE(created.size(), 2);
    QCOMPARE(detected.size(), 1); // the detected dialect is remembered
    QTRY_VERIFY_WITH_TIMEOUT(packages.state() == State::Finished, 30000);
    QVERIFY(modelIds(packages).contains(QStringLiteral("opendata/world-cities")));

    session.stop();
    QCOMPARE(packages.rowCount(), 0);
    QCOMPARE(packages.state(), State::Idle);
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
