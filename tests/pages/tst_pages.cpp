// The browser pages (package, catalog, collection, user) and the sidebar list models, on real widgets
// over the real DataPM backend of the local registry (demo seed; a bulk seed for paging).

#include "models/PackageGroupListModel.h"
#include "models/VersionListModel.h"
#include "registry/CachedAnswers.h"
#include "registry/datapm/DataPmManifest.h"
#include "support/LocalRegistry.h"
#include "support/TestDialects.h"
#include "views/MessagePage.h"
#include "views/pages/LinkButton.h"
#include "views/pages/MarkdownBrowser.h"
#include "views/pages/PackageDetailsPage.h"
#include "views/pages/PackageGroupPage.h"
#include "views/pages/PageHeader.h"
#include "views/pages/PagedPackageTable.h"
#include "views/pages/UserPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

namespace {

constexpr int kLoadTimeoutMs = 20000;

QStringList modelIds(const QAbstractItemModel* model)
{
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data(PackageListModel::IdRole).toString());
    return ids;
}

// Scrolls a table to its end until its model has everything, as a person would.
bool scrollToEnd(PagedPackageTable* packages, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (packages->model()->state() != PackageListModel::State::Finished) {
        if (packages->model()->state() == PackageListModel::State::Failed || timer.elapsed() > timeoutMs)
            return false;
        packages->table()->scrollToBottom();
        QTest::qWait(20);
    }
    return true;
}

QStringList columnTexts(const QAbstractItemModel* model, int column)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts.append(model->index(row, column).data().toString());
    return texts;
}

// A click on a header section, as a person would sort a table.
void clickHeader(QHeaderView* header, int section)
{
    const QPoint middle(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, middle);
}

// A job that ends with `page` on the next turn of the event loop, like a network answer.
template <typename T> ResultJob<Page<T>>* answerLater(const Page<T>& page)
{
    auto* job = new ResultJob<Page<T>>;
    QTimer::singleShot(0, job, [job, page] { job->finish(page); });
    return job;
}

} // namespace

class TestPages : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void packagePageShowsThePackage();
    void readmeRendersMarkdown();
    void readmeLinks();
    void packagePageLinksAndCopy();
    void savePackageFileWritesPrettyJson();
    void indentJsonKeepsOrder();
    void summaryOfPackageFile();
    void packagePageErrorAndRetry();
    void packagePageNotFound();
    void packagePageStateRoundTrip();
    void catalogPageListsPackages();
    void catalogPagePagesToTheEndAndRestores();
    void collectionPageListsPackages();
    void userPageShowsPublicFields();
    void creatorLinkOpensTheirPageWithTheirPackages();
    void unreachableRecoversByItself();
    void versionListModel();
    void versionsTableSortsByVersionAndDate();
    void catalogListModel();
    void collectionListModel();
    void listModelsPageAndDeduplicate();
    void everyControlIsNamed();

private:
    std::unique_ptr<LocalRegistry> m_registry;
    std::unique_ptr<LocalRegistry> m_bulk;
    QNetworkAccessManager m_network;
    std::unique_ptr<RegistryBackend> m_backend;
    std::unique_ptr<RegistryBackend> m_bulkBackend;
};

void TestPages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_registry = std::make_unique<LocalRegistry>(LocalRegistry::Options{QStringLiteral("demo"), true, {}});
    QString error;
    QVERIFY2(m_registry->start(&error), qPrintable(error));
    m_backend =
        makeBackend(TestDialects::dataPm(), m_registry->endpoint(QStringLiteral("datapm")), &m_network);
    // 1200 packages in 10 catalogs: 120 each, more than two pages of a catalog.
    m_bulk = std::make_unique<LocalRegistry>(LocalRegistry::Options{QStringLiteral("bulk:1200"), false, {}});
    QVERIFY2(m_bulk->start(&error), qPrintable(error));
    m_bulkBackend =
        makeBackend(TestDialects::dataPm(), m_bulk->endpoint(QStringLiteral("datapm")), &m_network);
}

void TestPages::cleanupTestCase()
{
    m_backend.reset();
    m_bulkBackend.reset();
    m_registry.reset();
    m_bulk.reset();
}

void TestPages::packagePageShowsThePackage()
{
    PackageDetailsPage page(m_backend.get(),
                            PackageId{QStringLiteral("opendata"), QStringLiteral("world-cities")});
    QSignalSpy titles(&page, &BrowserPage::titleChanged);
    page.resize(900, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!page.isShowingContent());
    QCOMPARE(page.messagePage()->title(), QStringLiteral("Loading package…"));
    QTRY_VERIFY_WITH_TIMEOUT(page.isShowingContent(), kLoadTimeoutMs);

    QCOMPARE(page.title(), QStringLiteral("World Cities"));
    QCOMPARE(titles.size(), 1);
    QCOMPARE(titles.first().first().toString(), QStringLiteral("World Cities"));
    QCOMPARE(page.header()->titleLabel()->text(), QStringLiteral("World Cities"));
    QCOMPARE(page.header()->subtitleLabel()->text(), QStringLiteral("opendata/world-cities"));
    QVERIFY(page.header()->descriptionLabel()->text().startsWith(QStringLiteral("Names, countries")));
    QVERIFY(page.header()->descriptionLabel()->isVisible());

    // Versions, newest first, with date and author.
    QTableView* versions = page.versionsView();
    QCOMPARE(versions->model()->rowCount(), 3);
    QCOMPARE(versions->model()->index(0, VersionListModel::VersionColumn).data().toString(),
             QStringLiteral("1.1.1"));
    QCOMPARE(versions->model()->index(2, VersionListModel::VersionColumn).data().toString(),
             QStringLiteral("1.0.0"));
    QVERIFY(!versions->model()->index(0, VersionListModel::DateColumn).data().toString().isEmpty());
    QVERIFY(!versions->model()->index(0, VersionListModel::AuthorColumn).data().toString().isEmpty());
    QVERIFY(page.tabs()->isTabVisible(PackageDetailsPage::VersionsTab));

    // README and licence as rendered text, not Markdown source.
    const QString readme = page.readmeView()->toPlainText();
    QVERIFY(readme.contains(QStringLiteral("World Cities")));
    QVERIFY(readme.contains(QStringLiteral("datapm fetch")));
    QVERIFY2(!readme.contains(QStringLiteral("## ")), qPrintable(readme));
    QVERIFY(
        page.licenseView()->toPlainText().contains(QStringLiteral("Open Data Commons Attribution License")));

    // Schemas: one schema with its three properties and their types.
    QTreeWidget* tree = page.schemaTree();
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem* schema = tree->topLevelItem(0);
    QCOMPARE(schema->text(0), QStringLiteral("world_cities"));
    QCOMPARE(schema->childCount(), 3);
    QStringList properties;
    for (int i = 0; i < schema->childCount(); ++i)
        properties.append(schema->child(i)->text(0) + QLatin1Char(':') + schema->child(i)->text(1));
    QCOMPARE(properties, (QStringList{QStringLiteral("name:string"), QStringLiteral("country:string"),
                                      QStringLiteral("population:integer")}));

    // The raw file only in its own tab, indented, in a fixed-pitch font, read-only.
    QPlainTextEdit* file = page.packageFileView();
    QVERIFY(file->isReadOnly());
    QVERIFY(file->toPlainText().startsWith(QStringLiteral("{\n  \"$schema\": ")));
    QCOMPARE(file->font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    QVERIFY(page.saveButton()->isEnabled());

    // Keyboard: the tabs switch with Ctrl+Tab like any QTabWidget, and every tab is reachable.
    page.tabs()->setCurrentIndex(PackageDetailsPage::ReadmeTab);
    QTest::keyClick(page.tabs(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(page.tabs()->currentIndex(), int(PackageDetailsPage::VersionsTab));
}

void TestPages::readmeRendersMarkdown()
{
    // Acceptance 4: headings, a list, a code block and a link. Every demo README has all four.
    PackageDetailsPage page(m_backend.get(),
                            PackageId{QStringLiteral("noaa"), QStringLiteral("co2-mauna-loa")});
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.isShowingContent(), kLoadTimeoutMs);
    QTextDocument* document = page.readmeView()->document();

    QMap<int, QStringList> headings;
    bool list = false;
    bool codeBlock = false;
    QStringList hrefs;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        if (format.headingLevel() > 0)
            headings[format.headingLevel()].append(block.text());
        if (block.textList() && block.text().contains(QStringLiteral("fields, documented below")))
            list = true;
        if (format.hasProperty(QTextFormat::BlockCodeFence) &&
            block.text().contains(QStringLiteral("datapm fetch"))) {
            codeBlock = true;
            QCOMPARE(format.stringProperty(QTextFormat::BlockCodeLanguage), QStringLiteral("bash"));
            // In a code font.
            QVERIFY(block.begin().fragment().charFormat().fontFamilies().toStringList().contains(
                QStringLiteral("monospace")));
        }
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat charFormat = it.fragment().charFormat();
            if (charFormat.isAnchor() && !charFormat.anchorHref().isEmpty())
                hrefs.append(charFormat.anchorHref());
        }
    }
    QCOMPARE(headings.value(1), QStringList{QStringLiteral("Mauna Loa CO2 Concentrations")});
    QVERIFY2(headings.value(2).contains(QStringLiteral("Contents")),
             qPrintable(headings.value(2).join(u',')));
    QVERIFY(headings.value(2).contains(QStringLiteral("Usage")));
    QVERIFY(list);
    QVERIFY(codeBlock);
    QVERIFY2(hrefs.contains(QStringLiteral("https://www.noaa.gov")), qPrintable(hrefs.join(u',')));
    // The README's table (GitHub dialect) is a table, not pipes.
    QVERIFY(!page.readmeView()->toPlainText().contains(QStringLiteral("|---|")));
}

void TestPages::readmeLinks()
{
    PackageDetailsPage page(m_backend.get(),
                            PackageId{QStringLiteral("noaa"), QStringLiteral("co2-mauna-loa")});
    QSignalSpy urls(&page, &BrowserPage::openUrl);
    page.resize(700, 300);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY_WITH_TIMEOUT(page.isShowingContent(), kLoadTimeoutMs);
    MarkdownBrowser* readme = page.readmeView();

    // An external link leaves through openUrl; the browser itself stays on the README.
    emit readme->anchorClicked(QUrl(QStringLiteral("https://www.noaa.gov")));
    QCOMPARE(urls.size(), 1);
    QCOMPARE(urls.first().first().toUrl(), QUrl(QStringLiteral("https://www.noaa.gov")));
    QVERIFY(readme->toPlainText().contains(QStringLiteral("Mauna Loa")));
    // A file or custom-scheme link is never handed out.
    emit readme->anchorClicked(QUrl(QStringLiteral("file:///etc/passwd")));
    QCOMPARE(urls.size(), 1);
    // An anchor in the text scrolls to its heading.
    QCOMPARE(readme->verticalScrollBar()->value(), 0);
    emit readme->anchorClicked(QUrl(QStringLiteral("#changes")));
    QTRY_VERIFY(readme->verticalScrollBar()->value() > 0);
    QCOMPARE(urls.size(), 1);

    // A real click on the link in the rendered text.
    readme->verticalScrollBar()->setValue(0);
    QTextCursor found = readme->document()->find(QStringLiteral("the publisher's website"));
    QVERIFY(!found.isNull());
    readme->setTextCursor(found);
    readme->ensureCursorVisible();
    QTextCursor middle(found);
    middle.setPosition(found.selectionStart() + 3);
    const QPoint at = readme->cursorRect(middle).center();
    QTest::mouseClick(readme->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(urls.size(), 2);
    QCOMPARE(urls.last().first().toUrl(), QUrl(QStringLiteral("https://www.noaa.gov")));
}

void TestPages::packagePageLinksAndCopy()
{
    PackageDetailsPage page(m_backend.get(),
                            PackageId{QStringLiteral("opendata"), QStringLiteral("world-cities")});
    QSignalSpy catalogs(&page, &BrowserPage::openCatalog);
    QSignalSpy urls(&page, &BrowserPage::openUrl);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.isShowingContent(), kLoadTimeoutMs);

    QVERIFY(page.catalogLink()->isVisible());
    QCOMPARE(page.catalogLink()->text(), QStringLiteral("Catalog: Open Data Commons"));
    QTest::mouseClick(page.catalogLink(), Qt::LeftButton);
    QCOMPARE(catalogs.size(), 1);
    QCOMPARE(catalogs.first().first().toString(), QStringLiteral("opendata"));

    QVERIFY(page.websiteLink()->isVisible());
    QTest::mouseClick(page.websiteLink(), Qt::LeftButton);
    QCOMPARE(urls.size(), 1);
    QCOMPARE(urls.first().first().toUrl().host(), QStringLiteral("opendatacommons.org"));

    QApplication::clipboard()->clear();
    QTest::mouseClick(page.copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("opendata/world-cities"));
    QCOMPARE(page.copyButton()->text(), QStringLiteral("Copied"));
    QTRY_COMPARE_WITH_TIMEOUT(page.copyButton()->text(), QStringLiteral("Copy"), 5000);
}

void TestPages::savePackageFileWritesPrettyJson()
{
    PackageDetailsPage page(m_backend.get(),
                            PackageId{QStringLiteral("opendata"), QStringLiteral("world-cities")});
    QTRY_VERIFY_WITH_TIMEOUT(page.isShowingContent(), kLoadTimeoutMs);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("world-cities.datapm.json"));
    QString error;
    QVERIFY2(page.savePackageFile(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QCOMPARE(QString::fromUtf8(saved), page.packageFileView()->toPlainText());
    QVERIFY(saved.contains("\n  \"packageSlug\": \"world-cities\""));
    // The same document as the registry sent.
    const QJsonDocument savedJson = QJsonDocument::fromJson(saved);
    const QJsonDocument original =
        QJsonDocument::fromJson(page.package().versions.first().packageFileJson.toUtf8());
    QVERIFY(!original.isNull());
    QCOMPARE(savedJson, original);

    // A place that cannot be written: false and a reason, no crash.
    QVERIFY(!page.savePackageFile(dir.filePath(QStringLiteral("missing/folder/file.json")), &error));
    QVERIFY(!error.isEmpty());
}

void TestPages::indentJsonKeepsOrder()
{
    const QString text = QStringLiteral(R"({"b":1,"a":[1, 2],"c":{},"e":[],"d":"x,{y}\" :[z"})");
    const QString expected = QStringLiteral("{\n  \"b\": 1,\n  \"a\": [\n    1,\n    2\n  ],\n  \"c\": {},\n"
                                            "  \"e\": [],\n  \"d\": \"x,{y}\\\" :[z\"\n}\n");
    QCOMPARE(DataPmManifest::indentJson(text), expected);
    // Not JSON: unchanged.
    QCOMPARE(DataPmManifest::indentJson(QStringLiteral("{not json")), QStringLiteral("{not json"));
}

void TestPages::summaryOfPackageFile()
{
    QFile example(QStringLiteral(DEPOT_SOURCE_DIR
                                 "/../shared/schemas/datapm-example-twitter-sample-1.0.0.datapm.json"));
    if (!example.open(QIODevice::ReadOnly))
        QSKIP("the shared example package file is not here");
    const std::optional<PackageManifest> summary =
        DataPmManifest::fromPackageFile(QString::fromUtf8(example.readAll()));
    QVERIFY(summary);
    QVERIFY(!summary->schemas.isEmpty());
    const QList<PackageManifest::Property>& properties = summary->schemas.first().properties;
    auto find = [&properties](const QString& name) {
        for (const PackageManifest::Property& property : properties)
            if (property.name == name)
                return property;
        return PackageManifest::Property{};
    };
    QCOMPARE(find(QStringLiteral("author_id")).types, QStringList{QStringLiteral("string")});
    QCOMPARE(find(QStringLiteral("created_at")).types, QStringList{QStringLiteral("date-time")});
    QCOMPARE(find(QStringLiteral("edit_history_tweet_ids")).types,
             QStringList{QStringLiteral("array of string")});
    QVERIFY(!DataPmManifest::fromPackageFile(QStringLiteral("[1,2]")));
    QVERIFY(!DataPmManifest::fromPackageFile(QStringLiteral("no")));
}

void TestPages::packagePageErrorAndRetry()
{
    QVERIFY(m_registry->armFault(QJsonObject{{QStringLiteral("match"), QStringLiteral("Package")},
                                             {QStringLiteral("kind"), QStringLiteral("html500")}}));
    PackageDetailsPage page(m_backend.get(),
                            PackageId{QStringLiteral("opendata"), QStringLiteral("world-cities")});
    page.show();
    QTRY_COMPARE_WITH_TIMEOUT(page.messagePage()->title(), QStringLiteral("Could not load the package"),
                              kLoadTimeoutMs);
    QVERIFY(!page.isShowingContent());
    QPushButton* retry = page.messagePage()->actionButton();
    QVERIFY(retry->isVisible());
    QCOMPARE(retry->text(), QStringLiteral("Retry"));
    QVERIFY(!page.messagePage()->detail().isEmpty());
    QVERIFY2(!page.messagePage()->detail().contains(QStringLiteral("<html")),
             qPrintable(page.messagePage()->detail()));
    // The fault hit once; Retry loads the page.
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page.isShowingContent(), kLoadTimeoutMs);
    QCOMPARE(page.title(), QStringLiteral("World Cities"));
    m_registry->clearFaults();
}

void TestPages::packagePageNotFound()
{
    PackageDetailsPage page(m_backend.get(),
                            PackageId{QStringLiteral("opendata"), QStringLiteral("no-such-package")});
    page.show();
    QTRY_COMPARE_WITH_TIMEOUT(page.messagePage()->title(), QStringLiteral("Package not found"),
                              kLoadTimeoutMs);
    QVERIFY(!page.isShowingContent());
    QCOMPARE(page.title(), QStringLiteral("opendata/no-such-package"));
}

void TestPages::packagePageStateRoundTrip()
{
    const PackageId id{QStringLiteral("noaa"), QStringLiteral("hurricane-tracks")};
    QVariant state;
    {
        PackageDetailsPage page(m_backend.get(), id);
        page.resize(700, 300);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.isShowingContent(), kLoadTimeoutMs);
        page.readmeView()->verticalScrollBar()->setValue(40);
        QCOMPARE(page.readmeView()->verticalScrollBar()->value(), 40);
        page.tabs()->setCurrentIndex(PackageDetailsPage::LicenseTab);
        state = page.saveState();
    }
    PackageDetailsPage again(m_backend.get(), id);
    again.resize(700, 300);
    again.restoreState(state); // before the package is loaded: applied when it is
    again.show();
    QTRY_VERIFY_WITH_TIMEOUT(again.isShowingContent(), kLoadTimeoutMs);
    QCOMPARE(again.tabs()->currentIndex(), int(PackageDetailsPage::LicenseTab));
    QTRY_COMPARE(again.readmeView()->verticalScrollBar()->value(), 40);
}

void TestPages::catalogPageListsPackages()
{
    PackageGroupPage page(m_backend.get(), RegistryPart::Catalogs, QStringLiteral("opendata"));
    QSignalSpy packages(&page, &BrowserPage::openPackage);
    QSignalSpy urls(&page, &BrowserPage::openUrl);
    page.resize(900, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY_WITH_TIMEOUT(page.isShowingContent(), kLoadTimeoutMs);
    QCOMPARE(page.title(), QStringLiteral("Open Data Commons"));
    QCOMPARE(page.header()->titleLabel()->text(), QStringLiteral("Open Data Commons"));
    QVERIFY(page.header()->descriptionLabel()->text().startsWith(QStringLiteral("Community maintained")));

    PagedPackageTable* list = page.packages();
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->state(), PackageListModel::State::Finished, kLoadTimeoutMs);
    QVERIFY(list->isShowingTable());
    const QStringList ids = modelIds(list->model());
    QCOMPARE(ids.size(), 12);
    QVERIFY(ids.contains(QStringLiteral("opendata/world-cities")));
    for (const QString& id : ids)
        QVERIFY2(id.startsWith(QStringLiteral("opendata/")), qPrintable(id));

    // Website link.
    QTest::mouseClick(page.websiteLink(), Qt::LeftButton);
    QCOMPARE(urls.size(), 1);
    QCOMPARE(urls.first().first().toUrl(), QUrl(QStringLiteral("https://opendatacommons.org")));

    // Enter on the current row opens it.
    QTableView* table = list->table();
    const int row = int(ids.indexOf(QStringLiteral("opendata/world-cities")));
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(packages.size(), 1);
    QCOMPARE(packages.first().first().value<PackageId>(),
             (PackageId{QStringLiteral("opendata"), QStringLiteral("world-cities")}));
    // So does a double-click.
    const QModelIndex other = table->model()->index(0, PackageListModel::NameColumn);
    table->scrollTo(other);
    const QPoint at = table->visualRect(other).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    QTRY_VERIFY(packages.size() >= 2);
    QCOMPARE(packages.last().first().value<PackageId>().toString(), ids.first());
}

void TestPages::catalogPagePagesToTheEndAndRestores()
{
    QVariant state;
    QStringList ids;
    {
        PackageGroupPage page(m_bulkBackend.get(), RegistryPart::Catalogs, QStringLiteral("north-region"));
        page.resize(900, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(page.isShowingContent(), kLoadTimeoutMs);
        QAbstractItemModelTester tester(page.packages()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QTRY_VERIFY_WITH_TIMEOUT(page.packages()->model()->rowCount() > 0, kLoadTimeoutMs);
        QCOMPARE(page.packages()->model()->rowCount(), kDefaultPageSize);
        QTableView* table = page.packages()->table();
        // No sorting of a part of the list; the header says why.
        QVERIFY(!table->isSortingEnabled());
        QVERIFY(
            table->horizontalHeader()->toolTip().contains(QStringLiteral("once every package is loaded")));
        QVERIFY(scrollToEnd(page.packages(), 60000));
        QVERIFY(table->isSortingEnabled());
        // Enabling sorting kept the server's order until the user clicks a column.
        QCOMPARE(table->model()->index(0, 0).data(PackageListModel::IdRole),
                 page.packages()->model()->index(0, 0).data(PackageListModel::IdRole));
        QHeaderView* header = table->horizontalHeader();
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(PackageListModel::NameColumn) + 20, header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), int(PackageListModel::NameColumn));
        QStringList names;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            names.append(table->model()->index(row, PackageListModel::NameColumn).data().toString());
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
        QCOMPARE(names.size(), 120);
        QCOMPARE(names, sorted);
        ids = modelIds(page.packages()->model());
        // Packages n with (n / 20) % 10 == 0 are in the north region: 120 of 1200.
        QCOMPARE(ids.size(), 120);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
        for (const QString& id : ids)
            QVERIFY2(id.startsWith(QStringLiteral("north-region/")), qPrintable(id));
        table->setCurrentIndex(
            page.packages()->proxy()->mapFromSource(page.packages()->model()->index(100, 0)));
        state = page.saveState();
    }
    // Back to the page: as many rows as before, the same current row.
    PackageGroupPage again(m_bulkBackend.get(), RegistryPart::Catalogs, QStringLiteral("north-region"));
    again.resize(900, 500);
    again.restoreState(state);
    again.show();
    QTRY_COMPARE_WITH_TIMEOUT(again.packages()->model()->rowCount(), 120, 60000);
    QTRY_COMPARE(again.packages()->proxy()->mapToSource(again.packages()->table()->currentIndex()).row(),
                 100);
    QCOMPARE(modelIds(again.packages()->model()), ids);
}

void TestPages::collectionPageListsPackages()
{
    PackageGroupPage page(m_backend.get(), RegistryPart::Collections, QStringLiteral("climate-and-weather"));
    QSignalSpy packages(&page, &BrowserPage::openPackage);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.isShowingContent(), kLoadTimeoutMs);
    QCOMPARE(page.title(), QStringLiteral("Climate and Weather"));
    QVERIFY(page.header()->descriptionLabel()->text().startsWith(QStringLiteral("Long running")));
    QTRY_COMPARE_WITH_TIMEOUT(page.packages()->model()->state(), PackageListModel::State::Finished,
                              kLoadTimeoutMs);
    const QStringList ids = modelIds(page.packages()->model());
    QCOMPARE(
        QSet<QString>(ids.begin(), ids.end()),
        (QSet<QString>{QStringLiteral("noaa/global-temperature-anomalies"),
                       QStringLiteral("noaa/co2-mauna-loa"), QStringLiteral("noaa/sea-level-rise"),
                       QStringLiteral("noaa/arctic-sea-ice-extent"), QStringLiteral("noaa/hurricane-tracks"),
                       QStringLiteral("worldbank/co2-emissions-per-capita")}));
    QTableView* table = page.packages()->table();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Enter);
    QCOMPARE(packages.size(), 1);
    QCOMPARE(packages.first().first().value<PackageId>().toString(), ids.first());

    PackageGroupPage missing(m_backend.get(), RegistryPart::Collections,
                             QStringLiteral("no-such-collection"));
    missing.show();
    QTRY_COMPARE_WITH_TIMEOUT(missing.messagePage()->title(), QStringLiteral("Collection not found"),
                              kLoadTimeoutMs);
}

void TestPages::userPageShowsPublicFields()
{
    UserPage page(m_backend.get(), QStringLiteral("alice"));
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.isShowingContent(), kLoadTimeoutMs);
    QCOMPARE(page.profile().username, QStringLiteral("alice"));
    QCOMPARE(page.title(),
             page.profile().displayName.isEmpty() ? QStringLiteral("alice") : page.profile().displayName);
    QCOMPARE(page.header()->titleLabel()->text(), page.title());
    QVERIFY(page.header()->subtitleLabel()->text().contains(QStringLiteral("alice")));
    // Nothing private: no e-mail address anywhere on the page.
    for (const QLabel* label : page.findChildren<QLabel*>())
        QVERIFY2(!label->text().contains(QLatin1Char('@')), qPrintable(label->text()));

    UserPage missing(m_backend.get(), QStringLiteral("nobody-here"));
    missing.show();
    QTRY_COMPARE_WITH_TIMEOUT(missing.messagePage()->title(), QStringLiteral("User not found"),
                              kLoadTimeoutMs);
}

// The real DataPM server: a package's creator links to their page (issue 16: "a user's page can't be reached from
// a package's author and shows none of the user's packages").
void TestPages::creatorLinkOpensTheirPageWithTheirPackages()
{
    PackageDetailsPage page(m_backend.get(),
                            PackageId{QStringLiteral("opendata"), QStringLiteral("world-cities")});
    QSignalSpy openUser(&page, &BrowserPage::openUser);
    page.resize(900, 700);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.isShowingContent(), kLoadTimeoutMs);
    QVERIFY(page.ownerLink()->isVisible());
    QCOMPARE(page.ownerLink()->text(), QStringLiteral("Owner: curator"));
    QTest::mouseClick(page.ownerLink(), Qt::LeftButton);
    QCOMPARE(openUser.size(), 1);
    QCOMPARE(openUser.first().first().toString(), QStringLiteral("curator"));

    // Their page lists what they created, public packages only for a signed-out visitor, newest first.
    UserPage user(m_backend.get(), QStringLiteral("curator"));
    user.resize(900, 700);
    user.show();
    QTRY_VERIFY_WITH_TIMEOUT(user.isShowingContent(), kLoadTimeoutMs);
    QVERIFY(user.packages());
    QVERIFY(user.packages()->isVisible());
    QAbstractItemModel* rows = user.packages()->table()->model();
    QTRY_VERIFY_WITH_TIMEOUT(rows->rowCount() > 0, kLoadTimeoutMs);
    QStringList names;
    for (int row = 0; row < rows->rowCount(); ++row)
        names.append(rows->index(row, 0).data().toString() + QLatin1Char('|') +
                     rows->index(row, 1).data().toString());
    QVERIFY2(names.join(QLatin1Char(' ')).contains(QStringLiteral("world-cities")), qPrintable(names.join(u' ')));

    // demo's only package is private: nobody signed in sees an empty list, said as such, not an error.
    UserPage demo(m_backend.get(), QStringLiteral("demo"));
    demo.show();
    QTRY_VERIFY_WITH_TIMEOUT(demo.isShowingContent(), kLoadTimeoutMs);
    QVERIFY(demo.packages());
    QTest::qWait(200);
    QCOMPARE(demo.packages()->table()->model()->rowCount(), 0);
}

void TestPages::unreachableRecoversByItself()
{
    // A fixed port, so that the registry comes back at the same address.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const int port = probe.serverPort();
    probe.close();
    LocalRegistry registry(LocalRegistry::Options{QStringLiteral("demo"), false, {}, port});
    QString error;
    QVERIFY2(registry.start(&error), qPrintable(error));
    auto backend =
        makeBackend(TestDialects::dataPm(), registry.endpoint(QStringLiteral("datapm")), &m_network);
    registry.stop();

    PackageGroupPage page(backend.get(), RegistryPart::Catalogs, QStringLiteral("noaa"));
    page.show();
    QTRY_COMPARE_WITH_TIMEOUT(page.messagePage()->title(), QStringLiteral("Cannot reach the registry"),
                              kLoadTimeoutMs);
    QVERIFY(page.messagePage()->actionButton()->isVisible());
    // Back again: the page shows the catalog without anybody clicking Retry.
    QVERIFY2(registry.start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(page.isShowingContent(), 30000);
    QCOMPARE(page.title(), QStringLiteral("NOAA"));
    // The package table recovers with its Retry (the page's reload also reloads it).
    QTRY_COMPARE_WITH_TIMEOUT(page.packages()->model()->rowCount(), 11, kLoadTimeoutMs);
}

void TestPages::versionListModel()
{
    VersionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    PackageVersion newer;
    newer.version = QStringLiteral("1.1.0");
    newer.author = QStringLiteral("Curator");
    newer.createdAt = QDateTime(QDate(2025, 3, 10), QTime(9, 30), Qt::UTC);
    PackageVersion older = newer;
    older.version = QStringLiteral("1.0.0");
    model.setVersions({newer, older});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(VersionListModel::ColumnCount));
    QCOMPARE(model.index(0, 0).data(VersionListModel::VersionRole).toString(), QStringLiteral("1.1.0"));
    QCOMPARE(model.index(1, VersionListModel::AuthorColumn).data().toString(), QStringLiteral("Curator"));
    QCOMPARE(model.index(0, 0).data(VersionListModel::CreatedAtRole).toDateTime(), newer.createdAt);
    QCOMPARE(model.index(0, 0).data(VersionListModel::PackageVersionRole).value<PackageVersion>().version,
             QStringLiteral("1.1.0"));
    QCOMPARE(model.headerData(VersionListModel::DateColumn, Qt::Horizontal).toString(),
             QStringLiteral("Published"));
    QVERIFY(model.roleNames().contains(VersionListModel::VersionRole));
    model.setVersions({});
    QCOMPARE(model.rowCount(), 0);
}

void TestPages::versionsTableSortsByVersionAndDate()
{
    PackageDetailsPage page(m_backend.get(),
                            PackageId{QStringLiteral("opendata"), QStringLiteral("world-cities")});
    page.resize(900, 700);
    page.show();
    // The registry's own answer, not one kept from an earlier test: a later fresh answer would replace the
    // versions set below.
    QTRY_VERIFY_WITH_TIMEOUT(page.isShowingContent() && !page.isShowingCached(), kLoadTimeoutMs);
    page.tabs()->setCurrentIndex(PackageDetailsPage::VersionsTab);

    // Versions whose text order is not their version order, published in an order that is neither (a
    // 1.9.0 fix after 2.0.0), on dates whose locale text does not sort by date.
    const auto version = [](const char* number, QDate published) {
        PackageVersion value;
        value.version = QString::fromLatin1(number);
        value.author = QStringLiteral("Curator");
        value.createdAt = QDateTime(published, QTime(9, 30), Qt::UTC);
        return value;
    };
    page.versionModel()->setVersions({
        version("1.9.0", QDate(2025, 12, 20)),
        version("1.10.0", QDate(2025, 10, 1)),
        version("1.2.0", QDate(2024, 11, 15)),
        version("2.0.0-beta", QDate(2025, 11, 20)),
        version("2.0.0", QDate(2025, 12, 5)),
    });

    QTableView* versions = page.versionsView();
    QHeaderView* header = versions->horizontalHeader();
    QVERIFY(QTest::qWaitForWindowExposed(versions));
    const QStringList oldestFirst{QStringLiteral("1.2.0"), QStringLiteral("1.9.0"), QStringLiteral("1.10.0"),
                                  QStringLiteral("2.0.0-beta"), QStringLiteral("2.0.0")};
    QStringList newestFirst = oldestFirst;
    std::reverse(newestFirst.begin(), newestFirst.end());

    // Newest first until somebody sorts otherwise; a click on "Version" flips it, another flips it back.
    QCOMPARE(columnTexts(versions->model(), VersionListModel::VersionColumn), newestFirst);
    clickHeader(header, VersionListModel::VersionColumn);
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(columnTexts(versions->model(), VersionListModel::VersionColumn), oldestFirst);
    clickHeader(header, VersionListModel::VersionColumn);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(columnTexts(versions->model(), VersionListModel::VersionColumn), newestFirst);

    // "Published" sorts by date, whichever way the first click goes.
    const QStringList earliestFirst{QStringLiteral("1.2.0"), QStringLiteral("1.10.0"),
                                    QStringLiteral("2.0.0-beta"), QStringLiteral("2.0.0"),
                                    QStringLiteral("1.9.0")};
    QStringList latestFirst = earliestFirst;
    std::reverse(latestFirst.begin(), latestFirst.end());
    for (int click = 0; click < 2; ++click) {
        clickHeader(header, VersionListModel::DateColumn);
        QCOMPARE(header->sortIndicatorSection(), int(VersionListModel::DateColumn));
        QCOMPARE(columnTexts(versions->model(), VersionListModel::VersionColumn),
                 header->sortIndicatorOrder() == Qt::AscendingOrder ? earliestFirst : latestFirst);
    }
}

void TestPages::catalogListModel()
{
    PackageGroupListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    RegistryBackend* backend = m_backend.get();
    model.setSource([backend](const PageRequest& page) {
        return backend->catalogs()->listGroups(QStringLiteral("o"), page);
    });
    QCOMPARE(model.state(), PackageGroupListModel::State::Loading);
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), PackageGroupListModel::State::Finished, kLoadTimeoutMs);
    QStringList slugs;
    for (int row = 0; row < model.rowCount(); ++row)
        slugs.append(model.index(row).data(PackageGroupListModel::SlugRole).toString());
    QVERIFY(slugs.contains(QStringLiteral("noaa")));
    QVERIFY(slugs.contains(QStringLiteral("opendata")));
    QVERIFY(slugs.contains(QStringLiteral("worldbank")));
    QVERIFY2(!slugs.contains(QStringLiteral("alice")), "a private catalog listed anonymously");
    const int noaa = int(slugs.indexOf(QStringLiteral("noaa")));
    const QModelIndex index = model.index(noaa);
    QCOMPARE(index.data().toString(), QStringLiteral("NOAA"));
    QCOMPARE(index.data(PackageGroupListModel::DisplayNameRole).toString(), QStringLiteral("NOAA"));
    QCOMPARE(index.data(PackageGroupListModel::WebsiteRole).toUrl(),
             QUrl(QStringLiteral("https://www.noaa.gov")));
    QVERIFY(index.data(PackageGroupListModel::IsPublicRole).toBool());
    QCOMPARE(index.data(PackageGroupListModel::GroupRole).value<PackageGroup>().slug, QStringLiteral("noaa"));
    QVERIFY(!index.data(PackageGroupListModel::DescriptionRole).toString().isEmpty());

    // A failure, then Retry (of a list Depot has kept nothing of).
    CachedAnswers::clear();
    QVERIFY(m_registry->armFault(QJsonObject{{QStringLiteral("match"), QStringLiteral("SearchCatalogs")},
                                             {QStringLiteral("kind"), QStringLiteral("html500")}}));
    model.setSource([backend](const PageRequest& page) {
        return backend->catalogs()->listGroups(QStringLiteral("o"), page);
    });
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), PackageGroupListModel::State::Failed, kLoadTimeoutMs);
    QVERIFY(model.lastError().isError());
    QCOMPARE(model.rowCount(), 0);
    model.retry();
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), PackageGroupListModel::State::Finished, kLoadTimeoutMs);
    QCOMPARE(model.rowCount(), slugs.size());
    model.clear();
    QCOMPARE(model.state(), PackageGroupListModel::State::Idle);
    QCOMPARE(model.rowCount(), 0);
}

void TestPages::collectionListModel()
{
    PackageGroupListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    RegistryBackend* backend = m_backend.get();
    model.setSource(
        [backend](const PageRequest& page) { return backend->collections()->listGroups(QString(), page); });
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), PackageGroupListModel::State::Finished, kLoadTimeoutMs);
    QCOMPARE(model.rowCount(), 2);
    QStringList slugs;
    for (int row = 0; row < model.rowCount(); ++row)
        slugs.append(model.index(row).data(PackageGroupListModel::SlugRole).toString());
    QCOMPARE(QSet<QString>(slugs.begin(), slugs.end()),
             (QSet<QString>{QStringLiteral("climate-and-weather"), QStringLiteral("economic-indicators")}));
    const QModelIndex index = model.index(int(slugs.indexOf(QStringLiteral("economic-indicators"))));
    QCOMPARE(index.data().toString(), QStringLiteral("Economic Indicators"));
    QCOMPARE(index.data(PackageGroupListModel::DisplayNameRole).toString(),
             QStringLiteral("Economic Indicators"));
    QCOMPARE(index.data(PackageGroupListModel::GroupRole).value<PackageGroup>().slug,
             QStringLiteral("economic-indicators"));
}

void TestPages::listModelsPageAndDeduplicate()
{
    // Three pages from a source whose pages overlap (DataPM search pages have no stable order): every
    // catalog once, in first-seen order, fetched page by page.
    auto catalog = [](const QString& slug) {
        PackageGroup c;
        c.slug = slug;
        c.displayName = slug.toUpper();
        return c;
    };
    QList<PageRequest> requests;
    PackageGroupListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSource([&](const PageRequest& request) -> GroupPageJob* {
        requests.append(request);
        Page<PackageGroup> page;
        if (request.cursor.isEmpty()) {
            page.items = {catalog(QStringLiteral("a")), catalog(QStringLiteral("b"))};
            page.nextCursor = QStringLiteral("2");
        } else if (request.cursor == QLatin1String("2")) {
            page.items = {catalog(QStringLiteral("b")), catalog(QStringLiteral("c"))};
            page.nextCursor = QStringLiteral("4");
        } else {
            page.items = {catalog(QStringLiteral("a")), catalog(QStringLiteral("d"))};
        }
        page.hasMore = !page.nextCursor.isEmpty();
        page.total = 4;
        return answerLater(page);
    });
    QTRY_COMPARE(model.state(), PackageGroupListModel::State::CanFetchMore);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QTRY_COMPARE(model.state(), PackageGroupListModel::State::CanFetchMore);
    model.fetchMore({});
    QTRY_COMPARE(model.state(), PackageGroupListModel::State::Finished);
    QStringList slugs;
    for (int row = 0; row < model.rowCount(); ++row)
        slugs.append(model.index(row).data(PackageGroupListModel::SlugRole).toString());
    QCOMPARE(slugs, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                 QStringLiteral("d")}));
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(1).cursor, QStringLiteral("2"));
    QCOMPARE(model.serverTotal(), 4);
    QVERIFY(!model.canFetchMore({}));

    // A new source drops the answer still on its way for the old one.
    PackageGroupListModel collections;
    QAbstractItemModelTester collectionTester(&collections,
                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto collectionPage = [](const QString& slug) {
        Page<PackageGroup> page;
        PackageGroup c;
        c.slug = slug;
        c.displayName = slug;
        page.items = {c};
        return page;
    };
    collections.setSource(
        [&](const PageRequest&) { return answerLater(collectionPage(QStringLiteral("old"))); });
    collections.setSource(
        [&](const PageRequest&) { return answerLater(collectionPage(QStringLiteral("new"))); });
    QTRY_COMPARE(collections.state(), PackageGroupListModel::State::Finished);
    QTest::qWait(20);
    QCOMPARE(collections.rowCount(), 1);
    QCOMPARE(collections.index(0).data(PackageGroupListModel::SlugRole).toString(), QStringLiteral("new"));
}

void TestPages::everyControlIsNamed()
{
    // What a screen reader meets: every control of every page has a name (text or accessible name).
    PackageDetailsPage package(m_backend.get(),
                               PackageId{QStringLiteral("opendata"), QStringLiteral("world-cities")});
    PackageGroupPage catalog(m_backend.get(), RegistryPart::Catalogs, QStringLiteral("opendata"));
    PackageGroupPage collection(m_backend.get(), RegistryPart::Collections,
                                QStringLiteral("climate-and-weather"));
    UserPage user(m_backend.get(), QStringLiteral("alice"));
    const QList<BrowserPage*> pages{&package, &catalog, &collection, &user};
    for (BrowserPage* page : pages)
        page->show();
    QTRY_VERIFY_WITH_TIMEOUT(package.isShowingContent() && catalog.isShowingContent() &&
                                 collection.isShowingContent() && user.isShowingContent(),
                             kLoadTimeoutMs);
    for (BrowserPage* page : pages) {
        QVERIFY(!page->accessibleName().isEmpty());
        for (const QAbstractButton* button : page->findChildren<QAbstractButton*>())
            QVERIFY2(!button->text().isEmpty() || !button->accessibleName().isEmpty(),
                     qPrintable(QStringLiteral("%1 in %2 of %3")
                                    .arg(QString::fromLatin1(button->metaObject()->className()),
                                         QString::fromLatin1(button->parent()->metaObject()->className()),
                                         page->title())));
        // (Header views are named by their sections.)
        for (const QAbstractItemView* view : page->findChildren<QAbstractItemView*>())
            QVERIFY2(qobject_cast<const QHeaderView*>(view) || !view->accessibleName().isEmpty(),
                     view->metaObject()->className());
        for (const QAbstractScrollArea* area : page->findChildren<QTextEdit*>())
            QVERIFY(!area->accessibleName().isEmpty());
    }
}

QTEST_MAIN(TestPages)
#include "tst_pages.moc"
