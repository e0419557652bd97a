#include "PackageGroupListModel.h"

PackageGroupListModel::PackageGroupListModel(QObject* parent)
    : PagedRows<PackageGroup>(parent)
{}

QVariant PackageGroupListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PackageGroup& catalog = rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return catalog.displayName.isEmpty() ? catalog.slug : catalog.displayName;
    case Qt::ToolTipRole:
        return catalog.description.isEmpty() ? QVariant() : QVariant(catalog.description);
    case SlugRole:
        return catalog.slug;
    case DescriptionRole:
        return catalog.description;
    case WebsiteRole:
        return catalog.website;
    case IsPublicRole:
        return catalog.isPublic;
    case GroupRole:
        return QVariant::fromValue(catalog);
    }
    return {};
}

QHash<int, QByteArray> PackageGroupListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SlugRole, QByteArrayLiteral("slug"));
    names.insert(DisplayNameRole, QByteArrayLiteral("displayName"));
    names.insert(DescriptionRole, QByteArrayLiteral("description"));
    names.insert(WebsiteRole, QByteArrayLiteral("website"));
    names.insert(IsPublicRole, QByteArrayLiteral("isPublic"));
    names.insert(GroupRole, QByteArrayLiteral("group"));
    return names;
}
