#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// A project kept on the registry that publishing packages as a new version (Metabind: an organization's
// project), named by the owner's id and its own id.
struct PublishProject
{
    QString owner;       // Metabind: the organization
    QString id;          // the project
    QString displayName; // may be empty

    bool isValid() const { return !owner.isEmpty() && !id.isEmpty(); }
    bool operator==(const PublishProject& other) const { return owner == other.owner && id == other.id; }
};

// One thing the next version would hold: a component or an asset, as the project holds it now.
struct ProjectItem
{
    QString name;
    QString title;  // components: the title, may be empty
    QString kind;   // assets: the MIME type; components: empty
    QString status; // components: "draft", "modified", "published" (the registry's words)
    qint64 size = -1;
};

// What publishing `project` now would package, and the versions it has.
struct ProjectContents
{
    PublishProject project;
    QList<ProjectItem> components;
    QList<ProjectItem> assets;
    QString latestVersion;    // empty before the first
    QStringList versions;     // every published version, newest first
    QStringList nextVersions; // the next patch, minor and major versions after the latest
};

Q_DECLARE_METATYPE(PublishProject)
Q_DECLARE_METATYPE(ProjectContents)
