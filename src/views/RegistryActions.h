#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QAction;
class QWidget;
class Workspace;

// Add, edit and remove registries: the actions (menu, toolbar, the sidebar's context menu) and their dialogs.
// The registry list itself is the Workspace's.
class RegistryActions : public QObject
{
    Q_OBJECT
public:
    // `selected` gives the address of the registry selected in the sidebar (empty when none).
    RegistryActions(Workspace* workspace, std::function<QUrl()> selected, QWidget* window);

    QAction* addAction() const { return m_add; }
    QAction* editAction() const { return m_edit; }
    QAction* removeAction() const { return m_remove; }
    void updateActions();

    void add();
    void edit();
    void remove();

private:
    Workspace* m_workspace;
    std::function<QUrl()> m_selected;
    QPointer<QWidget> m_window;
    QAction* m_add;
    QAction* m_edit;
    QAction* m_remove;
};
