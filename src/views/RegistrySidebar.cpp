#include "RegistrySidebar.h"

#include "RegistryItemDelegate.h"
#include "models/RegistryListModel.h"
#include "registry/RegistryList.h"
#include "session/RegistrySession.h"
#include "session/Workspace.h"

#include <QSignalBlocker>

RegistrySidebar::RegistrySidebar(Workspace* workspace, QWidget* parent)
    : QListView(parent)
    , m_workspace(workspace)
    , m_model(new RegistryListModel(workspace->registries(), this))
{
    setModel(m_model);
    setAccessibleName(tr("Registries"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setItemDelegate(new RegistryItemDelegate(this));
    setMinimumHeight(80);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { m_workspace->open(selectedUrl()); });
    connect(workspace->registries(), &RegistryList::changed, this, &RegistrySidebar::selectOpenRegistry);
}

QUrl RegistrySidebar::selectedUrl() const
{
    const QModelIndex current = selectionModel()->currentIndex();
    const QList<RegistryEntry>& entries = m_workspace->registries()->entries();
    return current.isValid() && current.row() < entries.size() ? entries.at(current.row()).url : QUrl();
}

void RegistrySidebar::selectOpenRegistry()
{
    // The list was reset (or another registry opened): the open registry's row is the current one.
    RegistrySession* open = m_workspace->session();
    const int row = open ? m_workspace->registries()->indexOfUrl(open->entry().url) : -1;
    const QSignalBlocker quiet(selectionModel());
    if (row < 0)
        selectionModel()->clear();
    else
        selectionModel()->setCurrentIndex(m_model->index(row), QItemSelectionModel::ClearAndSelect);
    viewport()->update();
    emit selectionFollowed();
}
