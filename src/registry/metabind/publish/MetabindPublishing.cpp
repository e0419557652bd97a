#include "MetabindPublishing.h"

#include "MetabindPublishJob.h"
#include "MetabindVersions.h"
#include "graphql/GraphQlJob.h"
#include "registry/JobSupport.h"
#include "registry/JsonFields.h"
#include "registry/metabind/rest/MetabindRest.h"

#include <QJsonArray>

namespace {

using JsonFields::str;

constexpr int kListLimit = 1000;

MetabindProject toMetabind(const PublishProject& project)
{
    return {project.owner, project.id};
}

QList<ProjectItem> items(const QJsonObject& answer, bool components)
{
    QList<ProjectItem> result;
    for (const QJsonValue& row : answer.value(QStringLiteral("data")).toArray()) {
        const QJsonObject object = row.toObject();
        ProjectItem item;
        item.name = str(object, "name");
        if (components) {
            item.title = str(object, "title");
            item.status = str(object, "status");
        } else {
            item.kind = str(object, "type");
            item.size = object.value(QStringLiteral("size")).toInteger(-1);
        }
        result.append(item);
    }
    return result;
}

} // namespace

MetabindPublishing::MetabindPublishing(MetabindRest* rest, QObject* jobParent)
    : m_rest(rest)
    , m_jobParent(jobParent)
{}

PublishProjectListJob* MetabindPublishing::projects()
{
    auto* job = new PublishProjectListJob(m_jobParent);
    if (std::optional<Error> why = m_rest->whyNotReady())
        return JobSupport::failQueued(job, *why);
    JobSupport::bind(
        m_rest->send("GET", MetabindRest::path(QStringLiteral("organizations"))), job,
        [](const QJsonObject& answer, QString* whyNot) -> std::optional<QList<PublishProject>> {
            const QJsonValue organizations = answer.value(QStringLiteral("data"));
            if (!organizations.isArray()) {
                *whyNot = QStringLiteral("organizations: data is not a list");
                return std::nullopt;
            }
            QList<PublishProject> result;
            for (const QJsonValue& organization : organizations.toArray()) {
                const QString owner = str(organization.toObject(), "id");
                const QJsonArray projects =
                    organization.toObject().value(QStringLiteral("projects")).toArray();
                for (const QJsonValue& project : projects)
                    result.append({owner, str(project.toObject(), "id"), str(project.toObject(), "name")});
            }
            return result;
        });
    return job;
}

std::optional<PublishProject> MetabindPublishing::currentProject() const
{
    const std::optional<MetabindProject> project = m_rest->currentProject();
    if (!project)
        return std::nullopt;
    return PublishProject{project->organization, project->project, {}};
}

ProjectContentsJob* MetabindPublishing::contents(const PublishProject& project)
{
    auto* job = new ProjectContentsJob(m_jobParent);
    if (std::optional<Error> why = m_rest->whyNotReady())
        return JobSupport::failQueued(job, *why);
    if (!project.isValid())
        return JobSupport::failQueued(job,
                                      JobSupport::invalidInput(tr("Enter the organization and project.")));
    // Three lists, asked at once; the job ends when all have answered or at the first failure.
    struct Gathered
    {
        ProjectContents contents;
        int waiting = 3;
    };
    auto gathered = std::make_shared<Gathered>();
    gathered->contents.project = project;
    const auto ask = [this, job, gathered, project](const QString& resource,
                                                    std::function<void(const QJsonObject&)> take) {
        GraphQlJob* request = m_rest->send(
            "GET", MetabindRest::projectPath(toMetabind(project),
                                             resource + QStringLiteral("?limit=%1").arg(kListLimit)));
        QObject::connect(job, &RegistryJob::cancelRequested, request, &GraphQlJob::cancel);
        QObject::connect(request, &GraphQlJob::failed, job, [job](const Error& error) {
            if (!job->isFinished())
                job->fail(error);
        });
        QObject::connect(request, &GraphQlJob::finished, job,
                         [job, gathered, take](const QJsonObject& answer, const QList<Error>&) {
                             take(answer);
                             if (--gathered->waiting == 0 && !job->isFinished())
                                 job->finish(gathered->contents);
                         });
    };
    ask(QStringLiteral("components"),
        [gathered](const QJsonObject& answer) { gathered->contents.components = items(answer, true); });
    ask(QStringLiteral("assets"),
        [gathered](const QJsonObject& answer) { gathered->contents.assets = items(answer, false); });
    ask(QStringLiteral("packages"), [gathered](const QJsonObject& answer) {
        QStringList versions;
        for (const QJsonValue& row : answer.value(QStringLiteral("data")).toArray())
            versions.append(str(row.toObject(), "version"));
        gathered->contents.versions = versions;
        gathered->contents.latestVersion = MetabindVersions::latest(versions);
        const MetabindVersions::Next next = MetabindVersions::next(gathered->contents.latestVersion);
        gathered->contents.nextVersions = {next.patch, next.minor, next.major};
    });
    return job;
}

bool MetabindPublishing::isValidVersion(const QString& version) const
{
    return MetabindVersions::isValid(version.trimmed());
}

PublishJob* MetabindPublishing::publishProject(const PublishProject& project, const QString& version,
                                               const QString& notes)
{
    return new MetabindPublishJob(m_rest, toMetabind(project), version, notes, m_jobParent);
}
