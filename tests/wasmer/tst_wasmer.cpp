// Wasmer (issue 14): the decoders fed every answer shape the real schema allows (acceptance 2), a partial
// answer shown with what is missing, wasmer.toml checked as the CLI does, search filters and references,
// and `depot --registry URL --dialect wasmer --open _/python` opening that package page (acceptance 5).
#include "registry/parts/PackageSearch.h"
#include "registry/wasmer/WasmerAccountDecoder.h"
#include "registry/wasmer/WasmerBackend.h"
#include "registry/wasmer/WasmerDecoder.h"
#include "registry/wasmer/WasmerManifest.h"
#include "registry/wasmer/WasmerPackageDecoder.h"
#include "support/JobOutcome.h"
#include "support/LocalRegistry.h"
#include "views/pages/MarkdownBrowser.h"
#include "views/pages/PackageDetailsPage.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kLoadTimeoutMs = 20000;

QStringList ids(const QList<Package>& packages)
{
    QStringList result;
    for (const Package& package : packages)
        result.append(package.id.toString());
    return result;
}

// The answers answer-shapes.mjs makes for every Wasmer operation, by operation and variant.
QJsonObject answerShapes(QString* error)
{
    QProcess node;
    node.start(QStringLiteral(DEPOT_NODE_EXECUTABLE),
               {QStringLiteral(DEPOT_SOURCE_DIR "/tests/wasmer/answer-shapes.mjs")});
    if (!node.waitForFinished(60000) || node.exitCode() != 0) {
        *error = QString::fromUtf8(node.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(node.readAllStandardOutput()).object();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QStringList fields(const QList<FieldError>& errors)
{
    QStringList result;
    for (const FieldError& error : errors)
        result.append(error.field);
    return result;
}

} // namespace

class TestWasmer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void decodersTakeEveryShapeTheSchemaAllows();
    void partialAnswerShowsDataAndSaysWhatIsMissing();
    void manifestIsCheckedAsTheCliDoes();
    void manifestSyntaxErrorHasItsLine();
    void searchFiltersNarrowAndOrder();
    void referencesNameVersions();
    void commandLineOpensPackagePage();

private:
    std::unique_ptr<LocalRegistry> m_registry;
    QNetworkAccessManager m_network;
};

void TestWasmer::initTestCase()
{
    m_registry = std::make_unique<LocalRegistry>(LocalRegistry::Options{QStringLiteral("demo"), true, {}});
    QString error;
    QVERIFY2(m_registry->start(&error), qPrintable(error));
}

// Acceptance 2: every operation's answer, with every nullable field null, every union member (those Depot
// does not know too), and data with errors: no crash, and the rows and values are still there.
void TestWasmer::decodersTakeEveryShapeTheSchemaAllows()
{
    QString error;
    const QJsonObject shapes = answerShapes(&error);
    QVERIFY2(!shapes.isEmpty(), qPrintable(error));
    qInfo("answer shapes from the %s schema", qPrintable(shapes.value(QStringLiteral("$schema")).toString()));
    int checked = 0;
    for (auto operation = shapes.begin(); operation != shapes.end(); ++operation) {
        const QString name = operation.key();
        if (name.startsWith(QLatin1Char('$')))
            continue;
        const QJsonObject variants = operation.value().toObject();
        QCOMPARE(variants.size(), 4);
        for (auto variant = variants.begin(); variant != variants.end(); ++variant) {
            const QString where = name + QLatin1Char('/') + variant.key();
            const QJsonObject data = variant.value().toObject().value(QStringLiteral("data")).toObject();
            const QJsonValue root = data.begin().value();
            QString whyNot;
            // A list must keep its rows; one value must be there.
            const auto rows = [&](const std::optional<PackagePage>& page) {
                QVERIFY2(page, qPrintable(where + QStringLiteral(": ") + whyNot));
                QVERIFY2(!page->items.isEmpty(), qPrintable(where));
                for (const Package& row : page->items)
                    QVERIFY2(row.id.isValid(), qPrintable(where));
            };
            if (name == QLatin1String("RecentPackageVersions") || name == QLatin1String("SearchPackages") ||
                name == QLatin1String("SearchFilteredPackages")) {
                rows(WasmerDecoder::versionConnection(root, false, &whyNot));
            } else if (name == QLatin1String("InterfaceVersion")) {
                rows(WasmerDecoder::versionConnection(
                    root.toObject().value(QStringLiteral("packageVersions")), true, &whyNot));
            } else if (name == QLatin1String("NamespacePackages")) {
                rows(WasmerAccountDecoder::namespacePackages(root, &whyNot));
            } else if (name == QLatin1String("UserPackages")) {
                rows(WasmerDecoder::packageConnection(root.toObject().value(QStringLiteral("packages")),
                                                      &whyNot));
            } else if (name == QLatin1String("SearchNamespaces") || name == QLatin1String("SearchUsers")) {
                const auto groups = WasmerDecoder::groupConnection(root,
                                                                   name == QLatin1String("SearchUsers")
                                                                       ? QStringLiteral("User")
                                                                       : QStringLiteral("Namespace"),
                                                                   &whyNot);
                // Two rows of a union need not hold either kind; seven cycle through all of them.
                QVERIFY2(groups && (variant.key() != QLatin1String("unions") || !groups->items.isEmpty()),
                         qPrintable(where));
            } else if (name == QLatin1String("PackageVersion")) {
                const auto package = WasmerPackageDecoder::packageVersion(root, &whyNot);
                QVERIFY2(package && package->details, qPrintable(where + QStringLiteral(": ") + whyNot));
                QVERIFY2(!package->versions.isEmpty() && !package->details->modules.isEmpty(),
                         qPrintable(where));
            } else if (name == QLatin1String("PackageDownloads")) {
                const auto offers = WasmerPackageDecoder::downloads(root, &whyNot);
                QVERIFY2(offers && !offers->isEmpty(), qPrintable(where));
            } else if (name == QLatin1String("Interface")) {
                QVERIFY2(WasmerPackageDecoder::interfaceOf(root, &whyNot), qPrintable(where));
            } else if (name == QLatin1String("Interfaces")) {
                QVERIFY2(!WasmerPackageDecoder::interfaces(root).items.isEmpty(), qPrintable(where));
            } else if (name == QLatin1String("Namespace")) {
                QVERIFY2(WasmerAccountDecoder::namespaceOf(root, &whyNot), qPrintable(where));
            } else if (name == QLatin1String("User") || name == QLatin1String("Viewer")) {
                QVERIFY2(WasmerAccountDecoder::user(root, &whyNot), qPrintable(where));
            } else if (name == QLatin1String("ApiTokens")) {
                QVERIFY2(WasmerAccountDecoder::apiTokens(data, &whyNot), qPrintable(where));
            } else if (name == QLatin1String("RegistryStatus")) {
                QVERIFY2(WasmerDecoder::status(data, &whyNot), qPrintable(where));
            } else {
                // Mutations and the publisher's checks read one or two fields in place; they only must not
                // trip over the shapes.
                (void)WasmerAccountDecoder::session(data, QStringLiteral("demo"), &whyNot);
                (void)WasmerAccountDecoder::createdToken(data, QStringLiteral("label"), &whyNot);
                (void)WasmerAccountDecoder::revoked(data, &whyNot);
                continue;
            }
            ++checked;
        }
    }
    QVERIFY2(checked == 17 * 4, qPrintable(QString::number(checked)));

    // The search answer with every union member: only package versions become rows.
    const QJsonObject unions = shapes.value(QStringLiteral("SearchPackages"))
                                   .toObject()
                                   .value(QStringLiteral("unions"))
                                   .toObject()
                                   .value(QStringLiteral("data"))
                                   .toObject();
    const QJsonArray edges =
        unions.value(QStringLiteral("search")).toObject().value(QStringLiteral("edges")).toArray();
    int versions = 0;
    QSet<QString> kinds;
    for (const QJsonValue& edge : edges) {
        const QString kind = edge.toObject()
                                 .value(QStringLiteral("node"))
                                 .toObject()
                                 .value(QStringLiteral("__typename"))
                                 .toString();
        kinds.insert(kind);
        versions += kind == QLatin1String("PackageVersion") ? 1 : 0;
    }
    QVERIFY2(kinds.size() >= 4, qPrintable(QStringList(kinds.values()).join(QLatin1Char(' '))));
    QString whyNot;
    QCOMPARE(WasmerDecoder::versionConnection(unions.value(QStringLiteral("search")), false, &whyNot)
                 ->items.size(),
             versions);
}

// Data with errors: the page shows the data and says what is missing.
void TestWasmer::partialAnswerShowsDataAndSaysWhatIsMissing()
{
    QVERIFY(m_registry->armFault({{QStringLiteral("match"), QStringLiteral("PackageVersion")},
                                  {QStringLiteral("kind"), QStringLiteral("partial")},
                                  {QStringLiteral("path"), QJsonArray{QStringLiteral("getPackageVersion"),
                                                                      QStringLiteral("signature")}}}));
    WasmerBackend wasmer(&m_network, m_registry->endpoint(QStringLiteral("wasmer")), {});
    PackageDetailsPage page(&wasmer, PackageId::fromString(QStringLiteral("_/python")));
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.isShowingContent(), kLoadTimeoutMs);
    QVERIFY(page.readmeView()->toPlainText().contains(QStringLiteral("Usage")));
    QVERIFY(page.partialNotice()->isVisible());
    QVERIFY2(page.partialNotice()->text().contains(QStringLiteral("the signature")),
             qPrintable(page.partialNotice()->text()));
    // isSigned came: the page still knows the version is signed, only not by whom.
    QCOMPARE(page.package().details->signature, PackageDetails::Signature::Signed);
    page.reload();
    QTRY_VERIFY_WITH_TIMEOUT(page.isShowingContent() && !page.partialNotice()->isVisible(), kLoadTimeoutMs);
}

void TestWasmer::manifestIsCheckedAsTheCliDoes()
{
    QTemporaryDir dir;
    const QString root = dir.path();
    writeFile(root + QStringLiteral("/wasmer.toml"), R"([package]
name = "demo/tool"
version = "1.0.0"
description = "A tool"
license = "MIT"
readme = "README.md"

[dependencies]
"wasmer/hello" = "^0.2.0"

[[module]]
name = "tool"
source = "tool.wasm"
abi = "wasi"

[module.interfaces]
wasi = "0.1.0-unstable"

[[command]]
name = "tool"
module = "tool"

[fs]
"/data" = "data"
)");
    writeFile(root + QStringLiteral("/tool.wasm"), QByteArrayLiteral("\0asm\1\0\0\0"));
    writeFile(root + QStringLiteral("/README.md"), "# Tool\n");
    QDir(root).mkpath(QStringLiteral("data"));
    const PackageFolder good = WasmerManifest::checkFolder(root);
    QVERIFY2(good.isOk(), qPrintable(fields(good.errors).join(QLatin1Char(' '))));
    QCOMPARE(good.manifestFileName, QStringLiteral("wasmer.toml"));
    QCOMPARE(good.id.toString(), QStringLiteral("demo/tool"));
    QCOMPARE(good.modules.size(), 1);
    QCOMPARE(good.modules.first().interfaces, QStringList{QStringLiteral("wasi@0.1.0-unstable")});
    QCOMPARE(good.dependencies.first().id.toString(), QStringLiteral("wasmer/hello"));
    QCOMPARE(good.filesystem.first().guestPath, QStringLiteral("/data"));

    // What the CLI refuses, each tied to its field.
    writeFile(root + QStringLiteral("/wasmer.toml"), R"([package]
name = "tool"
version = "1.0"
readme = "MISSING.md"

[[module]]
name = "tool"
source = "../outside.wasm"

[[command]]
name = "run"
module = "nope"

[fs]
"/data" = "nowhere"
)");
    const PackageFolder bad = WasmerManifest::checkFolder(root);
    QVERIFY(!bad.isOk());
    const QStringList wrong = fields(bad.errors);
    for (const char* field : {"package.name", "package.version", "package.description", "module.0.source",
                              "command.0.module", "package.readme", "fs./data"})
        QVERIFY2(wrong.contains(QLatin1String(field)),
                 qPrintable(QLatin1String(field) + QStringLiteral(" in ") + wrong.join(QLatin1Char(' '))));

    // The older name is read too; no manifest at all is one problem for the folder.
    QFile::rename(root + QStringLiteral("/wasmer.toml"), root + QStringLiteral("/wapm.toml"));
    QCOMPARE(WasmerManifest::checkFolder(root).manifestFileName, QStringLiteral("wapm.toml"));
    QFile::remove(root + QStringLiteral("/wapm.toml"));
    const PackageFolder none = WasmerManifest::checkFolder(root);
    QCOMPARE(none.errors.size(), 1);
    QVERIFY(none.errors.first().field.isEmpty());

    for (const char* version : {"1.0.0", "0.1.0-unstable", "2.0.0-rc.1+build.5"})
        QVERIFY(WasmerManifest::isSemver(QLatin1String(version)));
    for (const char* version : {"1.0", "01.0.0", "v1.0.0", "1.0.0-"})
        QVERIFY(!WasmerManifest::isSemver(QLatin1String(version)));
}

void TestWasmer::manifestSyntaxErrorHasItsLine()
{
    const PackageFolder broken = WasmerManifest::parse("[package]\nname = \"a/b\"\nversion = 1.0.0\n");
    QVERIFY(!broken.parsed);
    QCOMPARE(broken.errors.size(), 1);
    QCOMPARE(broken.errors.first().line, 3);
}

void TestWasmer::searchFiltersNarrowAndOrder()
{
    WasmerBackend wasmer(&m_network, m_registry->endpoint(QStringLiteral("wasmer")), {});
    SearchFilters wasi;
    wasi.interfaceName = QStringLiteral("wasi");
    const auto implementing = await(wasmer.searchFiltered(QString(), wasi, {}));
    QVERIFY2(implementing.finished(), qPrintable(describe(implementing.error)));
    const QStringList found = ids(implementing.value.items);
    for (const char* id : {"_/python", "JeremyLikness/wasi-ubasic", "vshymanskyy/wasm3"})
        QVERIFY2(found.contains(QLatin1String(id)), qPrintable(found.join(QLatin1Char(' '))));
    SearchFilters none;
    none.interfaceName = QStringLiteral("no-such-interface");
    const auto nothing = await(wasmer.searchFiltered(QString(), none, {}));
    QVERIFY2(nothing.finished(), qPrintable(describe(nothing.error)));
    QVERIFY(nothing.value.items.isEmpty());

    SearchFilters popular;
    popular.order = SearchFilters::Order::MostDownloaded;
    const auto ordered = await(wasmer.searchFiltered(QString(), popular, {}));
    QVERIFY2(ordered.finished(), qPrintable(describe(ordered.error)));
    // cowsay: 92720 downloads over its versions, python 48213.
    QCOMPARE(ordered.value.items.first().id.toString(), QStringLiteral("syrusakbary/cowsay"));
    QVERIFY(ids(ordered.value.items).indexOf(QStringLiteral("_/python")) == 1);

    SearchFilters mit;
    mit.licence = QStringLiteral("MIT");
    const auto licensed = await(wasmer.searchFiltered(QString(), mit, {}));
    QVERIFY2(licensed.finished(), qPrintable(describe(licensed.error)));
    QVERIFY(ids(licensed.value.items).contains(QStringLiteral("JeremyLikness/wasi-ubasic")));
    QVERIFY(!ids(licensed.value.items).contains(QStringLiteral("_/python"))); // PSF-2.0
}

void TestWasmer::referencesNameVersions()
{
    WasmerBackend wasmer(&m_network, m_registry->endpoint(QStringLiteral("wasmer")), {});
    QCOMPARE(wasmer.packageReference(QStringLiteral("python"))->toString(), QStringLiteral("_/python"));
    QCOMPARE(wasmer.referencedVersion(QStringLiteral("python")), QString());
    QCOMPARE(wasmer.packageReference(QStringLiteral("syrusakbary/cowsay@0.1.2"))->toString(),
             QStringLiteral("syrusakbary/cowsay"));
    QCOMPARE(wasmer.referencedVersion(QStringLiteral("syrusakbary/cowsay@0.1.2")), QStringLiteral("0.1.2"));
    QCOMPARE(wasmer.referencedVersion(QStringLiteral("wasmer/hello@latest")), QString());
    const auto older = await(wasmer.packageVersion(
        PackageId::fromString(QStringLiteral("syrusakbary/cowsay")), QStringLiteral("0.1.2")));
    QVERIFY2(older.finished(), qPrintable(describe(older.error)));
    QCOMPARE(older.value.details->version, QStringLiteral("0.1.2"));
    QCOMPARE(older.value.latestVersion, QStringLiteral("0.2.0"));
    QCOMPARE(older.value.details->runCommand, QStringLiteral("wasmer run syrusakbary/cowsay@0.1.2"));
    const auto missing = await(wasmer.packageVersion(
        PackageId::fromString(QStringLiteral("syrusakbary/cowsay")), QStringLiteral("9.9.9")));
    QVERIFY(missing.failed());
    QCOMPARE(missing.error.reason, Error::Reason::NotFound);
}

// Acceptance 5: the real executable, as a person starts it: the package page opens and shows the package.
void TestWasmer::commandLineOpensPackagePage()
{
    const QString depot = QCoreApplication::applicationDirPath() + QStringLiteral("/depot");
    QVERIFY2(QFileInfo::exists(depot), qPrintable(depot));
    QTemporaryDir home;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    // The page says in the log what it shows once it is loaded (depot.views, off by default).
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("depot.views.debug=true"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(depot,
                  {QStringLiteral("--registry"), m_registry->endpoint(QStringLiteral("wasmer")).toString(),
                   QStringLiteral("--dialect"), QStringLiteral("wasmer"), QStringLiteral("--open"),
                   QStringLiteral("_/python")});
    QVERIFY(process.waitForStarted());
    QString log;
    QTRY_VERIFY2_WITH_TIMEOUT((log += QString::fromUtf8(process.readAll()),
                               log.contains(QStringLiteral("package page shows _/python 0.1.0"))),
                              qPrintable(log.right(2000)), kLoadTimeoutMs);
    QVERIFY(log.contains(QStringLiteral("open package:_/python")));
    process.terminate();
    if (!process.waitForFinished(5000))
        process.kill();
}

QTEST_MAIN(TestWasmer)
#include "tst_wasmer.moc"
