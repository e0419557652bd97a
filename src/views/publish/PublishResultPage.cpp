#include "PublishResultPage.h"

#include "PublishWizard.h"
#include "registry/RegistryBackend.h"
#include "registry/parts/PackageFilePublishing.h"
#include "session/AccountSession.h"

#include <QCommandLinkButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
void setLabel(QLabel* label, const QString& text)
{
    label->setText(text);
    if (!text.isEmpty())
        label->setAccessibleName(text);
    label->setVisible(!text.isEmpty());
}
} // namespace

PublishResultPage::PublishResultPage(QWidget* parent)
    : PublishWizardPage(parent)
    , m_headline(new QLabel)
    , m_details(new QLabel)
    , m_action(new QLabel)
    , m_openPackage(new QCommandLinkButton(tr("Open the Package Page")))
    , m_makePublic(new QPushButton(tr("Make the Package &Public")))
    , m_retry(new QPushButton(tr("Publish &Again")))
    , m_delete(new QPushButton(tr("&Delete the Package")))
    , m_signIn(new QPushButton(tr("&Sign In Again…")))
{
    setObjectName(QStringLiteral("publishResultPage"));
    setTitle(tr("Result"));
    setFinalPage(true);
    m_headline->setObjectName(QStringLiteral("resultHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_details->setObjectName(QStringLiteral("resultDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(QStringLiteral("resultAction"));
    // Named before the first result fills them in, so no control is ever nameless.
    m_headline->setAccessibleName(tr("Result"));
    m_details->setAccessibleName(tr("What the registry holds"));
    m_action->setAccessibleName(tr("Last action"));
    m_action->setWordWrap(true);
    m_openPackage->setObjectName(QStringLiteral("openPackage"));
    m_openPackage->setAccessibleName(tr("Open the package page"));
    m_makePublic->setObjectName(QStringLiteral("makePublic"));
    m_makePublic->setAccessibleName(tr("Make the package public"));
    m_retry->setObjectName(QStringLiteral("publishAgain"));
    m_retry->setAccessibleName(tr("Publish again"));
    m_delete->setObjectName(QStringLiteral("deletePackage"));
    m_delete->setAccessibleName(tr("Delete the package"));
    m_signIn->setObjectName(QStringLiteral("signInAgain"));
    m_signIn->setAccessibleName(tr("Sign in again"));

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_makePublic, m_retry, m_delete, m_signIn})
        buttons->addWidget(button);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_details);
    layout->addWidget(m_openPackage, 0, Qt::AlignLeft);
    layout->addLayout(buttons);
    layout->addWidget(m_action);
    layout->addStretch();

    connect(m_openPackage, &QCommandLinkButton::clicked, this,
            [this] { emit publishWizard()->openPackageRequested(publishWizard()->result().package); });
    connect(m_makePublic, &QPushButton::clicked, this, &PublishResultPage::makePublic);
    connect(m_delete, &QPushButton::clicked, this, &PublishResultPage::deletePackage);
    connect(m_retry, &QPushButton::clicked, this, [this] { publishWizard()->publishAgain(); });
    connect(m_signIn, &QPushButton::clicked, this, [this] { publishWizard()->requestSignIn(false); });
}

void PublishResultPage::initializePage()
{
    setAction({});
    describe();
}

void PublishResultPage::cleanupPage()
{
    setAction({});
}

void PublishResultPage::setAction(const QString& text)
{
    setLabel(m_action, text);
}

void PublishResultPage::describe()
{
    PublishWizard* wizard = publishWizard();
    const PublishResult& r = wizard->result();
    const QString package = r.package.toString();
    const QString versions = QLocale().createSeparatedList(r.serverVersions);
    QString headline;
    QString details;
    using Outcome = PublishResult::Outcome;
    switch (r.outcome) {
    case Outcome::Published:
        headline = tr("Published %1 version %2.").arg(package, r.version);
        if (r.interrupted)
            details =
                tr("The publish was interrupted (%1), but the registry had already received the version.")
                    .arg(r.error.userText());
        else if (!r.packageIsPublic)
            details = r.catalogIsPublic
                          ? tr("The package is private: only you can see it until you make it public.")
                          : tr("The package is private, like its catalog.");
        break;
    case Outcome::Unchanged:
        headline = tr("Nothing changed since version %1.").arg(r.version);
        details = tr("The registry already holds this content as %1 version %2, so no new version was made.")
                      .arg(package, r.version);
        break;
    case Outcome::HigherVersionRequired:
        headline = tr("Not published: this change needs version %1 or higher.").arg(r.minNextVersion);
        break;
    case Outcome::NotPublished:
        if (!r.fieldErrors.isEmpty()) {
            headline = tr("Not published: the package file has errors, so nothing was sent.");
            QStringList lines;
            for (const FieldError& error : r.fieldErrors)
                lines.append(error.field.isEmpty() ? error.message
                                                   : tr("%1: %2").arg(error.field, error.message));
            details = lines.join(QLatin1Char('\n'));
            break;
        }
        headline = r.interrupted ? tr("Not published: %1").arg(r.error.userText())
                                 : tr("Not published: %1").arg(r.error.userText());
        if (r.packageWithoutVersions())
            details =
                tr("The package %1 exists on the registry but has no version yet. Publish again, or delete "
                   "the package.")
                    .arg(package);
        else if (r.interrupted && !r.packageExists)
            details =
                tr("The registry was asked: it has no package %1, so nothing was left behind.").arg(package);
        else if (r.interrupted)
            details = tr("The registry was asked: %1 has version(s) %2; version %3 is not among them.")
                          .arg(package, versions, r.requestedVersion);
        break;
    case Outcome::Unknown:
        headline = tr("Depot could not find out whether version %1 arrived.").arg(r.requestedVersion);
        details = tr("%1 Look at the package page before publishing again.").arg(r.error.userText());
        break;
    }
    setLabel(m_headline, headline);
    setLabel(m_details, details);

    const bool rejected = r.error.isError() && AccountSession::isRejection(r.error);
    if (rejected && wizard->account())
        wizard->account()->reportError(r.error);
    m_openPackage->setVisible(
        r.packageExists &&
        (r.outcome == Outcome::Published || r.outcome == Outcome::Unchanged || !r.serverVersions.isEmpty()));
    m_makePublic->setVisible(r.canMakePublic());
    m_makePublic->setEnabled(true);
    m_delete->setVisible(r.packageWithoutVersions());
    m_delete->setEnabled(true);
    m_retry->setVisible(r.fieldErrors.isEmpty() &&
                        (r.outcome == Outcome::NotPublished || r.outcome == Outcome::Unknown));
    m_signIn->setVisible(rejected);
}

void PublishResultPage::makePublic()
{
    PublishWizard* wizard = publishWizard();
    m_makePublic->setEnabled(false);
    setAction(tr("Making the package public…"));
    DoneJob* job = wizard->publishing()->setPackagePublic(wizard->result().package, true);
    connect(job, &RegistryJob::finished, this, [this] {
        PublishResult result = publishWizard()->result();
        result.packageIsPublic = true;
        publishWizard()->setResult(result);
        describe(); // the page no longer says "private"
        setAction(tr("The package is public now: anyone can find and read it."));
    });
    connect(job, &RegistryJob::failed, this, [this](const Error& error) {
        m_makePublic->setEnabled(true);
        setAction(tr("The package could not be made public: %1").arg(error.userText()));
    });
}

void PublishResultPage::deletePackage()
{
    PublishWizard* wizard = publishWizard();
    m_delete->setEnabled(false);
    setAction(tr("Deleting the package…"));
    DoneJob* job = wizard->publishing()->deletePackage(wizard->result().package);
    connect(job, &RegistryJob::finished, this, [this] {
        PublishResult result = publishWizard()->result();
        result.packageExists = false;
        publishWizard()->setResult(result);
        m_delete->setVisible(false);
        setAction(tr("The package was deleted; nothing is left on the registry."));
    });
    connect(job, &RegistryJob::failed, this, [this](const Error& error) {
        m_delete->setEnabled(true);
        setAction(tr("The package could not be deleted: %1").arg(error.userText()));
    });
}
