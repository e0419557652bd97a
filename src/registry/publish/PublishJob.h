#pragma once

#include "PublishResult.h"
#include "PublishStep.h"
#include "registry/RegistryJob.h"

#include <QJsonObject>
#include <QPointer>
#include <QString>

#include <functional>

class GraphQlJob;

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
    using DataHandler = std::function<void(const QJsonObject& data)>;
    using ErrorHandler = std::function<void(const Error& error)>;

    void setStep(PublishStep step);
    void setVersionSent() { m_versionSent = true; }
    // Makes `request` the one in flight (m_request, what stop() cancels) until it answers: its data goes to
    // `onData`, its failure to `onError`, its upload progress to progress().
    void track(GraphQlJob* request, DataHandler onData, ErrorHandler onError);

    QPointer<GraphQlJob> m_request;

private:
    PublishStep m_step = PublishStep::CheckingFile;
    bool m_versionSent = false;
};
