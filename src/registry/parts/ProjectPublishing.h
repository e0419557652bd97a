#pragma once

#include "registry/RegistryJob.h"
#include "registry/publish/PublishJob.h"
#include "registry/publish/PublishProject.h"

#include <optional>

using PublishProjectListJob = ResultJob<QList<PublishProject>>;
using ProjectContentsJob = ResultJob<ProjectContents>;

// Publishing what a project on the registry holds now as a new version (Metabind: the project's current
// components and assets become package `version`). Nothing is uploaded: the person picks the project, sees
// what will be packaged, and names the version.
class ProjectPublishing
{
public:
    virtual ~ProjectPublishing() = default;

    // The projects the signed-in person may publish to; fails when the registry does not list them (then
    // the person types the ids).
    virtual PublishProjectListJob* projects() = 0;
    // The project this registry is used with now (its key's), nullopt when none is known.
    virtual std::optional<PublishProject> currentProject() const = 0;
    // What a new version of `project` would hold, and its published versions.
    virtual ProjectContentsJob* contents(const PublishProject& project) = 0;
    // Whether `version` is a version this registry takes ("1.2.3"), checked locally.
    virtual bool isValidVersion(const QString& version) const = 0;
    // Publishes `project` as `version` with `notes`: checks the version locally, then on the registry
    // before changing anything (the version is free and higher than the latest, there is something to
    // package), publishes, and confirms that the registry holds it. Always ends with a PublishResult.
    virtual PublishJob* publishProject(const PublishProject& project, const QString& version,
                                       const QString& notes) = 0;
};
