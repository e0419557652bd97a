#include "PublishWizard.h"

#include <QFileInfo>

#include "PublishCatalogPage.h"
#include "PublishDetailsPage.h"
#include "PublishProgressPage.h"
#include "PublishResultPage.h"
#include "PublishSourcePage.h"
#include "PublishVersionPage.h"
#include "registry/RegistryBackend.h"
#include "registry/parts/PackageFilePublishing.h"
#include "registry/publish/PackageFileSaver.h"
#include "session/AccountSession.h"
#include "views/auth/SignInDialog.h"

#include <QAbstractButton>
#include <QLabel>

PublishWizard::PublishWizard(RegistryBackend* backend, AccountSession* account, QWidget* parent)
    : QWizard(parent)
    , m_backend(backend)
    , m_account(account)
    , m_sourcePage(new PublishSourcePage(this))
    , m_detailsPage(new PublishDetailsPage(this))
    , m_catalogPage(new PublishCatalogPage(this))
    , m_progressPage(new PublishProgressPage(this))
    , m_versionPage(new PublishVersionPage(this))
    , m_resultPage(new PublishResultPage(this))
{
    setObjectName(QStringLiteral("publishWizard"));
    setWindowTitle(tr("Publish a Package"));
    setAccessibleName(windowTitle());
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(SourcePageId, m_sourcePage);
    setPage(DetailsPageId, m_detailsPage);
    setPage(CatalogPageId, m_catalogPage);
    setPage(ProgressPageId, m_progressPage);
    setPage(VersionPageId, m_versionPage);
    setPage(ResultPageId, m_resultPage);
    setStartId(SourcePageId);
    setButtonText(CommitButton, tr("&Publish"));
    // Screen readers get the buttons' purpose without the "<" and ">" decorations of the classic style.
    const std::pair<WizardButton, QString> names[] = {
        {BackButton, tr("Back")},     {NextButton, tr("Next")},     {CommitButton, tr("Publish")},
        {FinishButton, tr("Finish")}, {CancelButton, tr("Cancel")},
    };
    for (const auto& [which, name] : names)
        button(which)->setAccessibleName(name);
    button(CommitButton)->setObjectName(QStringLiteral("publishButton"));
    button(NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(BackButton)->setObjectName(QStringLiteral("backButton"));
    button(FinishButton)->setObjectName(QStringLiteral("finishButton"));
    button(CancelButton)->setObjectName(QStringLiteral("cancelButton"));
    resize(720, 600);
}

PublishWizard::~PublishWizard() = default;

RegistryBackend* PublishWizard::backend() const
{
    return m_backend;
}

PackageFilePublishing* PublishWizard::publishing() const
{
    return m_backend ? m_backend->packageFilePublishing() : nullptr;
}

AccountSession* PublishWizard::account() const
{
    return m_account;
}

void PublishWizard::setSource(const QByteArray& text, const QString& path)
{
    m_fileText = text;
    m_filePath = path;
    m_overrides = {}; // a new file: its own values are the starting point
}

PackageFileCheck PublishWizard::check() const
{
    if (!publishing())
        return {};
    return publishing()->checkPackageFile(m_fileText, m_overrides, fileFolder());
}

QString PublishWizard::fileFolder() const
{
    return m_filePath.isEmpty() ? QString() : QFileInfo(m_filePath).absolutePath();
}

PublishRequest PublishWizard::request() const
{
    return {m_catalogSlug, m_fileText, m_overrides, fileFolder()};
}

void PublishWizard::publishAgain()
{
    // Back to the progress page (it is in the history), which starts a new publish.
    while (currentId() != ProgressPageId && currentId() != -1 && visitedIds().contains(ProgressPageId))
        back();
    m_progressPage->startPublish();
}

bool PublishWizard::saveVersionToFile(const QString& version, QString* error)
{
    if (m_filePath.isEmpty() || !publishing()) {
        if (error)
            *error = tr("This package file was made by Depot and has no file on disk yet.");
        return false;
    }
    const QByteArray changed = publishing()->packageFileWithVersion(m_fileText, version);
    if (!PackageFileSaver::save(m_filePath, m_fileText, changed, error))
        return false;
    // The file on disk now has the new version: it is the new original, and the override is no longer an
    // edit.
    m_fileText = changed;
    return true;
}

void PublishWizard::requestSignIn(bool apiKey)
{
    if (!m_account) {
        emit signInRequested(apiKey);
        return;
    }
    auto* dialog = new SignInDialog(m_account, this,
                                    apiKey ? SignInDialog::Mode::PasteKey : SignInDialog::Mode::Password);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PublishWizard::reject()
{
    if (currentId() == ProgressPageId && m_progressPage->isPublishing()) {
        m_progressPage->stop();
        return;
    }
    QWizard::reject();
}

void PublishWizard::showEvent(QShowEvent* event)
{
    QWizard::showEvent(event);
    // QWizard's own header has a logo label with neither text nor name (made when the wizard is laid out);
    // screen readers get the title there instead of a nameless label.
    const QList<QLabel*> labels = findChildren<QLabel*>();
    for (QLabel* label : labels) {
        if (label->text().isEmpty() && label->accessibleName().isEmpty())
            label->setAccessibleName(windowTitle());
    }
}
