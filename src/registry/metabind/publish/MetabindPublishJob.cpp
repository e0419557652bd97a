#include "MetabindPublishJob.h"

#include "MetabindVersions.h"
#include "core/Logging.h"
#include "graphql/GraphQlClient.h"
#include "graphql/GraphQlJob.h"
#include "registry/JobSupport.h"
#include "registry/VersionOrder.h"
#include "registry/metabind/MetabindErrors.h"
#include "registry/metabind/rest/MetabindRest.h"

#include <QJsonArray>

namespace {

// Every version the project has published, in one page as large as the server allows.
constexpr int kListLimit = 1000;

QStringList versionsOf(const QJsonObject& answer)
{
    QStringList versions;
    for (const QJsonValue& row : answer.value(QStringLiteral("data")).toArray())
        versions.append(row.toObject().value(QStringLiteral("version")).toString());
    return versions;
}

Error refusal(Error::Reason reason, const QString& sentence)
{
    return Error::local(Error::Kind::Config, reason, sentence);
}

} // namespace

MetabindPublishJob::MetabindPublishJob(MetabindRest* rest, MetabindProject project, QString version,
                                       QString notes, QObject* parent)
    : PublishJob(parent)
    , m_rest(rest)
    , m_project(std::move(project))
    , m_version(version.trimmed())
    , m_notes(notes.trimmed())
{
    m_result.package = PackageId{m_project.project, m_version};
    m_result.requestedVersion = m_version;
    QMetaObject::invokeMethod(this, &MetabindPublishJob::start, Qt::QueuedConnection);
}

QString MetabindPublishJob::projectPath(const QString& resource) const
{
    return MetabindRest::projectPath(m_project, resource);
}

void MetabindPublishJob::start()
{
    if (!MetabindVersions::isValid(m_version)) {
        const QString sentence = tr("Enter the version as major.minor.patch, for example 1.2.0.");
        m_result.fieldErrors = {FieldError{QStringLiteral("/version"), sentence}};
        Error error = refusal(Error::Reason::InvalidInput, sentence);
        error.field = QStringLiteral("version");
        end(PublishResult::Outcome::NotPublished, error);
        return;
    }
    if (!m_project.isValid()) {
        end(PublishResult::Outcome::NotPublished, MetabindErrors::noProject());
        return;
    }
    if (std::optional<Error> why = m_rest->whyNotReady()) {
        end(PublishResult::Outcome::NotPublished, *why);
        return;
    }
    setStep(PublishStep::CheckingPackage);
    track(
        m_rest->send("GET", projectPath(QStringLiteral("packages?limit=%1").arg(kListLimit))),
        [this](const QJsonObject& answer) {
            const QStringList versions = versionsOf(answer);
            m_result.serverVersions = versions;
            m_result.packageExists = !versions.isEmpty();
            const QString latest = MetabindVersions::latest(versions);
            m_result.existingVersion = latest;
            m_result.minNextVersion = MetabindVersions::next(latest).patch;
            if (versions.contains(m_version)) {
                Error taken = refusal(Error::Reason::VersionExists, {});
                taken.subject = m_version;
                taken.field = QStringLiteral("version");
                taken.existingVersion = latest;
                end(PublishResult::Outcome::NotPublished, taken);
                return;
            }
            if (!latest.isEmpty() && VersionOrder::compare(m_version, latest) <= 0) {
                Error low = refusal(Error::Reason::VersionTooLow, {});
                low.field = QStringLiteral("version");
                low.existingVersion = latest;
                low.minimumVersion = m_result.minNextVersion;
                end(PublishResult::Outcome::HigherVersionRequired, low);
                return;
            }
            checkComponents(latest);
        },
        [this](const Error& error) { end(PublishResult::Outcome::NotPublished, error); });
}

void MetabindPublishJob::checkComponents(const QString& latest)
{
    Q_UNUSED(latest);
    track(
        m_rest->send("GET", projectPath(QStringLiteral("components?limit=1"))),
        [this](const QJsonObject& answer) {
            if (answer.value(QStringLiteral("data")).toArray().isEmpty()) {
                end(PublishResult::Outcome::NotPublished, MetabindErrors::nothingToPackage());
                return;
            }
            publish();
        },
        [this](const Error& error) { end(PublishResult::Outcome::NotPublished, error); });
}

void MetabindPublishJob::publish()
{
    setStep(PublishStep::CreatingVersion);
    QJsonObject metadata;
    if (!m_notes.isEmpty())
        metadata.insert(QStringLiteral("notes"), m_notes);
    setVersionSent();
    track(
        m_rest->send("POST", projectPath(QStringLiteral("packages")),
                     {{QStringLiteral("version"), m_version}, {QStringLiteral("metadata"), metadata}}),
        [this](const QJsonObject&) { confirm({}); },
        [this](const Error& error) {
            // The answer was lost: the registry may hold the version anyway.
            if (error.kind == Error::Kind::Network || error.kind == Error::Kind::Timeout ||
                error.reason == Error::Reason::ServerFault)
                confirm(error);
            else if (error.reason == Error::Reason::VersionTooLow)
                end(PublishResult::Outcome::HigherVersionRequired, error);
            else
                end(PublishResult::Outcome::NotPublished, error);
        });
}

void MetabindPublishJob::confirm(const Error& why)
{
    setStep(PublishStep::VerifyingState);
    m_result.interrupted = why.isError();
    const auto there = [this, why](bool found) {
        if (found) {
            m_result.version = m_version;
            m_result.packageExists = true;
            if (!m_result.serverVersions.contains(m_version))
                m_result.serverVersions.prepend(m_version);
            end(PublishResult::Outcome::Published);
        } else {
            end(PublishResult::Outcome::NotPublished,
                why.isError()
                    ? why
                    : refusal(Error::Reason::BadAnswer,
                              tr("The registry said it published the version, but does not have it.")));
        }
    };
    // package(version:) answers for the project of the key in use; another project is asked over REST.
    if (m_rest->hasProjectKey() && m_rest->currentProject() == std::optional<MetabindProject>(m_project)) {
        track(
            m_rest->client()->run(QStringLiteral("Package"), {{QStringLiteral("version"), m_version}}),
            [there, this](const QJsonObject& data) {
                there(data.value(QStringLiteral("package")).toObject().value(QStringLiteral("version")) ==
                      m_version);
            },
            [this, why](const Error&) { end(PublishResult::Outcome::Unknown, why); });
        return;
    }
    track(
        m_rest->send("GET", projectPath(QStringLiteral("packages?limit=%1").arg(kListLimit))),
        [there, this](const QJsonObject& answer) { there(versionsOf(answer).contains(m_version)); },
        [this, why](const Error&) { end(PublishResult::Outcome::Unknown, why); });
}

void MetabindPublishJob::stop()
{
    if (isFinished() || m_stopping)
        return;
    m_stopping = true;
    const Error cancelled =
        JobSupport::makeError(Error::Kind::Canceled, QStringLiteral("Stopped by the user"));
    GraphQlJob* request = m_request;
    m_request = nullptr;
    if (request) {
        request->disconnect(this);
        request->cancel();
    }
    if (versionSent())
        confirm(cancelled);
    else
        end(PublishResult::Outcome::NotPublished, cancelled);
}

void MetabindPublishJob::end(PublishResult::Outcome outcome, const Error& error)
{
    if (isFinished())
        return;
    m_result.outcome = outcome;
    m_result.error = error;
    qCDebug(lcRegistry).noquote() << "Metabind publish of" << m_project.project << m_version
                                  << "ended:" << int(outcome)
                                  << (error.isError() ? error.logText() : QString());
    finish(m_result);
}
