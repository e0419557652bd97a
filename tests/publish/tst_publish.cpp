// Publishing to DataPM: the local package-file checks (pure, hostile input), the version editor and saver
// (byte for byte), and the publisher against the real local registry (new package, identical file, a
// too-low version, bad files that send nothing, a cancel once createVersion was sent, making it public).
// The wizard's own tests are in tests/publish-wizard/.

#include "PublishTestSupport.h"
#include "registry/datapm/publish/DataPmCsvInference.h"
#include "registry/datapm/publish/DataPmPackageFileChecker.h"
#include "registry/datapm/publish/DataPmVersionEditor.h"
#include "registry/publish/PackageFileSaver.h"
#include "views/pages/MarkdownBrowser.h"
#include "views/pages/PackageDetailsPage.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestPublish : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void checkerAcceptsGoodFile();
    void checkerFieldErrors_data();
    void checkerFieldErrors();
    void checkerSyntaxErrorPosition();
    void checkerOverridesWin();
    void slugMatcherAgreesWithSchemaPattern();
    void checkerSurvivesHostileInput();

    void versionEditorChangesOnlyTheVersion();
    void versionEditorRefusesAmbiguity_data();
    void versionEditorRefusesAmbiguity();
    void saverWritesAndRefusesChangedFile();

    void publishNewPackage();
    void identicalFileAnswersExistingVersion();
    void higherVersionRequiredThenBump();
    void badFilesSendNothing_data();
    void badFilesSendNothing();
    void cancelAfterCreateVersionSent();
    void lostAnswerAfterCreateVersionFindsVersion();
    void makePublicWhenCatalogIsPublic();
    void createCatalog();
    void notSignedInIsExplained();
    void unsupportedRegistryRefuses();
    // Issue 16
    void readmeAndLicenceFilesArePublished();
    void refusedPublishChangesNothing();

    void csvTypesAreInferred();
    void csvSurvivesHostileInput();
    void csvDelimiterIgnoresQuotedText();
    void csvReadmeTableEscapesColumnNames();
    void csvFromLocalRegistryIsAccepted();
    void csvFetchFailuresAreExplained();

private:
    std::unique_ptr<RegistryBackend> signedInBackend();
    PublishResult publish(RegistryBackend& backend, const QByteArray& file,
                          const PackageFileFields& overrides = {});

    LocalRegistry m_registry{{QStringLiteral("demo"), true, {}}};
    QNetworkAccessManager m_network;
};

void TestPublish::initTestCase()
{
    QString error;
    QVERIFY2(m_registry.start(&error), qPrintable(error));
}

void TestPublish::cleanup()
{
    QVERIFY(m_registry.clearFaults());
}

std::unique_ptr<RegistryBackend> TestPublish::signedInBackend()
{
    auto headers = std::make_shared<SessionHeaders>();
    auto backend = makeBackend(TestDialects::dataPm(), m_registry.endpoint(QStringLiteral("datapm")),
                               &m_network, headers);
    const auto signedIn =
        await(backend->passwordSignIn()->signIn(QStringLiteral("demo"), QStringLiteral("demo-password-1")));
    if (!signedIn.finished())
        qWarning("sign-in failed: %s", qPrintable(signedIn.error.message));
    headers->set(signedIn.value);
    return backend;
}

PublishResult TestPublish::publish(RegistryBackend& backend, const QByteArray& file,
                                   const PackageFileFields& overrides)
{
    const auto outcome =
        await(backend.packageFilePublishing()->publish({QStringLiteral("demo"), file, overrides, {}}));
    if (!outcome.finished())
        qWarning("publish job did not finish: %s", qPrintable(outcome.error.message));
    return outcome.value;
}

// --- checks -------------------------------------------------------------------------------------------

void TestPublish::checkerAcceptsGoodFile()
{
    const PackageFileCheck check = DataPmPackageFileChecker::check(
        packageFile(QStringLiteral("good-file"), QStringLiteral("1.0.0"), threeColumns()));
    QVERIFY2(check.isOk(),
             qPrintable(check.errors.value(0).field + QLatin1Char(' ') + check.errors.value(0).message));
    QCOMPARE(check.fields.packageSlug, QStringLiteral("good-file"));
    QCOMPARE(check.fields.version, QStringLiteral("1.0.0"));
    QVERIFY(check.fields.readmeMarkdown->startsWith(QLatin1String("# Test data")));
}

void TestPublish::checkerFieldErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("fields");
    const QByteArray good = packageFile(QStringLiteral("fine"), QStringLiteral("1.0.0"), threeColumns());
    const auto edit = [&good](const char* from, const char* to) {
        QByteArray text = good;
        return text.replace(from, to);
    };
    QTest::newRow("invalid slug") << edit("\"packageSlug\": \"fine\"", "\"packageSlug\": \"Not_Valid!\"")
                                  << QStringList{QStringLiteral("/packageSlug")};
    QTest::newRow("slug too long") << edit("\"packageSlug\": \"fine\"",
                                           "\"packageSlug\": \"a123456789a123456789a123456789a123456789\"")
                                   << QStringList{QStringLiteral("/packageSlug")};
    QTest::newRow("slug double hyphen-dot") << edit("\"packageSlug\": \"fine\"", "\"packageSlug\": \"a.-b\"")
                                            << QStringList{QStringLiteral("/packageSlug")};
    QTest::newRow("missing fields") << edit("\"description\": \"Rows made by the publish tests.\",\n", "")
                                           .replace("\"canonical\": true,\n", "")
                                    << QStringList{QStringLiteral("/description"),
                                                   QStringLiteral("/canonical")};
    QTest::newRow("bad version") << edit("\"version\": \"1.0.0\"", "\"version\": \"1.0\"")
                                 << QStringList{QStringLiteral("/version")};
    QTest::newRow("version not text")
        << edit("\"version\": \"1.0.0\"", "\"version\": 1") << QStringList{QStringLiteral("/version")};
    QTest::newRow("display name") << edit("\"displayName\": \"Test data fine\"",
                                          "\"displayName\": \"1 (bad)\"")
                                  << QStringList{QStringLiteral("/displayName")};
    QTest::newRow("display name too long")
        << edit("\"displayName\": \"Test data fine\"",
                QByteArray("\"displayName\": \"A" + QByteArray(128, 'b') + '"'))
        << QStringList{QStringLiteral("/displayName")};
    QTest::newRow("readme too long") << edit("\"readmeMarkdown\": \"# Test data\\n\\nRows for a test.\"",
                                             QByteArray("\"readmeMarkdown\": \"" + QByteArray(100001, 'x') +
                                                        '"'))
                                     << QStringList{QStringLiteral("/readmeMarkdown")};
    QTest::newRow("no licence with current schema")
        << edit("\"licenseMarkdown\": \"# License\\n\\nPublic domain.\",\n", "")
        << QStringList{QStringLiteral("/licenseMarkdown")};
    QTest::newRow("schemas not a list") << edit("\"schemas\": [", "\"schemas\": {\"x\": [")
                                               .replace("  ],\n  \"sources\"", "  ]},\n  \"sources\"")
                                        << QStringList{QStringLiteral("/schemas")};
    QTest::newRow("property without types")
        << edit("\"types\": { \"integer\": { \"recordCount\": 3 } }", "\"kind\": 1")
        << QStringList{QStringLiteral("/schemas/0/properties/count/types")};
    QTest::newRow("source without streamSets") << edit("      \"streamSets\": [ { \"slug\": \"rows\", "
                                                       "\"schemaTitles\": [ \"rows\" ], \"updateMethods\": [ "
                                                       "\"BATCH_FULL_SET\" ] } ]\n",
                                                       "      \"x\": 1\n")
                                               << QStringList{QStringLiteral("/sources/0/streamSets")};
    QTest::newRow("unknown update method")
        << edit("BATCH_FULL_SET", "SOMETIMES")
        << QStringList{QStringLiteral("/sources/0/streamSets/0/updateMethods")};
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringList{QString()};
}

void TestPublish::checkerFieldErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, fields);
    const PackageFileCheck check = DataPmPackageFileChecker::check(text);
    QVERIFY(!check.isOk());
    QStringList found;
    for (const FieldError& error : check.errors) {
        found.append(error.field);
        QVERIFY2(!error.message.isEmpty(), qPrintable(error.field));
    }
    for (const QString& field : fields)
        QVERIFY2(found.contains(field), qPrintable(found.join(QLatin1Char(','))));
}

void TestPublish::checkerSyntaxErrorPosition()
{
    const QByteArray text = "{\n  \"packageSlug\": \"x\",\n  \"version\" \"1.0.0\"\n}\n";
    const PackageFileCheck check = DataPmPackageFileChecker::check(text);
    QVERIFY(!check.parsed);
    QCOMPARE(check.errors.size(), 1);
    QCOMPARE(check.errors.first().field, QString());
    QCOMPARE(check.errors.first().line, 3);
    QVERIFY(check.errors.first().column > 1);
    QVERIFY(check.errors.first().message.contains(QLatin1String("line 3")));
    QVERIFY(!DataPmPackageFileChecker::check(QByteArray()).isOk());
}

void TestPublish::checkerOverridesWin()
{
    const QByteArray text = packageFile(QStringLiteral("fine"), QStringLiteral("1.0.0"), threeColumns());
    PackageFileFields overrides;
    overrides.version = QStringLiteral("one");
    overrides.displayName = QStringLiteral("Better name");
    PackageFileCheck check = DataPmPackageFileChecker::check(text, overrides);
    QCOMPARE(check.errorsFor(QStringLiteral("/version")).size(), 1);
    QCOMPARE(check.fields.displayName, QStringLiteral("Better name"));
    overrides.version = QStringLiteral("2.0.0");
    overrides.readmeMarkdown = QStringLiteral("# New readme");
    check = DataPmPackageFileChecker::check(text, overrides);
    QVERIFY(check.isOk());
    QCOMPARE(check.fields.readmeMarkdown, QStringLiteral("# New readme"));
}

void TestPublish::slugMatcherAgreesWithSchemaPattern()
{
    // The schema's expression, on inputs short enough for its backtracking to stay cheap.
    const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(?:(?:(?:[._]|__|[-]*)[a-z0-9]+)+)?$"));
    const QString alphabet = QStringLiteral("a0._-A ");
    QRandomGenerator random(42);
    for (int i = 0; i < 20000; ++i) {
        QString slug;
        const int length = int(random.bounded(9));
        for (int j = 0; j < length; ++j)
            slug.append(alphabet.at(int(random.bounded(alphabet.size()))));
        QCOMPARE(DataPmPackageFileChecker::isValidPackageSlug(slug), pattern.match(slug).hasMatch());
    }
    // A near miss that makes the expression backtrack exponentially is answered at once.
    QVERIFY(
        !DataPmPackageFileChecker::isValidPackageSlug(QString(5000, QLatin1Char('a')) + QLatin1Char('!')));
}

void TestPublish::checkerSurvivesHostileInput()
{
    const QByteArray good = packageFile(QStringLiteral("fine"), QStringLiteral("1.0.0"), threeColumns());
    QRandomGenerator random(7);
    for (int i = 0; i < 3000; ++i) {
        QByteArray text = good;
        const int edits = 1 + int(random.bounded(8));
        for (int j = 0; j < edits; ++j) {
            const int at = int(random.bounded(text.size()));
            switch (random.bounded(3)) {
            case 0:
                text[at] = char(random.bounded(256));
                break;
            case 1:
                text.remove(at, int(random.bounded(20)));
                break;
            default:
                text.insert(at, "{[\"\\"[random.bounded(4)]);
                break;
            }
        }
        const PackageFileCheck check = DataPmPackageFileChecker::check(text);
        QVERIFY(check.isOk() || !check.errors.isEmpty());
        DataPmVersionEditor::versionSpan(text); // must not crash either
    }
    // Deeply nested properties are refused, not recursed into without end.
    QByteArray deep = "{\"schemas\":[{\"properties\":";
    for (int i = 0; i < 200; ++i)
        deep += "{\"p\":{\"title\":\"p\",\"types\":{},\"properties\":";
    deep += "{}";
    for (int i = 0; i < 200; ++i)
        deep += "}}";
    deep += "}]}";
    QVERIFY(!DataPmPackageFileChecker::check(deep).errorsFor(QStringLiteral("/schemas"), true).isEmpty());
}

// --- version editor and saver --------------------------------------------------------------------------

void TestPublish::versionEditorChangesOnlyTheVersion()
{
    // Nested "version" keys, an escaped key elsewhere, CRLF line ends and odd spacing all stay as they are.
    const QByteArray text =
        "{\r\n  \"meta\": {\"version\": \"9.9.9\"},\r\n  \"notes\": \"a \\\"version\\\": 3\",\r\n"
        "  \"version\"   :\t\"1.2.3\" ,\r\n  \"list\": [\"version\", {\"version\": 1}]\r\n}\r\n";
    const QByteArray changed = DataPmVersionEditor::withVersion(text, QStringLiteral("2.0.0"));
    QByteArray expected = text;
    expected.replace("\"1.2.3\"", "\"2.0.0\"");
    QCOMPARE(changed, expected);
    // Escaped key spelling still names the top-level version.
    const QByteArray escaped = "{\"ver\\u0073ion\": \"1.0.0\", \"x\": 1}";
    QCOMPARE(DataPmVersionEditor::withVersion(escaped, QStringLiteral("1.0.1")),
             QByteArray("{\"ver\\u0073ion\": \"1.0.1\", \"x\": 1}"));
    // Longer and shorter numbers.
    const QByteArray file = packageFile(QStringLiteral("keep"), QStringLiteral("1.0.0"), threeColumns());
    const QByteArray bumped = DataPmVersionEditor::withVersion(file, QStringLiteral("10.20.30"));
    QCOMPARE(bumped.size(), file.size() + 3);
    QCOMPARE(QByteArray(bumped).replace("\"10.20.30\"", "\"1.0.0\""), file);
}

void TestPublish::versionEditorRefusesAmbiguity_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("two version keys") << QByteArray("{\"version\": \"1.0.0\", \"version\": \"1.0.1\"}");
    QTest::newRow("no version") << QByteArray("{\"v\": \"1.0.0\"}");
    QTest::newRow("not a string") << QByteArray("{\"version\": 1}");
    QTest::newRow("not JSON") << QByteArray("{\"version\": \"1.0.0\"");
    QTest::newRow("array") << QByteArray("[{\"version\": \"1.0.0\"}]");
}

void TestPublish::versionEditorRefusesAmbiguity()
{
    QFETCH(QByteArray, text);
    QVERIFY(DataPmVersionEditor::withVersion(text, QStringLiteral("2.0.0")).isEmpty());
}

void TestPublish::saverWritesAndRefusesChangedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.datapm.json"));
    const QByteArray original = packageFile(QStringLiteral("keep"), QStringLiteral("1.0.0"), threeColumns());
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(original);
    }
    const QByteArray bumped = DataPmVersionEditor::withVersion(original, QStringLiteral("1.1.0"));
    QString error;
    QVERIFY(!PackageFileSaver::save(path, "something else", bumped, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(PackageFileSaver::save(path, original, bumped, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bumped);
}

// --- publisher against the local registry ---------------------------------------------------------------

void TestPublish::publishNewPackage()
{
    auto backend = signedInBackend();
    QVERIFY(m_registry.clearRequestLog());
    const PublishResult result =
        publish(*backend, packageFile(QStringLiteral("core-new"), QStringLiteral("1.0.0"), threeColumns()));
    QCOMPARE(int(result.outcome), int(PublishResult::Outcome::Published));
    QCOMPARE(result.version, QStringLiteral("1.0.0"));
    QVERIFY(result.packageCreated);
    QCOMPARE(result.serverVersions, QStringList{QStringLiteral("1.0.0")});
    QCOMPARE(operationsIn(m_registry.requestLog()),
             (QStringList{QStringLiteral("PublishPackageState"), QStringLiteral("CreatePackage"),
                          QStringLiteral("CreateVersion")}));
    const auto package = await(backend->package({QStringLiteral("demo"), QStringLiteral("core-new")}));
    QVERIFY(package.finished());
    QVERIFY(package.value.readmeMarkdown.startsWith(QLatin1String("# Test data")));
    QVERIFY(!package.value.isPublic); // new packages are private
}

void TestPublish::identicalFileAnswersExistingVersion()
{
    auto backend = signedInBackend();
    const QByteArray file = packageFile(QStringLiteral("core-same"), QStringLiteral("1.0.0"), threeColumns());
    QCOMPARE(int(publish(*backend, file).outcome), int(PublishResult::Outcome::Published));
    // Same content, higher number: the server answers the existing 1.0.0.
    PackageFileFields overrides;
    overrides.version = QStringLiteral("1.0.1");
    PublishResult again = publish(*backend, file, overrides);
    QCOMPARE(int(again.outcome), int(PublishResult::Outcome::Unchanged));
    QCOMPARE(again.version, QStringLiteral("1.0.0"));
    // Same content, same number.
    again = publish(*backend, file);
    QCOMPARE(int(again.outcome), int(PublishResult::Outcome::Unchanged));
    QCOMPARE(again.version, QStringLiteral("1.0.0"));
}

void TestPublish::higherVersionRequiredThenBump()
{
    auto backend = signedInBackend();
    const QByteArray first =
        packageFile(QStringLiteral("core-bump"), QStringLiteral("1.0.0"), threeColumns());
    QCOMPARE(int(publish(*backend, first).outcome), int(PublishResult::Outcome::Published));
    // A breaking change (a column removed) with a patch number.
    QList<Column> fewer = threeColumns();
    fewer.removeLast();
    const QByteArray breaking = packageFile(QStringLiteral("core-bump"), QStringLiteral("1.0.1"), fewer);
    const PublishResult refused = publish(*backend, breaking);
    QCOMPARE(int(refused.outcome), int(PublishResult::Outcome::HigherVersionRequired));
    QCOMPARE(refused.minNextVersion, QStringLiteral("2.0.0"));
    QCOMPARE(refused.existingVersion, QStringLiteral("1.0.0"));
    QVERIFY(!refused.error.userText().isEmpty());
    const QByteArray bumped =
        backend->packageFilePublishing()->packageFileWithVersion(breaking, refused.minNextVersion);
    QVERIFY(!bumped.isEmpty());
    const PublishResult retried = publish(*backend, bumped);
    QCOMPARE(int(retried.outcome), int(PublishResult::Outcome::Published));
    QCOMPARE(retried.version, QStringLiteral("2.0.0"));
    QCOMPARE(retried.serverVersions, (QStringList{QStringLiteral("1.0.0"), QStringLiteral("2.0.0")}));
}

void TestPublish::badFilesSendNothing_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("field");
    const QByteArray good = packageFile(QStringLiteral("core-bad"), QStringLiteral("1.0.0"), threeColumns());
    QTest::newRow("invalid slug") << QByteArray(good).replace("\"core-bad\"", "\"Core Bad\"")
                                  << QStringLiteral("/packageSlug");
    QTest::newRow("missing fields") << QByteArray(good).replace("\"canonical\": true,\n", "")
                                    << QStringLiteral("/canonical");
    QTest::newRow("malformed JSON") << good.left(good.size() / 2) << QString();
}

void TestPublish::badFilesSendNothing()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, field);
    auto backend = signedInBackend();
    QVERIFY(m_registry.clearRequestLog());
    const PublishResult result = publish(*backend, text);
    QCOMPARE(int(result.outcome), int(PublishResult::Outcome::NotPublished));
    bool found = false;
    for (const FieldError& error : result.fieldErrors)
        found = found || error.field == field;
    QVERIFY(found);
    QTest::qWait(200);
    const QStringList sent = operationsIn(m_registry.requestLog());
    QVERIFY2(sent.isEmpty(), qPrintable(sent.join(QLatin1Char(','))));
}

void TestPublish::cancelAfterCreateVersionSent()
{
    auto backend = signedInBackend();
    QVERIFY(m_registry.armFault({{QStringLiteral("match"), QStringLiteral("CreateVersion")},
                                 {QStringLiteral("kind"), QStringLiteral("delay")},
                                 {QStringLiteral("ms"), 1500}}));
    QVERIFY(m_registry.clearRequestLog());
    PublishJob* job = backend->packageFilePublishing()->publish(
        {QStringLiteral("demo"),
         packageFile(QStringLiteral("core-cancel"), QStringLiteral("1.0.0"), threeColumns()),
         {},
         {}});
    QList<PublishStep> steps;
    connect(job, &PublishJob::stepChanged, this, [&steps](PublishStep step) { steps.append(step); });
    QPointer<PublishJob> guard(job);
    // Cancel as soon as the registry has seen the CreateVersion request.
    QTRY_VERIFY_WITH_TIMEOUT(operationsIn(m_registry.requestLog()).contains(QStringLiteral("CreateVersion")),
                             10000);
    QVERIFY(guard && guard->versionSent());
    guard->stop();
    const auto outcome = await<PublishResult>(job);
    QVERIFY(outcome.finished());
    const PublishResult& result = outcome.value;
    QVERIFY(result.interrupted);
    QCOMPARE(result.error.kind, Error::Kind::Canceled);
    QVERIFY(steps.contains(PublishStep::VerifyingState));
    // The delay fault drops the mutation when the client leaves: the package is there, with no version.
    QCOMPARE(int(result.outcome), int(PublishResult::Outcome::NotPublished));
    QVERIFY(result.packageWithoutVersions());
    const auto package = await(backend->package({QStringLiteral("demo"), QStringLiteral("core-cancel")}));
    QVERIFY(package.finished());
    QVERIFY(package.value.versions.isEmpty());
    // Delete it as the wizard offers.
    QVERIFY(await(backend->packageFilePublishing()->deletePackage(
                      {QStringLiteral("demo"), QStringLiteral("core-cancel")}))
                .finished());
    const auto gone = await(backend->package({QStringLiteral("demo"), QStringLiteral("core-cancel")}));
    QVERIFY(!gone.finished());
    QCOMPARE(gone.error.reason, Error::Reason::NotFound);
}

void TestPublish::lostAnswerAfterCreateVersionFindsVersion()
{
    // The registry makes the version, then the connection drops mid-answer: the job asks and finds it.
    auto backend = signedInBackend();
    QVERIFY(m_registry.armFault({{QStringLiteral("match"), QStringLiteral("CreateVersion")},
                                 {QStringLiteral("kind"), QStringLiteral("drop")}}));
    QVERIFY(m_registry.clearRequestLog());
    const PublishResult result =
        publish(*backend, packageFile(QStringLiteral("core-drop"), QStringLiteral("1.0.0"), threeColumns()));
    QCOMPARE(int(result.outcome), int(PublishResult::Outcome::Published));
    QVERIFY(result.interrupted);
    QCOMPARE(result.version, QStringLiteral("1.0.0"));
    QVERIFY(result.error.isError());
    QCOMPARE(operationsIn(m_registry.requestLog()).last(), QStringLiteral("PublishPackageState"));
    // The same with an existing package and a version that does not arrive (the answer is an error page).
    QVERIFY(m_registry.armFault({{QStringLiteral("match"), QStringLiteral("CreateVersion")},
                                 {QStringLiteral("kind"), QStringLiteral("html500")}}));
    QList<Column> more = threeColumns();
    more.append({QStringLiteral("extra"), QStringLiteral("string")});
    const PublishResult second =
        publish(*backend, packageFile(QStringLiteral("core-drop"), QStringLiteral("1.1.0"), more));
    QCOMPARE(int(second.outcome), int(PublishResult::Outcome::NotPublished));
    QVERIFY(second.interrupted);
    QVERIFY(!second.packageWithoutVersions());
    QCOMPARE(second.serverVersions, QStringList{QStringLiteral("1.0.0")});
}

void TestPublish::createCatalog()
{
    auto backend = signedInBackend();
    PackageGroup catalog;
    catalog.slug = QStringLiteral("demo-extra");
    catalog.displayName = QStringLiteral("Demo Extra");
    catalog.isPublic = false;
    const auto made = await(backend->packageFilePublishing()->createTarget(catalog));
    QVERIFY2(made.finished(), qPrintable(made.error.message));
    QCOMPARE(made.value.slug, QStringLiteral("demo-extra"));
    QVERIFY(!made.value.isPublic);
    const auto mine = await(backend->packageFilePublishing()->publishTargets());
    bool found = false;
    for (const PackageGroup& item : mine.value)
        found = found || item.slug == QLatin1String("demo-extra");
    QVERIFY(found);
    // Publishing into a private catalog: the result does not offer to make the package public.
    const PublishResult result =
        await(backend->packageFilePublishing()->publish(
                  {QStringLiteral("demo-extra"),
                   packageFile(QStringLiteral("in-private"), QStringLiteral("1.0.0"), threeColumns()),
                   {},
                   {}}))
            .value;
    QCOMPARE(int(result.outcome), int(PublishResult::Outcome::Published));
    QVERIFY(!result.catalogIsPublic);
    QVERIFY(!result.canMakePublic());
}

void TestPublish::makePublicWhenCatalogIsPublic()
{
    auto backend = signedInBackend();
    const PublishResult result = publish(
        *backend, packageFile(QStringLiteral("core-public"), QStringLiteral("1.0.0"), threeColumns()));
    QCOMPARE(int(result.outcome), int(PublishResult::Outcome::Published));
    QVERIFY(result.catalogIsPublic);
    QVERIFY(result.canMakePublic());
    QVERIFY(await(backend->packageFilePublishing()->setPackagePublic(result.package, true)).finished());
    auto anonymous =
        makeBackend(TestDialects::dataPm(), m_registry.endpoint(QStringLiteral("datapm")), &m_network);
    const auto package = await(anonymous->package(result.package));
    QVERIFY(package.finished());
    QVERIFY(package.value.isPublic);
}

void TestPublish::notSignedInIsExplained()
{
    auto backend =
        makeBackend(TestDialects::dataPm(), m_registry.endpoint(QStringLiteral("datapm")), &m_network);
    const PublishResult result =
        publish(*backend, packageFile(QStringLiteral("core-anon"), QStringLiteral("1.0.0"), threeColumns()));
    QCOMPARE(int(result.outcome), int(PublishResult::Outcome::NotPublished));
    QVERIFY(result.error.isError());
    QVERIFY(!result.packageCreated);
}

void TestPublish::unsupportedRegistryRefuses()
{
    auto backend =
        makeBackend(TestDialects::metabind(), m_registry.endpoint(QStringLiteral("metabind")), &m_network);
    // No publishing part: nothing to call, and a reason to show instead.
    QVERIFY(!backend->packageFilePublishing());
    QVERIFY(backend->whyMissing(RegistryPart::Publishing).contains(QLatin1String("Metabind")));
}

// --- issue 16: what a real DataPM server showed
// -------------------------------------------------------------

void TestPublish::readmeAndLicenceFilesArePublished()
{
    // A package file as the datapm CLI writes it: README and licence named by path, beside the file.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QJsonObject file = QJsonDocument::fromJson(packageFile(QStringLiteral("named-files"),
                                                           QStringLiteral("1.0.0"), threeColumns()))
                           .object();
    file.remove(QStringLiteral("readmeMarkdown"));
    file.remove(QStringLiteral("licenseMarkdown"));
    file.insert(QStringLiteral("readmeFile"), QStringLiteral("README.md"));
    file.insert(QStringLiteral("licenseFile"), QStringLiteral("docs/LICENSE.md"));
    const QByteArray text = QJsonDocument(file).toJson();
    auto backend = signedInBackend();
    PackageFilePublishing* publishing = backend->packageFilePublishing();

    // A named file that is missing is an error on its field, and nothing is sent.
    PackageFileCheck check = publishing->checkPackageFile(text, {}, folder.path());
    QVERIFY(!check.isOk());
    QVERIFY(!check.errorsFor(QStringLiteral("/readmeFile")).isEmpty());
    QVERIFY(!check.errorsFor(QStringLiteral("/licenseFile")).isEmpty());

    const auto write = [&folder](const QString& name, const QByteArray& content) {
        QDir(folder.path()).mkpath(QFileInfo(name).path());
        QFile out(folder.filePath(name));
        return out.open(QIODevice::WriteOnly) && out.write(content) == content.size();
    };
    QVERIFY(write(QStringLiteral("README.md"), "# Named files\n\nThe README came from a file."));
    QVERIFY(write(QStringLiteral("docs/LICENSE.md"), "# Licence\n\nCC0, from a file."));
    // The form shows the files' text.
    check = publishing->checkPackageFile(text, {}, folder.path());
    QVERIFY2(check.isOk(), qPrintable(check.errors.isEmpty() ? QString() : check.errors.first().message));
    QVERIFY(check.fields.readmeMarkdown.value_or(QString()).contains(QLatin1String("came from a file")));
    QVERIFY(check.fields.licenseMarkdown.value_or(QString()).contains(QLatin1String("CC0")));

    const auto published = await(publishing->publish({QStringLiteral("demo"), text, {}, folder.path()}));
    QVERIFY(published.finished());
    QCOMPARE(int(published.value.outcome), int(PublishResult::Outcome::Published));
    // The package page shows both.
    PackageDetailsPage page(backend.get(), {QStringLiteral("demo"), QStringLiteral("named-files")});
    QTRY_VERIFY_WITH_TIMEOUT(page.isShowingContent(), 15000);
    QVERIFY(page.readmeView()->toPlainText().contains(QLatin1String("The README came from a file.")));
    QVERIFY(page.licenseView()->toPlainText().contains(QLatin1String("CC0, from a file.")));
}

void TestPublish::refusedPublishChangesNothing()
{
    auto backend = signedInBackend();
    const QByteArray first =
        packageFile(QStringLiteral("keep-as-is"), QStringLiteral("1.0.0"), threeColumns());
    QCOMPARE(int(publish(*backend, first).outcome), int(PublishResult::Outcome::Published));
    const PackageId id{QStringLiteral("demo"), QStringLiteral("keep-as-is")};
    const auto before = await(backend->package(id));
    QVERIFY(before.finished());

    // The same version with a new description and one more column: the registry wants a higher version.
    PackageFileFields changed;
    changed.description = QStringLiteral("A description that must not reach the registry.");
    changed.displayName = QStringLiteral("A name that must not reach the registry");
    QList<Column> four = threeColumns();
    four.append({QStringLiteral("extra"), QStringLiteral("string")});
    const PublishResult refused =
        publish(*backend, packageFile(QStringLiteral("keep-as-is"), QStringLiteral("1.0.0"), four), changed);
    QCOMPARE(int(refused.outcome), int(PublishResult::Outcome::HigherVersionRequired));

    const auto after = await(backend->package(id));
    QVERIFY(after.finished());
    QCOMPARE(after.value.displayName, before.value.displayName);
    QCOMPARE(after.value.description, before.value.description);
    QCOMPARE(after.value.latestVersion, before.value.latestVersion);
    QCOMPARE(after.value.versions.size(), before.value.versions.size());
    QCOMPARE(after.value.readmeMarkdown, before.value.readmeMarkdown);

    // A higher version goes through, and then the name and description follow the file.
    const PublishResult accepted =
        publish(*backend, packageFile(QStringLiteral("keep-as-is"), QStringLiteral("2.0.0"), four), changed);
    QCOMPARE(int(accepted.outcome), int(PublishResult::Outcome::Published));
    const auto updated = await(backend->package(id));
    QCOMPARE(updated.value.description, *changed.description);
    QCOMPARE(updated.value.displayName, *changed.displayName);
}

// --- CSV -> package file ---------------------------------------------------------------------------------

void TestPublish::csvTypesAreInferred()
{
    const QByteArray csv = "id;name;score;active;born;note\r\n"
                           "1;\"Smith; John\";3.5;true;2001-02-03;\r\n"
                           "2;\"Say \"\"hi\"\"\";4;FALSE;1999-12-31;x\r\n"
                           "-3;Zed;-1e3;false;2000-01-01;\r\n";
    const QList<QStringList> rows = DataPmCsvInference::parse(csv, true);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(1).at(1), QStringLiteral("Smith; John"));
    QCOMPARE(rows.at(2).at(1), QStringLiteral("Say \"hi\""));
    const DataPmCsvInference::Table table = DataPmCsvInference::infer(rows, true);
    QCOMPARE(table.rows, 3);
    QStringList types;
    for (const auto& column : table.columns)
        types.append(column.type);
    QCOMPARE(types,
             (QStringList{QStringLiteral("integer"), QStringLiteral("string"), QStringLiteral("number"),
                          QStringLiteral("boolean"), QStringLiteral("date"), QStringLiteral("string")}));
    QCOMPARE(table.columns.at(0).minNumber, -3.0);
    QCOMPARE(table.columns.at(5).valueCount, 1);
    // A cut-off text drops its partial last row.
    QCOMPARE(DataPmCsvInference::parse("a,b\n1,2\n3,", false).size(), 2);
    QCOMPARE(DataPmCsvInference::slugFor(QUrl(QStringLiteral("https://x.org/data/World Cities (2024).csv"))),
             QStringLiteral("world-cities-2024"));
    QCOMPARE(DataPmCsvInference::slugFor(QUrl(QStringLiteral("https://x.org/"))), QStringLiteral("data"));
    // The generated file passes the checks.
    const PackageFileDraft draft =
        DataPmCsvInference::draft(csv, true, QUrl(QStringLiteral("https://x.org/s.csv")), {});
    const PackageFileCheck check = DataPmPackageFileChecker::check(draft.text);
    QVERIFY2(check.isOk(),
             qPrintable(check.errors.value(0).field + QLatin1Char(' ') + check.errors.value(0).message));
}

void TestPublish::csvSurvivesHostileInput()
{
    QRandomGenerator random(11);
    const QByteArray alphabet = "a1,;\t\"\r\n.-xTtrue";
    for (int i = 0; i < 2000; ++i) {
        QByteArray text;
        const int length = int(random.bounded(200));
        for (int j = 0; j < length; ++j)
            text.append(alphabet.at(int(random.bounded(alphabet.size()))));
        const PackageFileDraft draft = DataPmCsvInference::draft(
            text, random.bounded(2) == 0, QUrl(QStringLiteral("https://x.org/f.csv")), {});
        if (!draft.columns.isEmpty()) {
            const PackageFileCheck check = DataPmPackageFileChecker::check(draft.text);
            QVERIFY2(check.isOk(), qPrintable(QString::fromUtf8(text.toPercentEncoding())));
        }
    }
}

// The delimiter is the one found most often outside quotes in the header: a quoted name may hold the others.
void TestPublish::csvDelimiterIgnoresQuotedText()
{
    const auto names = [](const QByteArray& csv) {
        QStringList list;
        for (const auto& column :
             DataPmCsvInference::infer(DataPmCsvInference::parse(csv, true), true).columns)
            list.append(column.name);
        return list;
    };
    QCOMPARE(
        names("id;\"Smith, Jones, Brown\";score\n1;\"a, b\";2\n"),
        (QStringList{QStringLiteral("id"), QStringLiteral("Smith, Jones, Brown"), QStringLiteral("score")}));
    QCOMPARE(names("id,\"a;b;c;d\",score\n1,x,2\n"),
             (QStringList{QStringLiteral("id"), QStringLiteral("a;b;c;d"), QStringLiteral("score")}));
    QCOMPARE(names("id\t\"x,y;z,w\"\tscore\n1\ta\t2\n"),
             (QStringList{QStringLiteral("id"), QStringLiteral("x,y;z,w"), QStringLiteral("score")}));
    // A quoted line end in the header does not end it, and doubled quotes are text.
    QCOMPARE(names("\"first\nname, with \"\"quotes\"\", and commas\";b;c\n1;2;3\n"),
             (QStringList{QStringLiteral("first\nname, with \"quotes\", and commas"), QStringLiteral("b"),
                          QStringLiteral("c")}));
    // With tabs as delimiters an empty field between two tabs is a column too.
    QCOMPARE(names("a\t\tb\n1\t2\t3\n"),
             (QStringList{QStringLiteral("a"), QStringLiteral("column_2"), QStringLiteral("b")}));
}

// The README's column table is Markdown: a "|" in a column name would end its cell, a line end its row.
void TestPublish::csvReadmeTableEscapesColumnNames()
{
    const QByteArray csv = "\"a|b\",plain,\"tick`y\",\"two\nlines\"\n1,x,2,3\n";
    const PackageFileDraft draft =
        DataPmCsvInference::draft(csv, true, QUrl(QStringLiteral("https://x.org/pipes.csv")), {});
    QCOMPARE(draft.columns.size(), 4);
    QCOMPARE(draft.columns.at(0).name, QStringLiteral("a|b"));
    const PackageFileCheck check = DataPmPackageFileChecker::check(draft.text);
    QVERIFY2(check.isOk(),
             qPrintable(check.errors.value(0).field + QLatin1Char(' ') + check.errors.value(0).message));
    const QString readme =
        QJsonDocument::fromJson(draft.text).object().value(QStringLiteral("readmeMarkdown")).toString();
    QVERIFY2(readme.contains(QStringLiteral("\n| `a\\|b` | integer |\n")), qPrintable(readme));
    QVERIFY2(readme.contains(QStringLiteral("\n| `plain` | string |\n")), qPrintable(readme));
    QVERIFY2(readme.contains(QStringLiteral("\n| ``tick`y`` | integer |\n")), qPrintable(readme));
    QVERIFY2(readme.contains(QStringLiteral("\n| `two lines` | integer |\n")), qPrintable(readme));
    // Every row of the table has its two cells: three pipes that are not escaped.
    const QStringList lines = readme.split(QLatin1Char('\n'));
    const qsizetype header = lines.indexOf(QStringLiteral("| Column | Type |"));
    QVERIFY(header >= 0);
    for (qsizetype i = header; i < header + 2 + draft.columns.size(); ++i) {
        QString line = lines.at(i);
        QCOMPARE(line.remove(QStringLiteral("\\|")).count(QLatin1Char('|')), 3);
    }
}

void TestPublish::csvFromLocalRegistryIsAccepted()
{
    auto backend = signedInBackend();
    QUrl csvUrl = m_registry.baseUrl();
    csvUrl.setPath(QStringLiteral("/files/demo/world-cities.csv"));
    const auto made = await(backend->packageFilePublishing()->packageFileFromData(csvUrl, {}));
    QVERIFY2(made.finished(), qPrintable(made.error.message));
    const PackageFileDraft& draft = made.value;
    QCOMPARE(draft.columns.size(), 3);
    QCOMPARE(draft.columns.at(0).name, QStringLiteral("name"));
    QCOMPARE(draft.columns.at(0).type, QStringLiteral("string"));
    QCOMPARE(draft.columns.at(1).type, QStringLiteral("string"));
    QCOMPARE(draft.columns.at(2).name, QStringLiteral("population"));
    QCOMPARE(draft.columns.at(2).type, QStringLiteral("integer"));
    QCOMPARE(draft.rowsInspected, 22);
    const QJsonObject file = QJsonDocument::fromJson(draft.text).object();
    QCOMPARE(file.value(QLatin1String("packageSlug")).toString(), QStringLiteral("world-cities"));
    const QJsonObject source = file.value(QLatin1String("sources")).toArray().at(0).toObject();
    QCOMPARE(source.value(QLatin1String("connectionConfiguration"))
                 .toObject()
                 .value(QLatin1String("uri"))
                 .toString(),
             csvUrl.toString());
    QVERIFY(backend->packageFilePublishing()->checkPackageFile(draft.text).isOk());
    // The local registry accepts it (under another slug: the demo seed has a world-cities package elsewhere).
    PackageFileFields overrides;
    overrides.packageSlug = QStringLiteral("csv-world-cities");
    const PublishResult result = publish(*backend, draft.text, overrides);
    QCOMPARE(int(result.outcome), int(PublishResult::Outcome::Published));
    QCOMPARE(result.version, QStringLiteral("1.0.0"));
}

void TestPublish::csvFetchFailuresAreExplained()
{
    auto backend = signedInBackend();
    QUrl missing = m_registry.baseUrl();
    missing.setPath(QStringLiteral("/files/demo/no-such.csv"));
    auto outcome = await(backend->packageFilePublishing()->packageFileFromData(missing, {}));
    QVERIFY(!outcome.finished());
    QCOMPARE(outcome.error.kind, Error::Kind::Http);
    QVERIFY(!outcome.error.userText().isEmpty());
    outcome = await(backend->packageFilePublishing()->packageFileFromData(
        QUrl(QStringLiteral("file:///etc/passwd")), {}));
    QCOMPARE(outcome.error.kind, Error::Kind::Config);
    // A stalled server ends in a timeout-free cancel here (the job's own deadline is 30 s).
    QVERIFY(m_registry.armFault({{QStringLiteral("match"), QStringLiteral("/files/")},
                                 {QStringLiteral("kind"), QStringLiteral("stall")}}));
    QUrl csvUrl = m_registry.baseUrl();
    csvUrl.setPath(QStringLiteral("/files/demo/world-cities.csv"));
    PackageFileDraftJob* job = backend->packageFilePublishing()->packageFileFromData(csvUrl, {});
    QTimer::singleShot(300, job, [job] { job->cancel(); });
    outcome = await(job);
    QCOMPARE(outcome.error.kind, Error::Kind::Canceled);
}

QTEST_MAIN(TestPublish)
#include "tst_publish.moc"
