#include "VersionListModel.h"

#include "registry/VersionOrder.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

VersionListModel::VersionListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void VersionListModel::setVersions(const QList<PackageVersion>& versions)
{
    beginResetModel();
    m_versions = versions;
    // Ranked once here, so that sorting the column compares ints instead of parsing versions each time.
    QList<int> byVersion(m_versions.size());
    std::iota(byVersion.begin(), byVersion.end(), 0);
    std::stable_sort(byVersion.begin(), byVersion.end(), [this](int left, int right) {
        return VersionOrder::compare(m_versions.at(left).version, m_versions.at(right).version) < 0;
    });
    m_versionRanks = QList<int>(m_versions.size(), 0);
    int rank = 0;
    for (qsizetype i = 1; i < byVersion.size(); ++i) {
        if (VersionOrder::compare(m_versions.at(byVersion.at(i - 1)).version,
                                  m_versions.at(byVersion.at(i)).version) != 0)
            ++rank;
        m_versionRanks[byVersion.at(i)] = rank;
    }
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
    case SortRole:
        switch (index.column()) {
        case VersionColumn:
            return m_versionRanks.at(index.row());
        case DateColumn:
            return version.createdAt;
        case AuthorColumn:
            return version.author;
        }
        return {};
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
