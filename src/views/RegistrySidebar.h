#pragma once

#include <QListView>
#include <QUrl>

class RegistryListModel;
class Workspace;

// The list of registries at the top of the sidebar. Its current row is the open registry: choosing a row opens
// that registry, and whatever opens another one (a link, a removed row, a reset list) moves the row with it.
class RegistrySidebar : public QListView
{
    Q_OBJECT
public:
    RegistrySidebar(Workspace* workspace, QWidget* parent = nullptr);

    // The registry of the current row; empty when no row is current.
    QUrl selectedUrl() const;
    // Makes the open registry's row the current one, without opening anything.
    void selectOpenRegistry();

signals:
    void selectionFollowed(); // selectOpenRegistry() ran: the actions may need updating

private:
    Workspace* m_workspace;
    RegistryListModel* m_model;
};
