#pragma once

#include "PagedRows.h"
#include "registry/PackageGroup.h"

// A registry's package groups (catalogs, collections, namespaces) for the sidebar, paged (PagedListModel)
// over a source such as PackageGroups::listGroups; rows are de-duplicated by slug.
class PackageGroupListModel : public PagedRows<PackageGroup>
{
    Q_OBJECT
public:
    enum Roles {
        SlugRole = Qt::UserRole,
        DisplayNameRole,
        DescriptionRole,
        WebsiteRole,  // QUrl
        IsPublicRole, // bool
        GroupRole,    // PackageGroup
    };
    Q_ENUM(Roles)

    explicit PackageGroupListModel(QObject* parent = nullptr);

    PackageGroup groupAt(int row) const { return rowAt(row); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    std::optional<QString> keyOf(const PackageGroup& group) const override
    {
        return group.slug.isEmpty() ? std::nullopt : std::optional<QString>(group.slug);
    }
};
