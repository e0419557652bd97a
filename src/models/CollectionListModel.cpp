#include "CollectionListModel.h"

CollectionListModel::CollectionListModel(QObject* parent)
    : PagedRows<Collection>(parent)
{}

QVariant CollectionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Collection& collection = rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return collection.name.isEmpty() ? collection.slug : collection.name;
    case Qt::ToolTipRole:
        return collection.description.isEmpty() ? QVariant() : QVariant(collection.description);
    case SlugRole:
        return collection.slug;
    case DescriptionRole:
        return collection.description;
    case IsPublicRole:
        return collection.isPublic;
    case CollectionRole:
        return QVariant::fromValue(collection);
    }
    return {};
}

QHash<int, QByteArray> CollectionListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SlugRole, QByteArrayLiteral("slug"));
    names.insert(NameRole, QByteArrayLiteral("name"));
    names.insert(DescriptionRole, QByteArrayLiteral("description"));
    names.insert(IsPublicRole, QByteArrayLiteral("isPublic"));
    names.insert(CollectionRole, QByteArrayLiteral("collection"));
    return names;
}

