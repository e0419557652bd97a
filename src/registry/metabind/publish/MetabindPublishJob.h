#pragma once

#include "registry/metabind/rest/MetabindProject.h"
#include "registry/publish/PublishJob.h"

#include <QJsonObject>
#include <QPointer>

#include <functional>

class GraphQlJob;
class MetabindRest;

// Publishes a Metabind project's current components and assets as package `version`:
//  1. the version locally (semver);
//  2. on the registry, before anything changes: the version is free and higher than the latest (GET
//     packages), and the project has components to package (GET components);
//  3. POST packages {version, metadata {notes}};
//  4. confirms with package(version:) (GraphQL, when the key in use is this project's) or the package list.
// stop() after the publish request left asks the registry what it holds before ending.
class MetabindPublishJob : public PublishJob
{
    Q_OBJECT
public:
    MetabindPublishJob(MetabindRest* rest, MetabindProject project, QString version, QString notes,
                       QObject* parent = nullptr);

    void stop() override;

private:
    void start();
    void checkComponents(const QString& latest);
    void publish();
    void confirm(const Error& why);
    void end(PublishResult::Outcome outcome, const Error& error = {});
    QString projectPath(const QString& resource) const;

    MetabindRest* m_rest;
    MetabindProject m_project;
    QString m_version;
    QString m_notes;
    PublishResult m_result;
    bool m_stopping = false;
};
