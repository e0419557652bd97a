#include "PackageListModel.h"

#include <QLocale>

namespace {
constexpr int kMaxEmptyPagesInARow = 5;
} // namespace

PackageListModel::PackageListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

PackageListModel::~PackageListModel()
{
    cancelInFlight();
}

void PackageListModel::setSource(Source source)
{
    cancelInFlight();
    ++m_generation;
    beginResetModel();
    m_source = std::move(source);
    m_rows.clear();
    m_rowOfId.clear();
    m_nextCursor.clear();
    m_serverTotal = -1;
    m_emptyPagesInARow = 0;
    m_lastError = {};
    endResetModel();
    if (m_source)
        request(QString());
    else
        setState(State::Idle);
}

void PackageListModel::retry()
{
    if (m_state == State::Failed && m_source)
        request(m_nextCursor);
}

Package PackageListModel::packageAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Package{};
}

void PackageListModel::cancelInFlight()
{
    if (!m_job)
        return;
    // Disconnect first: cancel() answers with failed(Canceled), which is not an error of the new source.
    PackagePageJob* job = m_job;
    m_job = nullptr;
    disconnect(job, nullptr, this, nullptr);
    if (!job->isFinished())
        job->cancel();
}

void PackageListModel::request(const QString& cursor)
{
    cancelInFlight();
    const quint64 generation = ++m_generation;
    m_nextCursor = cursor;
    m_lastError = {};
    setState(State::Loading);

    PageRequest page;
    page.cursor = cursor;
    page.limit = kDefaultPageSize;
    PackagePageJob* job = m_source(page);
    if (!job) {
        Error error;
        error.kind = Error::Kind::Unsupported;
        error.message = tr("This list is not available for this registry.");
        onFailed(generation, error);
        return;
    }
    m_job = job;
    // `this` is the context: a model that is gone never gets a late answer. The job deletes itself.
    connect(job, &RegistryJob::finished, this,
            [this, job, generation] { onPage(generation, job->result()); });
    connect(job, &RegistryJob::failed, this,
            [this, generation](const Error& error) { onFailed(generation, error); });
}

void PackageListModel::onPage(quint64 generation, const PackagePage& page)
{
    if (generation != m_generation)
        return; // an answer for a source or cursor that is no longer current
    m_job = nullptr;

    QList<Package> fresh;
    fresh.reserve(page.items.size());
    QHash<PackageId, int> freshIds;
    for (const Package& package : page.items) {
        if (!package.id.isValid() || m_rowOfId.contains(package.id) || freshIds.contains(package.id))
            continue;
        freshIds.insert(package.id, m_rows.size() + fresh.size());
        fresh.append(package);
    }
    if (!fresh.isEmpty()) {
        beginInsertRows(QModelIndex(), m_rows.size(), m_rows.size() + fresh.size() - 1);
        m_rows.append(fresh);
        m_rowOfId.insert(freshIds);
        endInsertRows();
    }
    if (page.total >= 0)
        m_serverTotal = page.total;

    // A server that says "more" without a new cursor would make us ask for the same page forever.
    const bool more = page.hasMore && !page.nextCursor.isEmpty() && page.nextCursor != m_nextCursor;
    m_nextCursor = more ? page.nextCursor : QString();
    // A page of duplicates inserts no row, so no view would notice that it should ask for more: ask now,
    // a few times at most (a server repeating itself must not keep us busy forever).
    m_emptyPagesInARow = fresh.isEmpty() ? m_emptyPagesInARow + 1 : 0;
    if (more && fresh.isEmpty() && m_emptyPagesInARow <= kMaxEmptyPagesInARow) {
        request(m_nextCursor);
        return;
    }
    setState(more ? State::CanFetchMore : State::Finished);
}

void PackageListModel::onFailed(quint64 generation, const Error& error)
{
    if (generation != m_generation)
        return;
    m_job = nullptr;
    m_lastError = error;
    setState(State::Failed);
}

void PackageListModel::setState(State state)
{
    // Emitted even when unchanged after a failure, so a view updates its error text on a second failure.
    if (m_state == state && state != State::Failed)
        return;
    m_state = state;
    emit stateChanged(state);
}

int PackageListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PackageListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PackageListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Package& package = m_rows.at(index.row());
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
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case IdentifierColumn:
        return tr("Identifier");
    case LatestVersionColumn:
        return tr("Latest version");
    case UpdatedColumn:
        return tr("Updated");
    case DescriptionColumn:
        return tr("Description");
    }
    return {};
}

Qt::ItemFlags PackageListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || index.parent().isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
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

bool PackageListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_state == State::CanFetchMore;
}

void PackageListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_state != State::CanFetchMore)
        return;
    request(m_nextCursor);
}
