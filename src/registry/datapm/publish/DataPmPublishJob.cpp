#include "DataPmPublishJob.h"

#include "DataPmPackageFileChecker.h"
#include "DataPmReferencedFiles.h"
#include "graphql/GraphQlClient.h"
#include "graphql/GraphQlJob.h"
#include "graphql/RequestOptions.h"
#include "registry/JobSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace {

QJsonObject object(const QJsonObject& parent, QLatin1String key)
{
    return parent.value(key).toObject();
}

QString versionText(const QJsonObject& identifier)
{
    return QStringLiteral("%1.%2.%3")
        .arg(identifier.value(QLatin1String("versionMajor")).toInt())
        .arg(identifier.value(QLatin1String("versionMinor")).toInt())
        .arg(identifier.value(QLatin1String("versionPatch")).toInt());
}

// "01.2.3" and "1.2.3" are the same version to the server: compare numbers, not text.
QString normalizedVersion(const QString& version)
{
    const QStringList parts = version.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return version;
    QStringList numbers;
    for (const QString& part : parts)
        numbers.append(QString::number(part.toULongLong()));
    return numbers.join(QLatin1Char('.'));
}

RequestOptions writeOptions()
{
    RequestOptions options;
    options.isRead = false; // a mutation is never repeated behind the user's back
    return options;
}

RequestOptions verifyOptions()
{
    // Asking what happened must not leave the user waiting as long as the publish itself.
    RequestOptions options;
    options.deadline = std::chrono::milliseconds(15000);
    options.inactivityTimeout = std::chrono::milliseconds(10000);
    return options;
}

} // namespace

DataPmPublishJob::DataPmPublishJob(GraphQlClient* client, PublishRequest request, QObject* parent)
    : PublishJob(parent)
    , m_client(client)
    , m_request(std::move(request))
{
    // cancel() abandons the job: abort the request in flight and report nothing more.
    connect(this, &RegistryJob::cancelRequested, this, [this] {
        if (GraphQlJob* job = m_inFlight.data()) {
            m_inFlight = nullptr;
            job->cancel();
        }
    });
    // Start from the event loop so the caller can connect first.
    QTimer::singleShot(0, this, &DataPmPublishJob::start);
}

QJsonObject DataPmPublishJob::identifier() const
{
    return {{QStringLiteral("catalogSlug"), m_result.package.scope},
            {QStringLiteral("packageSlug"), m_result.package.name}};
}

void DataPmPublishJob::start()
{
    if (isFinished())
        return;
    setStep(PublishStep::CheckingFile);
    // The same checks as the form, again: nothing leaves Depot while the merged file has an error. The README and
    // licence the file names by path are read now and sent as text.
    QList<FieldError> unreadable;
    const PackageFileFields overrides = DataPmReferencedFiles::resolve(
        m_request.packageFileText, m_request.overrides, m_request.packageFileFolder, &unreadable);
    PackageFileCheck check = DataPmPackageFileChecker::check(m_request.packageFileText, overrides);
    check.errors += unreadable;
    m_result.requestedVersion = check.fields.version.value_or(QString());
    m_result.package = {m_request.catalogSlug, check.fields.packageSlug.value_or(QString())};
    if (!check.isOk() || m_request.catalogSlug.trimmed().isEmpty()) {
        m_result.fieldErrors = check.errors;
        if (m_request.catalogSlug.trimmed().isEmpty())
            m_result.fieldErrors.append({QStringLiteral("catalogSlug"), tr("Choose a catalog."), -1, -1});
        end(PublishResult::Outcome::NotPublished,
            JobSupport::invalidInput(tr("The package file has errors; nothing was sent.")));
        return;
    }
    m_file = DataPmPackageFileChecker::merged(m_request.packageFileText, overrides);
    checkPackage();
}

void DataPmPublishJob::send(const QString& operation, const QJsonObject& variables,
                            const RequestOptions& options, const QString& field, DataHandler onData,
                            ErrorHandler onError)
{
    GraphQlJob* job = m_client->run(operation, variables, options);
    m_inFlight = job;
    connect(job, &GraphQlJob::finished, this,
            [this, job, field, onData = std::move(onData), onError](const QJsonObject& data,
                                                                    const QList<Error>& partial) {
                if (m_inFlight != job)
                    return; // stopped: the answer no longer matters
                m_inFlight = nullptr;
                if (!field.isEmpty() && data.value(field).isNull() && !partial.isEmpty())
                    onError(partial.first());
                else
                    onData(data);
            });
    connect(job, &GraphQlJob::failed, this, [this, job, onError](const Error& error) {
        if (m_inFlight != job)
            return;
        m_inFlight = nullptr;
        onError(error);
    });
}

void DataPmPublishJob::readPackageState(const QJsonObject& package)
{
    m_result.packageExists = true;
    m_result.packageIsPublic = package.value(QLatin1String("isPublic")).toBool();
    m_result.catalogIsPublic =
        object(package, QLatin1String("catalog")).value(QLatin1String("isPublic")).toBool();
    if (package.contains(QLatin1String("versions"))) {
        m_result.serverVersions.clear();
        for (const QJsonValue& version : package.value(QLatin1String("versions")).toArray())
            m_result.serverVersions.append(
                versionText(object(version.toObject(), QLatin1String("identifier"))));
    }
}

void DataPmPublishJob::checkPackage()
{
    setStep(PublishStep::CheckingPackage);
    send(
        QStringLiteral("PublishPackageState"), {{QStringLiteral("identifier"), identifier()}},
        RequestOptions(), QStringLiteral("package"),
        [this](const QJsonObject& data) {
            readPackageState(object(data, QLatin1String("package")));
            m_versionsBefore = m_result.serverVersions;
            // The version first: a version the registry refuses (too low, taken) must leave the package exactly
            // as it was, so its name and description change only after the version is in.
            createVersion();
        },
        [this](const Error& error) {
            if (error.reason == Error::Reason::NotFound)
                createPackage();
            else
                end(PublishResult::Outcome::NotPublished, error);
        });
}

void DataPmPublishJob::createPackage()
{
    setStep(PublishStep::CreatingPackage);
    const QJsonObject value{{QStringLiteral("catalogSlug"), m_result.package.scope},
                            {QStringLiteral("packageSlug"), m_result.package.name},
                            {QStringLiteral("displayName"), m_file.value(QLatin1String("displayName"))},
                            {QStringLiteral("description"), m_file.value(QLatin1String("description"))}};
    m_changeSent = true;
    send(
        QStringLiteral("CreatePackage"), {{QStringLiteral("value"), value}}, writeOptions(),
        QStringLiteral("createPackage"),
        [this](const QJsonObject& data) {
            m_result.packageCreated = true;
            readPackageState(object(data, QLatin1String("createPackage")));
            m_result.serverVersions.clear();
            createVersion();
        },
        [this](const Error& error) { failAfterChange(error); });
}

void DataPmPublishJob::updatePackage()
{
    // The version is published: the package's name and description follow the new file.
    setStep(PublishStep::UpdatingPackage);
    const QJsonObject value{{QStringLiteral("displayName"), m_file.value(QLatin1String("displayName"))},
                            {QStringLiteral("description"), m_file.value(QLatin1String("description"))}};
    send(
        QStringLiteral("UpdatePackage"),
        {{QStringLiteral("identifier"), identifier()}, {QStringLiteral("value"), value}}, writeOptions(),
        QStringLiteral("updatePackage"),
        [this](const QJsonObject& data) {
            const QStringList versions = m_result.serverVersions;
            readPackageState(object(data, QLatin1String("updatePackage")));
            m_result.serverVersions = versions;
            end(PublishResult::Outcome::Published);
        },
        [this](const Error& error) {
            // Published all the same: say what did not follow.
            Error partly = error;
            partly.explanation =
                tr("The version is published, but the package's name and description could not be updated: %1")
                    .arg(error.userText());
            end(PublishResult::Outcome::Published, partly);
        });
}

void DataPmPublishJob::createVersion()
{
    setStep(PublishStep::CreatingVersion);
    const QString text = QString::fromUtf8(QJsonDocument(m_file).toJson(QJsonDocument::Compact));
    const QJsonObject value{{QStringLiteral("packageFile"), text}}; // a JSON string, as the server wants it
    setVersionSent();
    m_changeSent = true;
    send(
        QStringLiteral("CreateVersion"),
        {{QStringLiteral("identifier"), identifier()}, {QStringLiteral("value"), value}}, writeOptions(),
        QStringLiteral("createVersion"),
        [this](const QJsonObject& data) {
            const QString answered = versionText(
                object(object(data, QLatin1String("createVersion")), QLatin1String("identifier")));
            const QString requested = normalizedVersion(m_result.requestedVersion);
            m_result.version = answered;
            // An identical file answers the version that already holds it, whatever number was asked; the
            // same number that already existed means the same thing.
            if (answered != requested || m_versionsBefore.contains(answered)) {
                end(PublishResult::Outcome::Unchanged);
                return;
            }
            if (!m_result.serverVersions.contains(answered))
                m_result.serverVersions.append(answered);
            if (m_result.packageCreated)
                end(PublishResult::Outcome::Published); // created with this file's name and description
            else
                updatePackage();
        },
        [this](const Error& error) {
            if (error.reason == Error::Reason::VersionTooLow) {
                m_result.existingVersion = error.existingVersion;
                m_result.minNextVersion = error.minimumVersion;
                end(PublishResult::Outcome::HigherVersionRequired, error);
            } else {
                failAfterChange(error);
            }
        });
}

void DataPmPublishJob::verify(const Error& why)
{
    setStep(PublishStep::VerifyingState);
    m_result.interrupted = true;
    send(
        QStringLiteral("PublishPackageState"), {{QStringLiteral("identifier"), identifier()}},
        verifyOptions(), QStringLiteral("package"),
        [this, why](const QJsonObject& data) {
            readPackageState(object(data, QLatin1String("package")));
            const QString requested = normalizedVersion(m_result.requestedVersion);
            if (versionSent() && m_result.serverVersions.contains(requested) &&
                !m_versionsBefore.contains(requested)) {
                m_result.version = requested;
                end(PublishResult::Outcome::Published, why);
            } else {
                end(PublishResult::Outcome::NotPublished, why);
            }
        },
        [this, why](const Error& error) {
            if (error.reason == Error::Reason::NotFound) {
                m_result.packageExists = false;
                m_result.serverVersions.clear();
                end(PublishResult::Outcome::NotPublished, why);
            } else {
                end(PublishResult::Outcome::Unknown, why);
            }
        });
}

void DataPmPublishJob::stop()
{
    if (isFinished() || m_stopping)
        return;
    m_stopping = true;
    const bool wasVerifying = step() == PublishStep::VerifyingState;
    if (GraphQlJob* job = m_inFlight.data()) {
        m_inFlight = nullptr;
        job->cancel();
    }
    const Error canceled =
        Error::local(Error::Kind::Canceled, Error::Reason::Cancelled, tr("You cancelled the publish."));
    if (wasVerifying)
        end(PublishResult::Outcome::Unknown, canceled);
    else if (m_changeSent)
        verify(canceled); // a change may have reached the server: find out before saying anything
    else
        end(PublishResult::Outcome::NotPublished, canceled);
}

void DataPmPublishJob::failAfterChange(const Error& error)
{
    if (leavesStateUnknown(error))
        verify(error); // the change may have reached the server: find out before saying anything
    else
        end(PublishResult::Outcome::NotPublished, error);
}

bool DataPmPublishJob::leavesStateUnknown(const Error& error)
{
    switch (error.kind) {
    case Error::Kind::Network:
    case Error::Kind::Timeout:
    case Error::Kind::Decode:
    case Error::Kind::TooLarge:
    case Error::Kind::Canceled:
        return true;
    case Error::Kind::Http:
        return error.httpStatus >= 500 || error.httpStatus == 0;
    default:
        return false;
    }
}

void DataPmPublishJob::end(PublishResult::Outcome outcome, const Error& error)
{
    m_result.outcome = outcome;
    m_result.error = error;
    finish(m_result);
}
