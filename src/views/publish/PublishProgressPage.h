#pragma once

#include "PublishWizardPage.h"
#include "registry/publish/PublishStep.h"

#include <QPointer>

class PublishJob;
class QLabel;
class QProgressBar;

// Fourth page: the publish in progress, step by step. The wizard's Cancel button stops it (and, once a
// change was sent, the job asks the registry what it holds before the result page says anything). Moves
// on by itself: to the version page when the registry needs a higher version, else to the result page.
class PublishProgressPage : public PublishWizardPage
{
    Q_OBJECT
public:
    explicit PublishProgressPage(QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    void startPublish();
    void stop();
    bool isPublishing() const { return !m_job.isNull(); }

private:
    void showStep(PublishStep step);

    QLabel* m_step;
    QProgressBar* m_bar;
    QLabel* m_note;
    QPointer<PublishJob> m_job;
    bool m_done = false;
};
