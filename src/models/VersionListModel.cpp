#include "VersionListModel.h"

#include <QLocale>

VersionListModel::VersionListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void VersionListModel::setVersions(const QList<PackageVersion>& versions)
{
    beginResetModel();
    m_versions = versions;
    endResetModel();
}

PackageVersion VersionListModel::versionAt(int row) const
{
    return row >= 0 && row < m_versions.size() ? m_versions.at(row) : PackageVersion{};
}

int VersionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int VersionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VersionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PackageVersion& version = m_versions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case VersionColumn:
            return version.version;
        case DateColumn:
            return version.createdAt.isValid()
                       ? QLocale().toString(version.createdAt.toLocalTime(), QLocale::ShortFormat)
                       : QString();
        case AuthorColumn:
            return version.author;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DateColumn && version.createdAt.isValid())
            return QLocale().toString(version.createdAt.toLocalTime(), QLocale::LongFormat);
        return version.description.isEmpty() ? QVariant() : QVariant(version.description);
    case VersionRole:
        return version.version;
    case CreatedAtRole:
        return version.createdAt;
    case AuthorRole:
        return version.author;
    case DescriptionRole:
        return version.description;
    case PackageVersionRole:
        return QVariant::fromValue(version);
    }
    return {};
}

QVariant VersionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VersionColumn:
        return tr("Version");
    case DateColumn:
        return tr("Published");
    case AuthorColumn:
        return tr("Author");
    }
    return {};
}

Qt::ItemFlags VersionListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || index.parent().isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> VersionListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(VersionRole, QByteArrayLiteral("version"));
    names.insert(CreatedAtRole, QByteArrayLiteral("createdAt"));
    names.insert(AuthorRole, QByteArrayLiteral("author"));
    names.insert(DescriptionRole, QByteArrayLiteral("description"));
    names.insert(PackageVersionRole, QByteArrayLiteral("packageVersion"));
    return names;
}
