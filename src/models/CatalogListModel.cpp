#include "CatalogListModel.h"

CatalogListModel::CatalogListModel(QObject* parent)
    : PagedRows<Catalog>(parent)
{}

QVariant CatalogListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Catalog& catalog = rows().at(index.row());
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
    case CatalogRole:
        return QVariant::fromValue(catalog);
    }
    return {};
}

QHash<int, QByteArray> CatalogListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SlugRole, QByteArrayLiteral("slug"));
    names.insert(DisplayNameRole, QByteArrayLiteral("displayName"));
    names.insert(DescriptionRole, QByteArrayLiteral("description"));
    names.insert(WebsiteRole, QByteArrayLiteral("website"));
    names.insert(IsPublicRole, QByteArrayLiteral("isPublic"));
    names.insert(CatalogRole, QByteArrayLiteral("catalog"));
    return names;
}

