#pragma once

#include "registry/publish/PublishProject.h"

#include <QTreeWidget>

// What a new version of a project would package: its components (with their status) and its assets (with
// type and size), one section each, every row with its whole name as tooltip.
class ProjectContentsView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit ProjectContentsView(QWidget* parent = nullptr);

    // Shows `contents`; nothing while it is null (not read yet).
    void showContents(const ProjectContents* contents);

private:
    void addSection(const QString& title, const QList<ProjectItem>& items, bool components);
};
