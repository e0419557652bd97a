#pragma once

#include "PublishResult.h"
#include "PublishStep.h"
#include "registry/RegistryJob.h"

#include <QString>

// One publish = one job. It always finishes with a PublishResult (also for refusals and failures, which
// are outcomes the wizard explains); failed() comes only from cancel(), which abandons the job without a
// report. stop() is the Cancel button: it stops what is in flight and, when a change may already have
// reached the server, asks the server before finishing with the real state.
class PublishJob : public ResultJob<PublishResult>
{
    Q_OBJECT
public:
    using ResultJob<PublishResult>::ResultJob;

    PublishStep step() const { return m_step; }
    // True once the request that creates the version has been sent.
    bool versionSent() const { return m_versionSent; }
    // Default for jobs with nothing in flight that could leave a change behind: abandon.
    virtual void stop() { cancel(); }

    // A sentence for a progress page.
    static QString stepText(PublishStep step);

signals:
    void stepChanged(PublishStep step);

protected:
    void setStep(PublishStep step);
    void setVersionSent() { m_versionSent = true; }

private:
    PublishStep m_step = PublishStep::CheckingFile;
    bool m_versionSent = false;
};
