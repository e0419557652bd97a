#include "RegistryListModel.h"

#include "registry/DialectTable.h"
#include "registry/RegistryList.h"

RegistryListModel::RegistryListModel(RegistryList* list, QObject* parent)
    : QAbstractListModel(parent)
    , m_list(list)
{
    // RegistryList only says "changed": a reset is the honest answer (the list is a handful of rows).
    if (m_list) {
        connect(m_list, &RegistryList::changed, this, [this] {
            beginResetModel();
            endResetModel();
        });
    }
}

RegistryList* RegistryListModel::registryList() const
{
    return m_list;
}

int RegistryListModel::rowOfUrl(const QUrl& url) const
{
    return m_list ? m_list->indexOfUrl(url) : -1;
}

int RegistryListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_list ? 0 : int(m_list->entries().size());
}

QString RegistryListModel::dialectText(const RegistryEntry& entry) const
{
    const std::optional<Dialect> dialect = entry.dialect();
    return dialect ? DialectTable::displayName(*dialect) : tr("Kind not detected yet");
}

QString RegistryListModel::detailText(const RegistryEntry& entry) const
{
    //: Sidebar, under a registry's name: registry kind · host name
    return tr("%1 · %2").arg(dialectText(entry), entry.url.host());
}

QVariant RegistryListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_list)
        return {};
    const RegistryEntry& entry = m_list->entries().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return entry.name;
    case Qt::AccessibleTextRole:
        //: Sidebar entry read by screen readers: registry name, registry kind, host name
        return tr("%1, %2 at %3").arg(entry.name, dialectText(entry), entry.url.host());
    case DetailRole:
        return detailText(entry);
    case Qt::ToolTipRole:
        return entry.url.toDisplayString();
    case UrlRole:
        return entry.url;
    case DialectRole:
        return entry.dialect() ? entry.dialect()->id() : QString();
    case DialectNameRole:
        return dialectText(entry);
    case EntryRole:
        return QVariant::fromValue(entry);
    }
    return {};
}

Qt::ItemFlags RegistryListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || index.parent().isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> RegistryListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NameRole, QByteArrayLiteral("name"));
    names.insert(UrlRole, QByteArrayLiteral("url"));
    names.insert(DialectRole, QByteArrayLiteral("dialect"));
    names.insert(DialectNameRole, QByteArrayLiteral("dialectName"));
    names.insert(EntryRole, QByteArrayLiteral("entry"));
    names.insert(DetailRole, QByteArrayLiteral("detail"));
    return names;
}
