// Issue 15, acceptance 3 and 6, through the window: the package page of 1.0.0 (components ProductCard and
// ArticleLayout with their code, asset thumbnails, a dependency link that opens the dependency, the resolved
// tree and its export), an asset downloaded, the sidebar's components and assets, and search as you type
// over components that sends at most one request per typed word.
#include "models/PackageListModel.h"
#include "registry/BundleExport.h"
#include "session/RegistrySession.h"
#include "session/ThumbnailLoader.h"
#include "support/LocalRegistry.h"
#include "views/BrowserStack.h"
#include "views/DownloadController.h"
#include "views/DownloadsPanel.h"
#include "views/GroupSection.h"
#include "views/MainWindow.h"
#include "views/PackageListPage.h"
#include "views/RegistrySections.h"
#include "views/SearchFilterBar.h"
#include "views/pages/AssetGrid.h"
#include "views/pages/BundleTree.h"
#include "views/pages/ComponentsView.h"
#include "views/pages/PackageBundleTabs.h"
#include "views/pages/PackageContentsTabs.h"
#include "views/pages/PackageDetailsPage.h"

#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

namespace {

constexpr int kTimeoutMs = 20000;

template <typename Page> Page* shown(const MainWindow& window)
{
    auto* page = qobject_cast<Page*>(window.browser()->currentPage());
    return page && page->isShowingContent() ? page : nullptr;
}

QStringList column(const QTreeWidget* tree, int column = 0)
{
    QStringList texts;
    for (int row = 0; row < tree->topLevelItemCount(); ++row)
        texts.append(tree->topLevelItem(row)->text(column));
    return texts;
}

QStringList rows(const QAbstractItemModel* model)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts.append(model->index(row, 0).data().toString());
    return texts;
}

} // namespace

class TestMetabindPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DepotTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_metabind-page"));
        LocalRegistry::Options options;
        options.faults = true;
        m_registry = std::make_unique<LocalRegistry>(options);
        QString error;
        QVERIFY2(m_registry->start(&error), qPrintable(error));
    }
    void init()
    {
        QSettings().clear();
        // The project key for this run only, as a person starting Depot from a terminal would give it.
        qputenv("DEPOT_API_KEY", "demo-org:demo-project:mb-demo-key");
    }
    void cleanup() { qunsetenv("DEPOT_API_KEY"); }

    void packagePageOfVersion1();
    void partialAnswerShowsWhatCame();
    void sidebarListsComponentsAndAssets();
    void searchAsYouTypeSendsOneRequestPerWord();

private:
    std::unique_ptr<MainWindow> window()
    {
        MainWindow::Options options;
        options.registryUrl = m_registry->endpoint(QStringLiteral("metabind"));
        auto made = std::make_unique<MainWindow>(options);
        made->resize(1100, 750);
        made->show();
        return made;
    }

    std::unique_ptr<LocalRegistry> m_registry;
    QTemporaryDir m_dir;
};

void TestMetabindPage::packagePageOfVersion1()
{
    const std::unique_ptr<MainWindow> window = this->window();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTRY_COMPARE_WITH_TIMEOUT(window->packageModel()->rowCount(), 3, kTimeoutMs);
    window->openReference(QStringLiteral("1.0.0"));
    PackageDetailsPage* page = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((page = shown<PackageDetailsPage>(*window)), kTimeoutMs);
    QTabWidget* tabs = page->tabs();
    PackageBundleTabs* bundle = page->bundleTabs();

    // Version and date in the header; no empty README: the page opens on the components.
    QCOMPARE(page->package().latestVersion, QStringLiteral("1.0.0"));
    QVERIFY(page->package().createdAt.isValid());
    QVERIFY(!tabs->isTabVisible(PackageDetailsPage::ReadmeTab));
    QCOMPARE(tabs->currentIndex(), int(PackageDetailsPage::ComponentsTab));

    // Components: name, title, status, compiled; the code read-only in a code font.
    QTreeWidget* components = bundle->components()->list();
    QCOMPARE(column(components),
             (QStringList{QStringLiteral("ArticleLayout"), QStringLiteral("ProductCard")}));
    QCOMPARE(column(components, ComponentsView::StatusColumn),
             (QStringList{QStringLiteral("published"), QStringLiteral("published")}));
    QCOMPARE(column(components, ComponentsView::CompiledColumn),
             (QStringList{QStringLiteral("Yes"), QStringLiteral("Yes")}));
    components->setCurrentItem(components->topLevelItem(1));
    QPlainTextEdit* code = bundle->components()->codeView();
    QVERIFY(code->isReadOnly());
    QCOMPARE(code->font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    QVERIFY2(code->toPlainText().contains(QStringLiteral("const properties")),
             qPrintable(code->toPlainText()));
    QVERIFY(!bundle->components()->descriptionLabel()->text().isEmpty());

    // Assets: the images as thumbnails with their size and dimensions, fetched once the tab shows them.
    const int fetchedBefore = ThumbnailLoader::instance()->fetchCount();
    AssetGrid* assets = bundle->assets();
    QVERIFY(tabs->isTabVisible(PackageDetailsPage::AssetsTab));
    QCOMPARE(assets->thumbnailsShown(), 0); // not before the tab is opened
    QCOMPARE(ThumbnailLoader::instance()->fetchCount(), fetchedBefore);
    tabs->setCurrentIndex(PackageDetailsPage::AssetsTab);
    QListWidget* images = assets->images();
    QVERIFY(images->count() >= 2);
    QStringList imageTexts;
    for (int row = 0; row < images->count(); ++row)
        imageTexts.append(images->item(row)->text());
    QVERIFY2(
        imageTexts.join(QLatin1Char('|')).contains(QStringLiteral("product-placeholder.png\n64 × 48 · ")),
        qPrintable(imageTexts.join(QLatin1Char('|'))));
    QTRY_COMPARE_WITH_TIMEOUT(assets->thumbnailsShown(), images->count(), kTimeoutMs);
    const int fetched = ThumbnailLoader::instance()->fetchCount();
    QCOMPARE(fetched - fetchedBefore, images->count());

    // An asset downloads through the downloads panel, checked against its announced size.
    const QString saveIn = m_dir.filePath(QStringLiteral("assets"));
    QDir().mkpath(saveIn);
    window->downloads()->setChooser([saveIn](const QString& proposed, bool) {
        return QDir(saveIn).filePath(QFileInfo(proposed).fileName());
    });
    images->setCurrentRow(0);
    QVERIFY(assets->downloadButton()->isEnabled());
    const QString name = images->item(0)->text().section(QLatin1Char('\n'), 0, 0);
    QTest::mouseClick(assets->downloadButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(QDir(saveIn).filePath(name)), kTimeoutMs);
    QVERIFY(window->downloads()->panel()->isVisible());

    // The resolved bundle: the package, then its dependency, each with its components and assets.
    QVERIFY(tabs->isTabVisible(PackageDetailsPage::BundleTab));
    tabs->setCurrentIndex(PackageDetailsPage::BundleTab);
    QTreeWidget* tree = bundle->bundle()->tree();
    QCOMPARE(column(tree),
             (QStringList{QStringLiteral("demo-project@1.0.0"), QStringLiteral("demo-ui-kit@1.0.0")}));
    QTreeWidgetItem* dependencyComponents = tree->topLevelItem(1)->child(0);
    QStringList dependencyNames;
    for (int i = 0; i < dependencyComponents->childCount(); ++i)
        dependencyNames.append(dependencyComponents->child(i)->text(0));
    QCOMPARE(dependencyNames, (QStringList{QStringLiteral("PriceTag"), QStringLiteral("RatingStars")}));
    QVERIFY(tabs->isTabVisible(PackageDetailsPage::CompiledTab));

    // Export: the JSON parses and holds every component of the package and of its dependency.
    const QString exported = m_dir.filePath(QStringLiteral("bundle.json"));
    QString error;
    QVERIFY2(bundle->bundle()->exportTo(exported, &error), qPrintable(error));
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError parse;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parse).object();
    QCOMPARE(parse.error, QJsonParseError::NoError);
    QStringList exportedComponents =
        root.value(QLatin1String("package")).toObject().value(QLatin1String("components")).toObject().keys();
    for (const QJsonValue& dependency : root.value(QLatin1String("dependencies")).toArray())
        exportedComponents += dependency.toObject().value(QLatin1String("components")).toObject().keys();
    exportedComponents.sort();
    QCOMPARE(exportedComponents, (QStringList{QStringLiteral("ArticleLayout"), QStringLiteral("PriceTag"),
                                              QStringLiteral("ProductCard"), QStringLiteral("RatingStars")}));
    QVERIFY(!root.value(QLatin1String("package"))
                 .toObject()
                 .value(QLatin1String("components"))
                 .toObject()
                 .value(QLatin1String("ProductCard"))
                 .toObject()
                 .value(QLatin1String("code"))
                 .toString()
                 .isEmpty());

    // The dependency, as a projectId@version link, opens the dependency's page.
    QVERIFY(tabs->isTabVisible(PackageDetailsPage::DependenciesTab));
    const QList<QPushButton*> links = page->contents()->dependencyLinks();
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first()->text(), QStringLiteral("demo-ui-kit@1.0.0"));
    tabs->setCurrentIndex(PackageDetailsPage::DependenciesTab);
    QTest::mouseClick(links.first(), Qt::LeftButton);
    PackageDetailsPage* dependency = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dependency = shown<PackageDetailsPage>(*window)) && dependency != page,
                             kTimeoutMs);
    QCOMPARE(dependency->package().displayName, QStringLiteral("demo-ui-kit@1.0.0"));
    QCOMPARE(column(dependency->bundleTabs()->components()->list()),
             (QStringList{QStringLiteral("PriceTag"), QStringLiteral("RatingStars")}));

    // Back on 1.0.0, the thumbnails are not fetched again: a published package's files are kept.
    window->goBack();
    QTRY_VERIFY_WITH_TIMEOUT((page = shown<PackageDetailsPage>(*window)) &&
                                 page->package().latestVersion == QStringLiteral("1.0.0"),
                             kTimeoutMs);
    page->tabs()->setCurrentIndex(PackageDetailsPage::AssetsTab);
    QTRY_COMPARE_WITH_TIMEOUT(page->bundleTabs()->assets()->thumbnailsShown(),
                              page->bundleTabs()->assets()->images()->count(), kTimeoutMs);
    QCOMPARE(ThumbnailLoader::instance()->fetchCount(), fetched);
}

void TestMetabindPage::partialAnswerShowsWhatCame()
{
    // The server failed on the resolved bundle only: the page shows the rest and says what is missing.
    QVERIFY(m_registry->armFault(
        {{QStringLiteral("match"), QStringLiteral("Package")},
         {QStringLiteral("kind"), QStringLiteral("partial")},
         {QStringLiteral("path"), QJsonArray{QStringLiteral("package"), QStringLiteral("resolved")}},
         {QStringLiteral("message"), QStringLiteral("resolver failed")},
         {QStringLiteral("times"), 1}}));
    const std::unique_ptr<MainWindow> window = this->window();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTRY_COMPARE_WITH_TIMEOUT(window->packageModel()->rowCount(), 3, kTimeoutMs);
    window->openReference(QStringLiteral("1.0.0"));
    PackageDetailsPage* page = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((page = shown<PackageDetailsPage>(*window)), kTimeoutMs);
    QCOMPARE(column(page->bundleTabs()->components()->list()),
             (QStringList{QStringLiteral("ArticleLayout"), QStringLiteral("ProductCard")}));
    QVERIFY(!page->tabs()->isTabVisible(PackageDetailsPage::BundleTab));
    QVERIFY(page->partialNotice()->isVisible());
    QVERIFY2(!page->partialNotice()->text().isEmpty(), "the page says what is missing");
    QVERIFY(m_registry->clearFaults());
}

void TestMetabindPage::sidebarListsComponentsAndAssets()
{
    const std::unique_ptr<MainWindow> window = this->window();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    GroupSection* components = window->sections()->catalogs();
    GroupSection* assets = window->sections()->collections();
    QTRY_COMPARE_WITH_TIMEOUT(components->heading()->text(), QStringLiteral("Components"), kTimeoutMs);
    QCOMPARE(assets->heading()->text(), QStringLiteral("Assets"));
    QTRY_VERIFY_WITH_TIMEOUT(rows(components->list()->model()).contains(QStringLiteral("ProductCard")),
                             kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        rows(assets->list()->model()).contains(QStringLiteral("product-placeholder.png")), kTimeoutMs);
    // A component opens the versions that hold it: HeroBanner came with 1.1.0.
    emit components->groupRequested(QStringLiteral("HeroBanner"));
    QTRY_VERIFY_WITH_TIMEOUT(
        window->browser()->currentPage() &&
            window->browser()->currentPage()->title().contains(QStringLiteral("HeroBanner")),
        kTimeoutMs);
}

void TestMetabindPage::searchAsYouTypeSendsOneRequestPerWord()
{
    const std::unique_ptr<MainWindow> window = this->window();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTRY_COMPARE_WITH_TIMEOUT(window->packageModel()->rowCount(), 3, kTimeoutMs);
    QLineEdit* search = window->searchField();
    QVERIFY(search->isEnabled());
    QVERIFY(m_registry->clearRequestLog());

    // Typed as a person types: quick keys within a word, a pause between words.
    const QStringList words{QStringLiteral("product"), QStringLiteral(" card")};
    for (const QString& word : words) {
        QTest::keyClicks(search, word, Qt::NoModifier, 40);
        QTest::qWait(800);
    }
    QTRY_VERIFY_WITH_TIMEOUT(rows(window->packageModel()).contains(QStringLiteral("ProductCard")),
                             kTimeoutMs);
    int searches = 0;
    for (const QJsonValue& entry : m_registry->requestLog())
        searches +=
            entry.toObject().value(QLatin1String("operationName")).toString() == QLatin1String("Search");
    qInfo("Search requests for %d typed words: %d", int(words.size()), searches);
    QVERIFY2(searches >= 1 && searches <= int(words.size()), qPrintable(QString::number(searches)));

    // A result opens a page of its own: the component with its code.
    const QModelIndexList found =
        window->packageModel()->match(window->packageModel()->index(0, 0), Qt::DisplayRole,
                                      QStringLiteral("ProductCard"), 1, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    emit window->packagePage()->packageActivated(
        found.first().data(PackageListModel::PackageIdRole).value<PackageId>());
    PackageDetailsPage* component = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((component = shown<PackageDetailsPage>(*window)), kTimeoutMs);
    QCOMPARE(column(component->bundleTabs()->components()->list()),
             QStringList{QStringLiteral("ProductCard")});
    QVERIFY(!component->bundleTabs()->components()->codeView()->toPlainText().isEmpty());
    window->goBack();

    // The filters: a tag or an asset type narrows to what carries it.
    SearchFilterBar* bar = window->packagePage()->filterBar();
    QVERIFY(bar->isVisible());
    search->clear();
    QTest::keyClicks(search, QStringLiteral("png"));
    bar->assetTypeField()->setText(QStringLiteral("image/png"));
    emit bar->assetTypeField()->editingFinished();
    QTRY_VERIFY_WITH_TIMEOUT(
        rows(window->packageModel()).contains(QStringLiteral("product-placeholder.png")) &&
            !rows(window->packageModel()).contains(QStringLiteral("ProductCard")),
        kTimeoutMs);
    // A tag alone: the assets and contents that carry it, components (which have no tags) left out.
    bar->assetTypeField()->clear();
    emit bar->assetTypeField()->editingFinished();
    search->clear();
    bar->tagField()->setText(QStringLiteral("commerce"));
    emit bar->tagField()->editingFinished();
    QTRY_COMPARE_WITH_TIMEOUT(
        rows(window->packageModel()),
        (QStringList{QStringLiteral("product-placeholder.png"), QStringLiteral("Trail Runner 2")}),
        kTimeoutMs);
}

QTEST_MAIN(TestMetabindPage)
#include "tst_metabind-page.moc"
