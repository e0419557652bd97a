#include "PackageListModel.h"

#include <QLocale>

PackageListModel::PackageListModel(QObject* parent)
    : PagedRows<Package, PackageId>(parent)
{}

int PackageListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PackageListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Package& package = rows().at(index.row());
    const QDateTime updated = package.updatedAt.isValid() ? package.updatedAt : package.createdAt;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return package.displayName.isEmpty() ? package.id.name : package.displayName;
        case IdentifierColumn:
            return package.id.toString();
        case LatestVersionColumn:
            return package.latestVersion;
        case UpdatedColumn:
            return updated.isValid() ? QLocale().toString(updated.toLocalTime().date(), QLocale::ShortFormat)
                                     : QString();
        case DescriptionColumn:
            // One line in a table row; the tooltip has the whole text.
            return package.description.simplified();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == UpdatedColumn && updated.isValid())
            return QLocale().toString(updated.toLocalTime(), QLocale::LongFormat);
        return package.description.isEmpty() ? QVariant() : QVariant(package.description);
    case IdRole:
        return package.id.toString();
    case DisplayNameRole:
        return package.displayName.isEmpty() ? package.id.name : package.displayName;
    case DescriptionRole:
        return package.description;
    case LatestVersionRole:
        return package.latestVersion;
    case UpdatedRole:
        return updated;
    case PackageRole:
        return QVariant::fromValue(package);
    case PackageIdRole:
        return QVariant::fromValue(package.id);
    }
    return {};
}

QVariant PackageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == LatestVersionColumn)
        return tr("The latest version of each package");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return PagedRows<Package, PackageId>::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case IdentifierColumn:
        return tr("Identifier");
    case LatestVersionColumn:
        return tr("Version"); // the latest one, as its header tooltip says
    case UpdatedColumn:
        return tr("Updated");
    case DescriptionColumn:
        return tr("Description");
    }
    return {};
}

QHash<int, QByteArray> PackageListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, QByteArrayLiteral("packageIdentifier"));
    names.insert(DisplayNameRole, QByteArrayLiteral("displayName"));
    names.insert(DescriptionRole, QByteArrayLiteral("description"));
    names.insert(LatestVersionRole, QByteArrayLiteral("latestVersion"));
    names.insert(UpdatedRole, QByteArrayLiteral("updated"));
    names.insert(PackageRole, QByteArrayLiteral("package"));
    names.insert(PackageIdRole, QByteArrayLiteral("packageId"));
    return names;
}

void PackageListModel::shareRepeatedText(Package& row, const Package& previous) const
{
    // Lists come in runs of one catalog or namespace, mostly at one version: sharing these texts with the
    // row before saves about a tenth of the memory of a 100,000-row list (bench figure 3).
    if (row.id.scope == previous.id.scope)
        row.id.scope = previous.id.scope;
    if (row.scopeDisplayName == previous.scopeDisplayName)
        row.scopeDisplayName = previous.scopeDisplayName;
    if (row.latestVersion == previous.latestVersion)
        row.latestVersion = previous.latestVersion;
}
