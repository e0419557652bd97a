#include "PublishJob.h"

#include "graphql/GraphQlJob.h"

#include <QCoreApplication>

void PublishJob::track(GraphQlJob* request, DataHandler onData, ErrorHandler onError)
{
    m_request = request;
    connect(request, &GraphQlJob::finished, this,
            [this, onData = std::move(onData)](const QJsonObject& data, const QList<Error>&) {
                m_request = nullptr;
                onData(data);
            });
    connect(request, &GraphQlJob::failed, this, [this, onError = std::move(onError)](const Error& error) {
        m_request = nullptr;
        onError(error);
    });
    connect(request, &GraphQlJob::uploadProgress, this, &RegistryJob::progress);
}

void PublishJob::setStep(PublishStep step)
{
    if (isFinished())
        return;
    m_step = step;
    emit stepChanged(step);
}

QString PublishJob::stepText(PublishStep step)
{
    switch (step) {
    case PublishStep::CheckingFile:
        return QCoreApplication::translate("PublishJob", "Checking the package file…");
    case PublishStep::CheckingPackage:
        return QCoreApplication::translate("PublishJob", "Looking for the package on the registry…");
    case PublishStep::CreatingPackage:
        return QCoreApplication::translate("PublishJob", "Creating the package…");
    case PublishStep::UpdatingPackage:
        return QCoreApplication::translate("PublishJob", "Updating the package’s name and description…");
    case PublishStep::CreatingVersion:
        return QCoreApplication::translate("PublishJob", "Publishing the new version…");
    case PublishStep::VerifyingState:
        return QCoreApplication::translate("PublishJob", "Asking the registry what it now holds…");
    case PublishStep::Packing:
        return QCoreApplication::translate("PublishJob", "Packing the folder…");
    case PublishStep::Uploading:
        return QCoreApplication::translate("PublishJob", "Uploading the package…");
    }
    return {};
}
