// A fourth registry kind, defined here and registered the way the built-in ones are, then found by detection,
// offered in the registry dialog and browsed by the real models and pages: no core file knows it.
#include "ToyBackend.h"
#include "models/PackageGroupListModel.h"
#include "models/PackageListModel.h"
#include "registry/DialectDetector.h"
#include "registry/DialectTable.h"
#include "registry/RegistryList.h"
#include "session/RegistrySession.h"
#include "support/JobOutcome.h"
#include "support/LocalRegistry.h"
#include "views/BrowserStack.h"
#include "views/GroupSection.h"
#include "views/MainWindow.h"
#include "views/PackageListPage.h"
#include "views/RegistryDialog.h"
#include "views/RegistrySections.h"
#include "views/pages/MarkdownBrowser.h"
#include "views/pages/PackageDetailsPage.h"
#include "views/pages/PackageGroupPage.h"
#include "views/pages/PagedPackageTable.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace {

const QUrl kToyUrl(QStringLiteral("https://toys.example/graphql"));
constexpr int kTimeoutMs = 10000;

DialectRegistration toyRegistration()
{
    DialectRegistration r;
    r.dialect = Dialect(QStringLiteral("toy"));
    r.displayName = QStringLiteral("Toy");
    r.recognises = [](const QSet<QString>& fields) {
        return fields.contains(QStringLiteral("hello")) && fields.contains(QStringLiteral("weather"));
    };
    r.publicEndpoints = {kToyUrl};
    r.keyForm = {"Toy key", "toy-…", "Ask the toymaker."};
    r.createBackend = [](const BackendContext& context) -> std::unique_ptr<RegistryBackend> {
        return std::make_unique<ToyBackend>(context.endpoint);
    };
    return r;
}

// Registered once, before main(), by this test alone: the same entry point any new kind would use.
const bool registered = [] {
    DialectTable::add(toyRegistration());
    return true;
}();

template <typename Page> Page* currentPageAs(const MainWindow& window)
{
    return qobject_cast<Page*>(window.browser()->currentPage());
}

} // namespace

class TestDialect : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void registeredLikeTheBuiltInKinds();
    void detectedByIntrospection();
    void browsedByTheRealModelsAndPages();
};

void TestDialect::initTestCase()
{
    QVERIFY(registered);
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestDialect::registeredLikeTheBuiltInKinds()
{
    const std::optional<Dialect> toy = DialectTable::fromId(QStringLiteral("toy"));
    QVERIFY(toy);
    QCOMPARE(DialectTable::displayName(*toy), QStringLiteral("Toy"));
    QCOMPARE(DialectTable::all().size(), 4);
    // The first start's presets come from the table.
    bool preset = false;
    for (const RegistryEntry& entry : RegistryList::presets())
        preset = preset ||
                 (entry.url == kToyUrl && entry.detectedDialect == toy && entry.name == QLatin1String("Toy"));
    QVERIFY(preset);
    // The add-registry dialog offers it.
    RegistryDialog dialog;
    auto* kinds = dialog.findChild<QComboBox*>();
    QVERIFY(kinds);
    QVERIFY(kinds->findText(QStringLiteral("Toy")) > 0);
    QCOMPARE(kinds->itemData(kinds->findText(QStringLiteral("Toy"))).toString(), QStringLiteral("toy"));
}

void TestDialect::detectedByIntrospection()
{
    LocalRegistry::Options options;
    options.faults = true;
    LocalRegistry registry(options);
    QString why;
    QVERIFY2(registry.start(&why), qPrintable(why));
    // A GraphQL server whose queries are the toy kind's.
    const QJsonObject fields{{QStringLiteral("fields"),
                              QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("hello")}},
                                         QJsonObject{{QStringLiteral("name"), QStringLiteral("weather")}}}}};
    const QJsonObject answer{
        {QStringLiteral("data"),
         QJsonObject{{QStringLiteral("__schema"), QJsonObject{{QStringLiteral("queryType"), fields}}}}}};
    QVERIFY(registry.armFault({{QStringLiteral("match"), QStringLiteral("DetectDialect")},
                               {QStringLiteral("kind"), QStringLiteral("http")},
                               {QStringLiteral("status"), 200},
                               {QStringLiteral("contentType"), QStringLiteral("application/json")},
                               {QStringLiteral("body"), answer}}));
    QNetworkAccessManager network;
    const auto outcome =
        await(DialectDetector::detect(&network, registry.endpoint(QStringLiteral("datapm"))));
    QVERIFY2(outcome.finished(), qPrintable(describe(outcome.error)));
    QCOMPARE(outcome.value, Dialect(QStringLiteral("toy")));
}

void TestDialect::browsedByTheRealModelsAndPages()
{
    MainWindow window(MainWindow::Options{kToyUrl, Dialect(QStringLiteral("toy")), {}, {}});
    window.show();
    PackageListModel* packages = window.packageModel();
    QAbstractItemModelTester tester(packages, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // The latest packages, a page at a time, to the end.
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), RegistrySession::State::Connected, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(packages->rowCount() >= kDefaultPageSize, kTimeoutMs);
    QCOMPARE(packages->packageAt(0).id.toString(), QStringLiteral("robots/toy-119")); // newest first
    while (packages->canFetchMore({}) || packages->state() == PackageListModel::State::Loading) {
        if (packages->canFetchMore({}))
            packages->fetchMore({});
        QTest::qWait(10);
    }
    QCOMPARE(packages->rowCount(), ToyBackend::kPackageCount);
    QVERIFY(window.packagePage()->isShowingTable());
    QVERIFY(window.windowTitle().contains(QLatin1String("Toy")) ||
            window.windowTitle().contains(QLatin1String("toys.example")));

    // Search, through the search field.
    QVERIFY(window.searchField()->isEnabled());
    window.searchField()->setText(QStringLiteral("robots"));
    QTRY_COMPARE_WITH_TIMEOUT(packages->rowCount(), ToyBackend::kPackageCount / 3, kTimeoutMs);
    for (int row = 0; row < packages->rowCount(); ++row)
        QCOMPARE(packages->packageAt(row).id.scope, QStringLiteral("robots"));

    // The sidebar's group section names them as the kind does, and opens one.
    GroupSection* shelves = window.sections()->catalogs();
    QCOMPARE(shelves->heading()->text(), QStringLiteral("Shelves"));
    QTRY_COMPARE_WITH_TIMEOUT(shelves->model()->rowCount(), 1, kTimeoutMs); // following the search: "robots"
    window.searchField()->clear();
    QTRY_COMPARE_WITH_TIMEOUT(shelves->model()->rowCount(), 3, kTimeoutMs);
    const QModelIndex blocks = shelves->model()->index(0, 0);
    QCOMPARE(blocks.data(PackageGroupListModel::SlugRole).toString(), QStringLiteral("blocks"));
    QTest::mouseClick(shelves->list()->viewport(), Qt::LeftButton, {},
                      shelves->list()->visualRect(blocks).center());
    PackageGroupPage* shelf = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((shelf = currentPageAs<PackageGroupPage>(window)), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(shelf->title(), QStringLiteral("Blocks"), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(shelf->packages()->model()->rowCount(), ToyBackend::kPackageCount / 3,
                              kTimeoutMs);

    // A package page, from the shelf's table.
    emit shelf->packages()->packageActivated(shelf->packages()->model()->packageAt(0).id);
    PackageDetailsPage* details = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((details = currentPageAs<PackageDetailsPage>(window)), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(details->readmeView()->toPlainText().contains(QLatin1String("Plays well")),
                             kTimeoutMs);
    QCOMPARE(details->package().id.scope, QStringLiteral("blocks"));

    // What the kind does not offer is not offered, with the reason.
    auto* publish = window.findChild<QAction*>(QStringLiteral("publishAction"));
    QVERIFY(publish);
    QVERIFY(!publish->isEnabled());
    QVERIFY2(publish->toolTip().contains(QLatin1String("Toy")), qPrintable(publish->toolTip()));
    QVERIFY(!window.sections()->collections()->list()->isVisible());
    QVERIFY2(window.sections()->collections()->status()->text().contains(QLatin1String("Toy")),
             qPrintable(window.sections()->collections()->status()->text()));
}

QTEST_MAIN(TestDialect)
#include "tst_dialect.moc"
