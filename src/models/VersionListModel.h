#pragma once

#include "registry/PackageVersion.h"

#include <QAbstractTableModel>
#include <QList>

// A package's versions (newest first, as Package::versions has them) for the versions table of a package
// page: version, date, author.
class VersionListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { VersionColumn, DateColumn, AuthorColumn, ColumnCount };
    Q_ENUM(Column)

    enum Roles {
        VersionRole = Qt::UserRole, // "1.2.3"
        CreatedAtRole,              // QDateTime (UTC)
        AuthorRole,
        DescriptionRole,
        PackageVersionRole, // PackageVersion
        // What the column sorts by, for a QSortFilterProxyModel's sortRole: the version's place in version
        // order (int; the text would put "1.10.0" before "1.9.0"), the date as a QDateTime (not its
        // locale text), the author as text.
        SortRole,
    };
    Q_ENUM(Roles)

    explicit VersionListModel(QObject* parent = nullptr);

    void setVersions(const QList<PackageVersion>& versions);
    PackageVersion versionAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<PackageVersion> m_versions;
    QList<int> m_versionRanks; // per row: 0 for the oldest version, equal versions share a rank
};
