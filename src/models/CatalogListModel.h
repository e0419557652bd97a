#pragma once

#include "PagedRows.h"
#include "registry/Catalog.h"

// The catalogs of a registry for the sidebar's "Catalogs" section, paged (PagedListModel) over a source
// such as searchCatalogs; rows are de-duplicated by slug.
class CatalogListModel : public PagedRows<Catalog>
{
    Q_OBJECT
public:
    enum Roles {
        SlugRole = Qt::UserRole,
        DisplayNameRole,
        DescriptionRole,
        WebsiteRole,  // QUrl
        IsPublicRole, // bool
        CatalogRole,  // Catalog
    };
    Q_ENUM(Roles)

    explicit CatalogListModel(QObject* parent = nullptr);

    Catalog catalogAt(int row) const { return rowAt(row); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    std::optional<QString> keyOf(const Catalog& catalog) const override
    {
        return catalog.slug.isEmpty() ? std::nullopt : std::optional<QString>(catalog.slug);
    }
};
