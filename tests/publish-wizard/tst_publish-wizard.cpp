// The publish wizard driven like a person would (QTest input) against the real local registry: a new package
// through every page, HIGHER_VERSION_REQUIRED with bump, retry and save (the file changes only in its
// version), bad files caught before anything is sent (request log), a cancel right after createVersion was
// sent, a package file made from the demo CSV, and an accessible name on every control of every page.

#include "publish/PublishTestSupport.h"
#include "session/AccountSession.h"
#include "views/publish/FieldErrorLabel.h"
#include "views/publish/PublishCatalogPage.h"
#include "views/publish/PublishDetailsPage.h"
#include "views/publish/PublishResultPage.h"
#include "views/publish/PublishSourcePage.h"
#include "views/publish/PublishVersionPage.h"
#include "views/publish/PublishWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

namespace {

constexpr int kPublishTimeoutMs = 20000;

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning("could not write %s", qPrintable(path));
    return path;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void click(QAbstractButton* button)
{
    QVERIFY(button);
    QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(button->objectName()));
    // Check boxes and radio buttons react to their indicator and text, not to the empty width after it.
    const bool indicator = qobject_cast<QCheckBox*>(button) || qobject_cast<QRadioButton*>(button);
    QTest::mouseClick(button, Qt::LeftButton, {}, indicator ? QPoint(8, button->height() / 2) : QPoint());
}

void replaceText(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestPublishWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void publishesNewPackageThroughEveryPage();
    void higherVersionBumpRetryAndSave();
    void badFilesShowFieldErrorsAndSendNothing();
    void cancelAfterCreateVersionShowsRealState();
    void newFromCsvUrl();
    void expiredSessionOffersSignInAndKeepsEdits();
    void createsCatalogFromTheCatalogPage();
    void notSignedInOffersSignInFirst();
    void everyControlHasAName();
    void errorTextReadsInLightAndDarkThemes();
    void holdForProbe();

private:
    std::unique_ptr<RegistryBackend> signedInBackend();
    // From the source page (file chosen) to the result or version page.
    void publishFile(PublishWizard& wizard, const QString& path, int expectedPage);
    void goToCatalogAndPublish(PublishWizard& wizard, int expectedPage);

    LocalRegistry m_registry{{QStringLiteral("demo"), true, {}}};
    QNetworkAccessManager m_network;
};

void TestPublishWizard::initTestCase()
{
    QString error;
    QVERIFY2(m_registry.start(&error), qPrintable(error));
}

void TestPublishWizard::cleanup()
{
    QVERIFY(m_registry.clearFaults());
}

std::unique_ptr<RegistryBackend> TestPublishWizard::signedInBackend()
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

void TestPublishWizard::goToCatalogAndPublish(PublishWizard& wizard, int expectedPage)
{
    QCOMPARE(wizard.currentId(), int(PublishWizard::DetailsPageId));
    click(wizard.button(QWizard::NextButton));
    QCOMPARE(wizard.currentId(), int(PublishWizard::CatalogPageId));
    QTRY_VERIFY_WITH_TIMEOUT(
        !wizard.catalogPage()->isLoading() && wizard.catalogPage()->catalogCombo()->count() > 0, 10000);
    wizard.catalogPage()->selectCatalog(QStringLiteral("demo"));
    QCOMPARE(wizard.catalogPage()->catalogCombo()->currentData().toString(), QStringLiteral("demo"));
    click(wizard.button(QWizard::CommitButton));
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), expectedPage, kPublishTimeoutMs);
}

void TestPublishWizard::publishFile(PublishWizard& wizard, const QString& path, int expectedPage)
{
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTest::keyClicks(wizard.sourcePage()->pathEdit(), path);
    click(wizard.button(QWizard::NextButton));
    goToCatalogAndPublish(wizard, expectedPage);
}

// Acceptance 1: a new package 1.0.0 through the wizard; its package page then has the README.
void TestPublishWizard::publishesNewPackageThroughEveryPage()
{
    auto backend = signedInBackend();
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, QStringLiteral("wizard-new.datapm.json"),
                  packageFile(QStringLiteral("wizard-new"), QStringLiteral("1.0.0"), threeColumns()));
    const QByteArray readme = "# Wizard README\n\nChosen in the wizard as a file.\n";
    const QString readmePath = writeFile(dir, QStringLiteral("README.md"), readme);

    PublishWizard wizard(backend.get(), nullptr);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // no file chosen yet
    QTest::keyClicks(wizard.sourcePage()->pathEdit(), path);
    click(wizard.button(QWizard::NextButton));
    QCOMPARE(wizard.currentId(), int(PublishWizard::DetailsPageId));
    PublishDetailsPage* details = wizard.detailsPage();
    QCOMPARE(details->slugEdit()->text(), QStringLiteral("wizard-new"));
    QCOMPARE(details->versionEdit()->text(), QStringLiteral("1.0.0"));
    replaceText(details->displayNameEdit(), QStringLiteral("Wizard New Package"));
    QVERIFY(details->loadReadme(readmePath));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    goToCatalogAndPublish(wizard, PublishWizard::ResultPageId);

    PublishResultPage* result = wizard.resultPage();
    QVERIFY2(
        result->headlineLabel()->text().contains(QLatin1String("Published demo/wizard-new version 1.0.0")),
        qPrintable(result->headlineLabel()->text()));
    QVERIFY(result->makePublicButton()->isVisible()); // the demo catalog is public
    // Issue 16: the catalog's label is a mnemonic for the list, not an "&" on screen.
    bool labelled = false;
    for (QLabel* label : wizard.catalogPage()->findChildren<QLabel*>()) {
        if (label->text() == QLatin1String("&Catalog:"))
            labelled = label->buddy() != nullptr;
    }
    QVERIFY(labelled);
    QSignalSpy open(&wizard, &PublishWizard::openPackageRequested);
    click(result->openPackageButton());
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().value<PackageId>(),
             (PackageId{QStringLiteral("demo"), QStringLiteral("wizard-new")}));

    const auto package = await(backend->package({QStringLiteral("demo"), QStringLiteral("wizard-new")}));
    QVERIFY(package.finished());
    QCOMPARE(package.value.readmeMarkdown, QString::fromUtf8(readme));
    QCOMPARE(package.value.displayName, QStringLiteral("Wizard New Package"));
    QCOMPARE(package.value.latestVersion, QStringLiteral("1.0.0"));
    // The user's file was not touched.
    QCOMPARE(readFile(path),
             packageFile(QStringLiteral("wizard-new"), QStringLiteral("1.0.0"), threeColumns()));

    QVERIFY(result->detailsLabel()->text().contains(QLatin1String("private")));
    click(result->makePublicButton());
    QTRY_VERIFY_WITH_TIMEOUT(result->actionLabel()->text().contains(QLatin1String("public now")), 10000);
    // Issue 16: the page no longer says the package is private.
    QVERIFY2(!result->detailsLabel()->text().contains(QLatin1String("private")),
             qPrintable(result->detailsLabel()->text()));
    QVERIFY(!result->makePublicButton()->isVisible());
}

// Acceptance 2: a breaking change with a too-low version shows the required version; bump and retry
// succeeds; the saved file differs from the original only in its version.
void TestPublishWizard::higherVersionBumpRetryAndSave()
{
    auto backend = signedInBackend();
    const PublishResult first =
        await(backend->packageFilePublishing()->publish(
                  {QStringLiteral("demo"),
                   packageFile(QStringLiteral("wizard-bump"), QStringLiteral("1.0.0"), threeColumns()),
                   {},
                   {}}))
            .value;
    QCOMPARE(int(first.outcome), int(PublishResult::Outcome::Published));

    QList<Column> fewer = threeColumns();
    fewer.removeFirst(); // a removed column is a breaking change
    const QByteArray original = packageFile(QStringLiteral("wizard-bump"), QStringLiteral("1.0.1"), fewer);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("wizard-bump.datapm.json"), original);

    PublishWizard wizard(backend.get(), nullptr);
    publishFile(wizard, path, PublishWizard::VersionPageId);
    PublishVersionPage* page = wizard.versionPage();
    QVERIFY2(page->messageLabel()->text().contains(QLatin1String("2.0.0")),
             qPrintable(page->messageLabel()->text()));
    QVERIFY(page->bumpButton()->text().contains(QLatin1String("2.0.0")));
    QVERIFY(page->saveCheckBox()->isEnabled());
    click(page->saveCheckBox());
    QVERIFY(page->saveCheckBox()->isChecked());
    click(page->bumpButton());
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(PublishWizard::ResultPageId), kPublishTimeoutMs);
    QVERIFY2(wizard.resultPage()->headlineLabel()->text().contains(QLatin1String("version 2.0.0")),
             qPrintable(wizard.resultPage()->headlineLabel()->text()));

    const QByteArray saved = readFile(path);
    QVERIFY(saved != original);
    QByteArray expected = original;
    expected.replace("\"version\": \"1.0.1\"", "\"version\": \"2.0.0\"");
    QCOMPARE(saved, expected);
    // Byte by byte: the only difference is inside the version value.
    qsizetype firstDiff = 0;
    while (firstDiff < original.size() && original.at(firstDiff) == saved.at(firstDiff))
        ++firstDiff;
    QCOMPARE(original.mid(firstDiff - 1, 6), QByteArray("\"1.0.1"));
    QCOMPARE(original.mid(firstDiff + 5), saved.mid(firstDiff + 5));

    const auto package = await(backend->package({QStringLiteral("demo"), QStringLiteral("wizard-bump")}));
    QCOMPARE(package.value.latestVersion, QStringLiteral("2.0.0"));
}

// Acceptance 3: bad files give field-level errors and send no request.
void TestPublishWizard::badFilesShowFieldErrorsAndSendNothing()
{
    auto backend = signedInBackend();
    QTemporaryDir dir;
    const QByteArray good =
        packageFile(QStringLiteral("wizard-bad"), QStringLiteral("1.0.0"), threeColumns());
    const QString malformed = writeFile(dir, QStringLiteral("malformed.datapm.json"), good.left(200));
    const QString badSlug = writeFile(dir, QStringLiteral("slug.datapm.json"),
                                      QByteArray(good).replace("\"wizard-bad\"", "\"Wizard Bad!\""));
    const QString missing = writeFile(
        dir, QStringLiteral("missing.datapm.json"),
        QByteArray(good).replace("\"canonical\": true,\n", "").replace("  \"version\": \"1.0.0\",\n", ""));
    QVERIFY(m_registry.clearRequestLog());

    {
        PublishWizard wizard(backend.get(), nullptr);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::keyClicks(wizard.sourcePage()->pathEdit(), malformed);
        click(wizard.button(QWizard::NextButton));
        QCOMPARE(wizard.currentId(), int(PublishWizard::SourcePageId));
        FieldErrorLabel* problem = wizard.sourcePage()->problemLabel();
        QVERIFY(problem->hasErrors() && problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("line")), qPrintable(problem->text()));
    }
    {
        PublishWizard wizard(backend.get(), nullptr);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::keyClicks(wizard.sourcePage()->pathEdit(), badSlug);
        click(wizard.button(QWizard::NextButton));
        QCOMPARE(wizard.currentId(), int(PublishWizard::DetailsPageId));
        FieldErrorLabel* slugErrors = wizard.detailsPage()->errorLabel(QStringLiteral("/packageSlug"));
        QVERIFY(slugErrors->hasErrors() && slugErrors->isVisible());
        QVERIFY(!wizard.detailsPage()->errorLabel(QStringLiteral("/version"))->hasErrors());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        // Fixing the field clears its error and lets the user go on.
        replaceText(wizard.detailsPage()->slugEdit(), QStringLiteral("wizard-bad"));
        QVERIFY(!slugErrors->hasErrors());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    }
    {
        PublishWizard wizard(backend.get(), nullptr);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::keyClicks(wizard.sourcePage()->pathEdit(), missing);
        click(wizard.button(QWizard::NextButton));
        QCOMPARE(wizard.currentId(), int(PublishWizard::DetailsPageId));
        QVERIFY(wizard.detailsPage()->errorLabel(QStringLiteral("/version"))->hasErrors());
        FieldErrorLabel* other = wizard.detailsPage()->errorLabel(QStringLiteral("/canonical"));
        QVERIFY2(other->text().contains(QLatin1String("/canonical")), qPrintable(other->text()));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    }
    QTest::qWait(200);
    const QStringList sent = operationsIn(m_registry.requestLog());
    QVERIFY2(sent.isEmpty(), qPrintable(sent.join(QLatin1Char(','))));
}

// Acceptance 5: a cancel right after createVersion was sent ends with the real state shown.
void TestPublishWizard::cancelAfterCreateVersionShowsRealState()
{
    auto backend = signedInBackend();
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, QStringLiteral("wizard-cancel.datapm.json"),
                  packageFile(QStringLiteral("wizard-cancel"), QStringLiteral("1.0.0"), threeColumns()));
    QVERIFY(m_registry.armFault({{QStringLiteral("match"), QStringLiteral("CreateVersion")},
                                 {QStringLiteral("kind"), QStringLiteral("delay")},
                                 {QStringLiteral("ms"), 1500}}));
    QVERIFY(m_registry.clearRequestLog());
    PublishWizard wizard(backend.get(), nullptr);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTest::keyClicks(wizard.sourcePage()->pathEdit(), path);
    click(wizard.button(QWizard::NextButton));
    click(wizard.button(QWizard::NextButton));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.catalogPage()->catalogCombo()->count() > 0, 10000);
    wizard.catalogPage()->selectCatalog(QStringLiteral("demo"));
    click(wizard.button(QWizard::CommitButton));
    QCOMPARE(wizard.currentId(), int(PublishWizard::ProgressPageId));
    QTRY_VERIFY_WITH_TIMEOUT(operationsIn(m_registry.requestLog()).contains(QStringLiteral("CreateVersion")),
                             10000);
    click(wizard.button(QWizard::CancelButton));
    QVERIFY(wizard.isVisible()); // Cancel stops the publish; it does not close the wizard on an unknown state
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(PublishWizard::ResultPageId), kPublishTimeoutMs);
    PublishResultPage* result = wizard.resultPage();
    QVERIFY2(result->headlineLabel()->text().startsWith(QLatin1String("Not published")),
             qPrintable(result->headlineLabel()->text()));
    QVERIFY2(result->detailsLabel()->text().contains(QLatin1String("has no version yet")),
             qPrintable(result->detailsLabel()->text()));
    // The registry was asked after the cancel.
    const QStringList sent = operationsIn(m_registry.requestLog());
    QCOMPARE(sent.last(), QStringLiteral("PublishPackageState"));
    QVERIFY(result->retryButton()->isVisible());
    click(result->deleteButton());
    QTRY_VERIFY_WITH_TIMEOUT(result->actionLabel()->text().contains(QLatin1String("deleted")), 10000);
    const auto gone = await(backend->package({QStringLiteral("demo"), QStringLiteral("wizard-cancel")}));
    QCOMPARE(gone.error.reason, Error::Reason::NotFound);
}

// Acceptance 4 through the wizard: the demo CSV becomes a package file the registry accepts.
void TestPublishWizard::newFromCsvUrl()
{
    auto backend = signedInBackend();
    QUrl csvUrl = m_registry.baseUrl();
    csvUrl.setPath(QStringLiteral("/files/demo/world-cities.csv"));
    PublishWizard wizard(backend.get(), nullptr);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    click(wizard.sourcePage()->fromUrlButton());
    QTest::keyClicks(wizard.sourcePage()->urlEdit(), csvUrl.toString());
    click(wizard.button(QWizard::NextButton));
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(PublishWizard::DetailsPageId), 10000);
    QVERIFY(wizard.filePath().isEmpty());
    QCOMPARE(wizard.detailsPage()->slugEdit()->text(), QStringLiteral("world-cities"));
    replaceText(wizard.detailsPage()->slugEdit(), QStringLiteral("wizard-cities"));
    goToCatalogAndPublish(wizard, PublishWizard::ResultPageId);
    QVERIFY2(
        wizard.resultPage()->headlineLabel()->text().contains(QLatin1String("Published demo/wizard-cities")),
        qPrintable(wizard.resultPage()->headlineLabel()->text()));
    const auto package = await(backend->package({QStringLiteral("demo"), QStringLiteral("wizard-cities")}));
    QVERIFY(package.finished());
    QVERIFY(package.value.readmeMarkdown.contains(QLatin1String("population")));
    QVERIFY(package.value.readmeMarkdown.contains(QLatin1String("integer")));
}

// The session expires between the catalog page and Publish: the result page offers sign-in, and after it
// "Publish again" sends what was typed before.
void TestPublishWizard::expiredSessionOffersSignInAndKeepsEdits()
{
    auto headers = std::make_shared<SessionHeaders>();
    auto backend = makeBackend(TestDialects::dataPm(), m_registry.endpoint(QStringLiteral("datapm")),
                               &m_network, headers);
    const auto signedIn =
        await(backend->passwordSignIn()->signIn(QStringLiteral("demo"), QStringLiteral("demo-password-1")));
    QVERIFY(signedIn.finished());
    headers->set(signedIn.value);
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, QStringLiteral("wizard-expiry.datapm.json"),
                  packageFile(QStringLiteral("wizard-expiry"), QStringLiteral("1.0.0"), threeColumns()));
    PublishWizard wizard(backend.get(), nullptr);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTest::keyClicks(wizard.sourcePage()->pathEdit(), path);
    click(wizard.button(QWizard::NextButton));
    replaceText(wizard.detailsPage()->displayNameEdit(), QStringLiteral("Typed Before Expiry"));
    click(wizard.button(QWizard::NextButton));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.catalogPage()->catalogCombo()->count() > 0, 10000);
    wizard.catalogPage()->selectCatalog(QStringLiteral("demo"));
    // The token goes bad (an expired JWT looks like this to the registry).
    Credential expired = signedIn.value;
    expired.headerValue = "Bearer not-a-valid-token";
    headers->set(expired);
    click(wizard.button(QWizard::CommitButton));
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(PublishWizard::ResultPageId), kPublishTimeoutMs);
    PublishResultPage* result = wizard.resultPage();
    QVERIFY2(result->headlineLabel()->text().startsWith(QLatin1String("Not published")),
             qPrintable(result->headlineLabel()->text()));
    QVERIFY(result->signInButton()->isVisible());
    QSignalSpy signIn(&wizard, &PublishWizard::signInRequested);
    click(result->signInButton());
    QCOMPARE(signIn.size(), 1);
    headers->set(signedIn.value); // what the owner's sign-in dialog does
    click(result->retryButton());
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentId() == PublishWizard::ResultPageId &&
                                 result->headlineLabel()->text().startsWith(QLatin1String("Published")),
                             kPublishTimeoutMs);
    const auto package = await(backend->package({QStringLiteral("demo"), QStringLiteral("wizard-expiry")}));
    QCOMPARE(package.value.displayName, QStringLiteral("Typed Before Expiry"));
}

void TestPublishWizard::createsCatalogFromTheCatalogPage()
{
    auto backend = signedInBackend();
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, QStringLiteral("wizard-catalog.datapm.json"),
                  packageFile(QStringLiteral("wizard-catalog"), QStringLiteral("1.0.0"), threeColumns()));
    PublishWizard wizard(backend.get(), nullptr);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTest::keyClicks(wizard.sourcePage()->pathEdit(), path);
    click(wizard.button(QWizard::NextButton));
    click(wizard.button(QWizard::NextButton));
    PublishCatalogPage* page = wizard.catalogPage();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->catalogCombo()->count() > 0, 10000);
    click(page->findChild<QPushButton*>(QStringLiteral("newCatalog")));
    QTest::keyClicks(page->findChild<QLineEdit*>(QStringLiteral("newCatalogSlug")),
                     QStringLiteral("wizard-made"));
    QTest::keyClicks(page->findChild<QLineEdit*>(QStringLiteral("newCatalogName")),
                     QStringLiteral("Made in the wizard"));
    click(page->findChild<QPushButton*>(QStringLiteral("createCatalog")));
    QTRY_COMPARE_WITH_TIMEOUT(page->catalogCombo()->currentData().toString(), QStringLiteral("wizard-made"),
                              10000);
    click(wizard.button(QWizard::CommitButton));
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(PublishWizard::ResultPageId), kPublishTimeoutMs);
    QVERIFY2(
        wizard.resultPage()->headlineLabel()->text().contains(QLatin1String("wizard-made/wizard-catalog")),
        qPrintable(wizard.resultPage()->headlineLabel()->text()));
    QVERIFY(!wizard.resultPage()->makePublicButton()->isVisible()); // a private catalog
}

// Not signed in: the first page offers sign-in or an API key, and Next waits for a credential.
void TestPublishWizard::notSignedInOffersSignInFirst()
{
    const QUrl endpoint = m_registry.endpoint(QStringLiteral("datapm"));
    AccountSession account(endpoint, nullptr); // no keychain: nothing stored to read
    auto backend = makeBackend(TestDialects::dataPm(), endpoint, &m_network, account.headerProvider());
    account.setBackend(backend.get());
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, QStringLiteral("wizard-signin.datapm.json"),
                  packageFile(QStringLiteral("wizard-signin"), QStringLiteral("1.0.0"), threeColumns()));
    PublishWizard wizard(backend.get(), &account);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTest::keyClicks(wizard.sourcePage()->pathEdit(), path);
    auto* signIn = wizard.sourcePage()->findChild<QPushButton*>(QStringLiteral("signIn"));
    auto* useKey = wizard.sourcePage()->findChild<QPushButton*>(QStringLiteral("useApiKey"));
    QTRY_VERIFY(signIn->isVisible());
    QVERIFY(useKey->isVisible());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    // The sign-in dialog opens from the button; the test signs in through the session instead.
    click(signIn);
    QTRY_VERIFY(wizard.findChild<QDialog*>(QStringLiteral("signInDialog")));
    wizard.findChild<QDialog*>(QStringLiteral("signInDialog"))->reject();
    account.signIn(QStringLiteral("demo"), QStringLiteral("demo-password-1"));
    QTRY_VERIFY_WITH_TIMEOUT(account.isSignedIn(), 10000);
    QTRY_VERIFY(!signIn->isVisible());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    click(wizard.button(QWizard::NextButton));
    goToCatalogAndPublish(wizard, PublishWizard::ResultPageId);
    QVERIFY2(wizard.resultPage()->headlineLabel()->text().startsWith(QLatin1String("Published")),
             qPrintable(wizard.resultPage()->headlineLabel()->text()));
}

// Acceptance 6 (in process; tests/probe/publish-steps.txt looks at it through AT-SPI): every control on every
// page has an accessible name.
void TestPublishWizard::everyControlHasAName()
{
    auto backend = signedInBackend();
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, QStringLiteral("wizard-names.datapm.json"),
                  packageFile(QStringLiteral("wizard-names"), QStringLiteral("1.0.0"), threeColumns()));
    PublishWizard wizard(backend.get(), nullptr);
    const auto checkPage = [&wizard](int id) {
        QWizardPage* page = wizard.page(id);
        QStringList unnamed;
        const QList<QWidget*> widgets = page->findChildren<QWidget*>();
        for (QWidget* widget : widgets) {
            const bool control = qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget) ||
                                 qobject_cast<QComboBox*>(widget) || qobject_cast<QPlainTextEdit*>(widget) ||
                                 qobject_cast<QProgressBar*>(widget) || qobject_cast<QLabel*>(widget);
            if (!control || widget->inherits("QComboBoxPrivateContainer"))
                continue;
            QString name = widget->accessibleName();
            if (name.isEmpty()) {
                if (auto* button = qobject_cast<QAbstractButton*>(widget))
                    name = button->text();
                else if (auto* label = qobject_cast<QLabel*>(widget))
                    name = label->text();
            }
            if (name.trimmed().isEmpty() && !(qobject_cast<QLabel*>(widget) && !widget->isVisibleTo(page)))
                unnamed.append(QStringLiteral("%1 (%2)").arg(
                    widget->objectName(), QString::fromLatin1(widget->metaObject()->className())));
        }
        return unnamed;
    };
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QStringList unnamed = checkPage(PublishWizard::SourcePageId);
    QTest::keyClicks(wizard.sourcePage()->pathEdit(), path);
    click(wizard.button(QWizard::NextButton));
    unnamed += checkPage(PublishWizard::DetailsPageId);
    click(wizard.button(QWizard::NextButton));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.catalogPage()->catalogCombo()->count() > 0, 10000);
    unnamed += checkPage(PublishWizard::CatalogPageId);
    unnamed += checkPage(PublishWizard::ProgressPageId);
    unnamed += checkPage(PublishWizard::VersionPageId);
    wizard.catalogPage()->selectCatalog(QStringLiteral("demo"));
    click(wizard.button(QWizard::CommitButton));
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(PublishWizard::ResultPageId), kPublishTimeoutMs);
    unnamed += checkPage(PublishWizard::ResultPageId);
    for (const QWizard::WizardButton which : {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                                              QWizard::FinishButton, QWizard::CancelButton})
        if (wizard.button(which)->accessibleName().isEmpty())
            unnamed.append(wizard.button(which)->objectName());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

// Not a test on its own: with DEPOT_PUBLISH_PROBE=source|details|catalog|progress|version|result it opens the
// wizard on that page and keeps it open (DEPOT_PUBLISH_PROBE_HOLD seconds, default 25) so that
// tests/publish-wizard/probe-pages.sh can look at it through the accessibility bus with gui-probe.
// WCAG's contrast ratio between two colours (1 to 21).
static double contrast(const QColor& a, const QColor& b)
{
    const auto luminance = [](const QColor& c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double x = luminance(a), y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

// A field's error stays readable in a dark theme (Depot started in it): a fixed dark red was not.
void TestPublishWizard::errorTextReadsInLightAndDarkThemes()
{
    const QPalette original = QApplication::palette();
    const auto contrastIn = [](const QPalette& theme) {
        QApplication::setPalette(theme);
        FieldErrorLabel label(QStringLiteral("Version"));
        label.setErrors({FieldError{QStringLiteral("/version"), QStringLiteral("Not a version"), -1, -1}});
        const QPalette palette = label.palette();
        return contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window));
    };
    const double light = contrastIn(QPalette(QColor(0xef, 0xef, 0xef), QColor(0xef, 0xef, 0xef)));
    const double dark = contrastIn(QPalette(QColor(0x35, 0x35, 0x35), QColor(0x2a, 0x2a, 0x2a)));
    QApplication::setPalette(original);
    QVERIFY2(light >= 4.5, qPrintable(QString::number(light)));
    QVERIFY2(dark >= 4.5, qPrintable(QString::number(dark)));
}

void TestPublishWizard::holdForProbe()
{
    const QString target = qEnvironmentVariable("DEPOT_PUBLISH_PROBE");
    if (target.isEmpty())
        QSKIP("only for tests/publish-wizard/probe-pages.sh");
    const int hold = qEnvironmentVariableIntValue("DEPOT_PUBLISH_PROBE_HOLD") > 0
                         ? qEnvironmentVariableIntValue("DEPOT_PUBLISH_PROBE_HOLD")
                         : 25;
    auto backend = signedInBackend();
    QTemporaryDir dir;
    const QString slug = QStringLiteral("probe-%1").arg(target);
    QByteArray text = packageFile(slug, QStringLiteral("1.0.0"), threeColumns());
    if (target == QLatin1String("version")) {
        QCOMPARE(int(await(backend->packageFilePublishing()->publish({QStringLiteral("demo"), text, {}, {}}))
                         .value.outcome),
                 int(PublishResult::Outcome::Published));
        QList<Column> fewer = threeColumns();
        fewer.removeFirst();
        text = packageFile(slug, QStringLiteral("1.0.1"), fewer);
    }
    if (target == QLatin1String("progress"))
        QVERIFY(m_registry.armFault({{QStringLiteral("match"), QStringLiteral("CreateVersion")},
                                     {QStringLiteral("kind"), QStringLiteral("delay")},
                                     {QStringLiteral("ms"), (hold + 10) * 1000}}));
    const QString path = writeFile(dir, slug + QStringLiteral(".datapm.json"), text);
    PublishWizard wizard(backend.get(), nullptr);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    if (target != QLatin1String("source")) {
        QTest::keyClicks(wizard.sourcePage()->pathEdit(), path);
        click(wizard.button(QWizard::NextButton));
        QCOMPARE(wizard.currentId(), int(PublishWizard::DetailsPageId));
    }
    if (target != QLatin1String("source") && target != QLatin1String("details")) {
        click(wizard.button(QWizard::NextButton));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.catalogPage()->catalogCombo()->count() > 0, 10000);
        wizard.catalogPage()->selectCatalog(QStringLiteral("demo"));
    }
    if (target == QLatin1String("progress")) {
        click(wizard.button(QWizard::CommitButton));
    } else if (target == QLatin1String("version") || target == QLatin1String("result")) {
        click(wizard.button(QWizard::CommitButton));
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(),
                                  int(target == QLatin1String("version") ? PublishWizard::VersionPageId
                                                                         : PublishWizard::ResultPageId),
                                  kPublishTimeoutMs);
    }
    QTest::qWait(hold * 1000);
}

QTEST_MAIN(TestPublishWizard)
#include "tst_publish-wizard.moc"
