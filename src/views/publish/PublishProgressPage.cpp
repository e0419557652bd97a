#include "PublishProgressPage.h"

#include "PublishWizard.h"
#include "registry/RegistryBackend.h"
#include "registry/parts/PackageFilePublishing.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>
#include <QWizard>

PublishProgressPage::PublishProgressPage(QWidget* parent)
    : PublishWizardPage(parent)
    , m_step(new QLabel)
    , m_bar(new QProgressBar)
    , m_note(
          new QLabel(tr("Cancel stops the publish. If the new version was already sent, Depot then asks the "
                        "registry whether it arrived and tells you.")))
{
    setObjectName(QStringLiteral("publishProgressPage"));
    setTitle(tr("Publishing"));
    // Once a publish ran, going back to it would show an old state: the pages after this one have no Back.
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Next"));
    m_step->setObjectName(QStringLiteral("publishStep"));
    m_step->setAccessibleName(tr("Current step"));
    m_step->setWordWrap(true);
    m_bar->setObjectName(QStringLiteral("publishProgress"));
    m_bar->setAccessibleName(tr("Publish progress"));
    m_bar->setRange(0, int(PublishStep::VerifyingState));
    m_bar->setTextVisible(false);
    m_note->setObjectName(QStringLiteral("publishNote"));
    m_note->setWordWrap(true);
    m_note->setAccessibleName(m_note->text());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_step);
    layout->addWidget(m_bar);
    layout->addWidget(m_note);
    layout->addStretch();
}

void PublishProgressPage::initializePage()
{
    startPublish();
}

void PublishProgressPage::startPublish()
{
    if (m_job)
        return;
    PublishWizard* wizard = publishWizard();
    m_done = false;
    emit completeChanged();
    PublishJob* job = wizard->publishing()->publish(wizard->request());
    m_job = job;
    showStep(PublishStep::CheckingFile);
    connect(job, &PublishJob::stepChanged, this, &PublishProgressPage::showStep);
    connect(job, &RegistryJob::finished, this, [this, job] {
        m_job = nullptr;
        publishWizard()->setResult(job->result());
        m_done = true;
        emit completeChanged();
        this->wizard()->next();
    });
    connect(job, &RegistryJob::failed, this, [this](const Error& error) {
        // Only cancel() fails a publish job (e.g. the wizard was closed): report it all the same.
        m_job = nullptr;
        PublishResult result;
        result.outcome = PublishResult::Outcome::Unknown;
        result.error = error;
        publishWizard()->setResult(result);
        m_done = true;
        emit completeChanged();
        this->wizard()->next();
    });
}

void PublishProgressPage::stop()
{
    if (m_job) {
        m_step->setText(tr("Stopping…"));
        m_step->setAccessibleName(m_step->text());
        m_job->stop();
    }
}

void PublishProgressPage::showStep(PublishStep step)
{
    m_step->setText(PublishJob::stepText(step));
    m_step->setAccessibleName(m_step->text());
    m_bar->setValue(int(step));
}

bool PublishProgressPage::isComplete() const
{
    return m_done;
}

int PublishProgressPage::nextId() const
{
    const PublishWizard* wizard = publishWizard();
    if (wizard && wizard->result().outcome == PublishResult::Outcome::HigherVersionRequired &&
        !wizard->result().minNextVersion.isEmpty())
        return PublishWizard::VersionPageId;
    return PublishWizard::ResultPageId;
}
