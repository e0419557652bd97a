#include "PublishVersionPage.h"

#include "FieldErrorLabel.h"
#include "PublishWizard.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

PublishVersionPage::PublishVersionPage(QWidget* parent)
    : PublishWizardPage(parent)
    , m_message(new QLabel)
    , m_save(new QCheckBox)
    , m_bump(new QPushButton)
    , m_saveErrors(new FieldErrorLabel(tr("Saving the version")))
{
    setObjectName(QStringLiteral("publishVersionPage"));
    setTitle(tr("A Higher Version Is Needed"));
    m_message->setObjectName(QStringLiteral("versionMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_save->setObjectName(QStringLiteral("saveVersion"));
    m_bump->setObjectName(QStringLiteral("bumpAndRetry"));
    m_saveErrors->setObjectName(QStringLiteral("saveVersionErrors"));
    // Named before the first result fills them in, so no control is ever nameless.
    m_message->setAccessibleName(tr("The version the registry needs"));
    m_save->setAccessibleName(tr("Also save the new version in the package file"));
    m_bump->setAccessibleName(tr("Bump the version and publish again"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_save);
    layout->addWidget(m_saveErrors);
    layout->addWidget(m_bump, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(m_bump, &QPushButton::clicked, this, &PublishVersionPage::bump);
}

void PublishVersionPage::initializePage()
{
    const PublishWizard* wizard = publishWizard();
    const PublishResult& result = wizard->result();
    const QString next = result.minNextVersion;
    m_message->setText(
        result.existingVersion.isEmpty()
            ? tr("The registry needs version %1 or higher for this change (you asked for %2).")
                  .arg(next, result.requestedVersion)
            : tr("The registry needs version %1 or higher for this change: the latest version is %2 and you "
                 "asked for %3.")
                  .arg(next, result.existingVersion, result.requestedVersion));
    m_message->setAccessibleName(m_message->text());
    const bool hasFile = !wizard->filePath().isEmpty();
    m_save->setText(
        hasFile ? tr("Also &save version %1 in %2").arg(next, QFileInfo(wizard->filePath()).fileName())
                : tr("Also &save version %1 in the package file").arg(next));
    m_save->setAccessibleName(tr("Also save version %1 in the package file").arg(next));
    m_save->setEnabled(hasFile);
    m_save->setChecked(false);
    m_bump->setText(tr("&Bump to %1 and Publish Again").arg(next));
    m_bump->setAccessibleName(tr("Bump to %1 and publish again").arg(next));
    m_bump->setEnabled(true);
    m_saveErrors->setErrors({});
}

int PublishVersionPage::nextId() const
{
    return PublishWizard::ResultPageId;
}

void PublishVersionPage::bump()
{
    PublishWizard* wizard = publishWizard();
    const QString next = wizard->result().minNextVersion;
    if (m_save->isChecked() && m_save->isEnabled()) {
        QString error;
        if (!wizard->saveVersionToFile(next, &error)) {
            m_saveErrors->setErrors({{QStringLiteral("/version"), error, -1, -1}});
            return;
        }
    }
    wizard->overrides().version = next;
    m_bump->setEnabled(false);
    wizard->publishAgain();
}
