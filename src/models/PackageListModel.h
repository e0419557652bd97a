#pragma once

#include "PagedRows.h"
#include "registry/Package.h"

// One paged package list for every source (latest, search, catalog, collection), paged by PagedListModel.
// Rows are de-duplicated by PackageId because DataPM search pages have no stable order; answers for a
// source or cursor that is no longer current are dropped, so a search typed over a slow one never mixes
// results.
class PackageListModel : public PagedRows<Package, PackageId>
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        IdentifierColumn,
        LatestVersionColumn,
        UpdatedColumn,
        DescriptionColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles {
        IdRole = Qt::UserRole, // "scope/name" (QString)
        DisplayNameRole,
        DescriptionRole,
        LatestVersionRole,
        UpdatedRole,   // QDateTime
        PackageRole,   // Package
        PackageIdRole, // PackageId
    };
    Q_ENUM(Roles)

    explicit PackageListModel(QObject* parent = nullptr);

    Package packageAt(int row) const { return rowAt(row); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    std::optional<PackageId> keyOf(const Package& package) const override
    {
        return package.id.isValid() ? std::optional<PackageId>(package.id) : std::nullopt;
    }
    void shareRepeatedText(Package& row, const Package& previous) const override;
};
