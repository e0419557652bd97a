#pragma once

#include "PagedRows.h"
#include "registry/Collection.h"

// The collections of a registry for the sidebar's "Collections" section, paged (PagedListModel)
// over a source such as searchCollections; rows are de-duplicated by slug.
class CollectionListModel : public PagedRows<Collection>
{
    Q_OBJECT
public:
    enum Roles {
        SlugRole = Qt::UserRole,
        NameRole,
        DescriptionRole,
        IsPublicRole,   // bool
        CollectionRole, // Collection
    };
    Q_ENUM(Roles)

    explicit CollectionListModel(QObject* parent = nullptr);

    Collection collectionAt(int row) const { return rowAt(row); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    std::optional<QString> keyOf(const Collection& collection) const override
    {
        return collection.slug.isEmpty() ? std::nullopt : std::optional<QString>(collection.slug);
    }
};
