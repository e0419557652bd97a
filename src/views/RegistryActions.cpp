#include "RegistryActions.h"

#include "RegistryDialog.h"
#include "icons/ThemedIcon.h"
#include "registry/RegistryList.h"
#include "session/Workspace.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>

RegistryActions::RegistryActions(Workspace* workspace, std::function<QUrl()> selected, QWidget* window)
    : QObject(window)
    , m_workspace(workspace)
    , m_selected(std::move(selected))
    , m_window(window)
    , m_add(new QAction(themedIcon(QStringLiteral("list-add"), QStyle::SP_FileDialogNewFolder),
                        tr("&Add Registry…"), this))
    , m_edit(new QAction(themedIcon(QStringLiteral("document-edit"), QStyle::SP_FileDialogDetailedView),
                         tr("&Edit Registry…"), this))
    , m_remove(new QAction(themedIcon(QStringLiteral("list-remove"), QStyle::SP_TrashIcon),
                           tr("&Remove Registry…"), this))
{
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_add->setToolTip(tr("Add a registry by its GraphQL address"));
    m_edit->setToolTip(tr("Change the name, address or kind of the selected registry"));
    m_remove->setToolTip(tr("Remove the selected registry from the list"));
    connect(m_add, &QAction::triggered, this, &RegistryActions::add);
    connect(m_edit, &QAction::triggered, this, &RegistryActions::edit);
    connect(m_remove, &QAction::triggered, this, &RegistryActions::remove);
}

void RegistryActions::updateActions()
{
    const bool hasRegistry = m_workspace->registries()->indexOfUrl(m_selected()) >= 0;
    m_edit->setEnabled(hasRegistry);
    m_remove->setEnabled(hasRegistry);
}

void RegistryActions::add()
{
    auto* dialog = new RegistryDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWorkspace(m_workspace);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // An address already listed is shown rather than kept twice.
        const int row = m_workspace->add(dialog->entry());
        m_workspace->open(m_workspace->registries()->entries().at(row).url);
    });
    dialog->open();
}

void RegistryActions::edit()
{
    const QUrl originalUrl = m_selected();
    const int row = m_workspace->registries()->indexOfUrl(originalUrl);
    if (row < 0)
        return;
    auto* dialog = new RegistryDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWorkspace(m_workspace);
    dialog->setEntry(m_workspace->registries()->entries().at(row));
    connect(dialog, &QDialog::accepted, this, [this, dialog, originalUrl] {
        const RegistryEntry entry = dialog->entry();
        if (!m_workspace->replace(originalUrl, entry))
            QMessageBox::warning(m_window, tr("Edit Registry"),
                                 tr("“%1” is already in the list.").arg(entry.url.toDisplayString()));
    });
    dialog->open();
}

void RegistryActions::remove()
{
    const QUrl url = m_selected();
    const int row = m_workspace->registries()->indexOfUrl(url);
    if (row < 0)
        return;
    const QString name = m_workspace->registries()->entries().at(row).name;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Remove Registry"),
                                tr("Remove “%1” from the list?").arg(name), QMessageBox::Cancel, m_window);
    box->setInformativeText(tr("Nothing is deleted on the registry itself. You can add it again later."));
    QPushButton* removeButton = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, removeButton, url] {
        if (box->clickedButton() == removeButton)
            m_workspace->remove(url);
    });
    box->open();
}
