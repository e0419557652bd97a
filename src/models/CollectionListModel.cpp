#include "CollectionListModel.h"

namespace {
constexpr int kMaxEmptyPagesInARow = 5;
} // namespace

CollectionListModel::CollectionListModel(QObject* parent)
    : QAbstractListModel(parent)
{}

CollectionListModel::~CollectionListModel()
{
    cancelInFlight();
}

void CollectionListModel::setSource(Source source)
{
    cancelInFlight();
    ++m_generation;
    beginResetModel();
    m_source = std::move(source);
    m_rows.clear();
    m_slugs.clear();
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

void CollectionListModel::retry()
{
    if (m_state == State::Failed && m_source)
        request(m_nextCursor);
}

Collection CollectionListModel::collectionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Collection{};
}

void CollectionListModel::cancelInFlight()
{
    if (!m_job)
        return;
    // Disconnect first: cancel() answers with failed(Canceled), which is not an error of the new source.
    CollectionPageJob* job = m_job;
    m_job = nullptr;
    disconnect(job, nullptr, this, nullptr);
    if (!job->isFinished())
        job->cancel();
}

void CollectionListModel::request(const QString& cursor)
{
    cancelInFlight();
    const quint64 generation = ++m_generation;
    m_nextCursor = cursor;
    m_lastError = {};
    setState(State::Loading);

    CollectionPageJob* job = m_source(PageRequest{cursor, kDefaultPageSize});
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

void CollectionListModel::onPage(quint64 generation, const Page<Collection>& page)
{
    if (generation != m_generation)
        return;
    m_job = nullptr;

    QList<Collection> fresh;
    for (const Collection& collection : page.items) {
        if (collection.slug.isEmpty() || m_slugs.contains(collection.slug))
            continue;
        m_slugs.insert(collection.slug);
        fresh.append(collection);
    }
    if (!fresh.isEmpty()) {
        beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
        m_rows.append(fresh);
        endInsertRows();
    }
    if (page.total >= 0)
        m_serverTotal = page.total;

    // "More" without a new cursor would ask for the same page forever.
    const bool more = page.hasMore && !page.nextCursor.isEmpty() && page.nextCursor != m_nextCursor;
    m_nextCursor = more ? page.nextCursor : QString();
    // A page of duplicates inserts no row, so no view would ask for more: ask now, a few times at most.
    m_emptyPagesInARow = fresh.isEmpty() ? m_emptyPagesInARow + 1 : 0;
    if (more && fresh.isEmpty() && m_emptyPagesInARow <= kMaxEmptyPagesInARow) {
        request(m_nextCursor);
        return;
    }
    setState(more ? State::CanFetchMore : State::Finished);
}

void CollectionListModel::onFailed(quint64 generation, const Error& error)
{
    if (generation != m_generation)
        return;
    m_job = nullptr;
    m_lastError = error;
    setState(State::Failed);
}

void CollectionListModel::setState(State state)
{
    // Emitted again after a second failure so that a view updates its error text.
    if (m_state == state && state != State::Failed)
        return;
    m_state = state;
    emit stateChanged(state);
}

int CollectionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CollectionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Collection& collection = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return collection.name.isEmpty() ? collection.slug : collection.name;
    case Qt::ToolTipRole:
        return collection.description.isEmpty() ? QVariant() : QVariant(collection.description);
    case SlugRole:
        return collection.slug;
    case DescriptionRole:
        return collection.description;
    case IsPublicRole:
        return collection.isPublic;
    case CollectionRole:
        return QVariant::fromValue(collection);
    }
    return {};
}

Qt::ItemFlags CollectionListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || index.parent().isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> CollectionListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SlugRole, QByteArrayLiteral("slug"));
    names.insert(NameRole, QByteArrayLiteral("name"));
    names.insert(DescriptionRole, QByteArrayLiteral("description"));
    names.insert(IsPublicRole, QByteArrayLiteral("isPublic"));
    names.insert(CollectionRole, QByteArrayLiteral("collection"));
    return names;
}

bool CollectionListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_state == State::CanFetchMore;
}

void CollectionListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_state != State::CanFetchMore)
        return;
    request(m_nextCursor);
}
