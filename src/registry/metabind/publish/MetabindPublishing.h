#pragma once

#include "registry/parts/ProjectPublishing.h"

#include <QCoreApplication>

class MetabindRest;
class QObject;

// Metabind's publishing part: the signed-in person's organizations and projects (GET organizations), what
// the next package of a project holds (its current components and assets, and its published versions), and
// MetabindPublishJob. Everything goes over REST with the sign-in.
class MetabindPublishing : public ProjectPublishing
{
    Q_DECLARE_TR_FUNCTIONS(MetabindPublishing)
public:
    MetabindPublishing(MetabindRest* rest, QObject* jobParent);

    PublishProjectListJob* projects() override;
    std::optional<PublishProject> currentProject() const override;
    ProjectContentsJob* contents(const PublishProject& project) override;
    bool isValidVersion(const QString& version) const override;
    PublishJob* publishProject(const PublishProject& project, const QString& version,
                               const QString& notes) override;

private:
    MetabindRest* m_rest;
    QObject* m_jobParent;
};
