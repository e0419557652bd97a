#include "CatalogListModel.h"

namespace {
constexpr int kMaxEmptyPagesInARow = 5;
} // namespace

CatalogListModel::CatalogListModel(QObject* parent)
    : QAbstractListModel(parent)
{}

CatalogListModel::~CatalogListModel()
{
    cancelInFlight();
}

void CatalogListModel::setSource(Source source)
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

void CatalogListModel::retry()
{
    if (m_state == State::Failed && m_source)
        request(m_nextCursor);
}

Catalog CatalogListModel::catalogAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Catalog{};
}

void CatalogListModel::cancelInFlight()
{
    if (!m_job)
        return;
    // Disconnect first: cancel() answers with failed(Canceled), which is not an error of the new source.
    CatalogPageJob* job = m_job;
    m_job = nullptr;
    disconnect(job, nullptr, this, nullptr);
    if (!job->isFinished())
        job->cancel();
}

void CatalogListModel::request(const QString& cursor)
{
    cancelInFlight();
    const quint64 generation = ++m_generation;
    m_nextCursor = cursor;
    m_lastError = {};
    setState(State::Loading);

    CatalogPageJob* job = m_source(PageRequest{cursor, kDefaultPageSize});
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

void CatalogListModel::onPage(quint64 generation, const Page<Catalog>& page)
{
    if (generation != m_generation)
        return;
    m_job = nullptr;

    QList<Catalog> fresh;
    for (const Catalog& catalog : page.items) {
        if (catalog.slug.isEmpty() || m_slugs.contains(catalog.slug))
            continue;
        m_slugs.insert(catalog.slug);
        fresh.append(catalog);
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

void CatalogListModel::onFailed(quint64 generation, const Error& error)
{
    if (generation != m_generation)
        return;
    m_job = nullptr;
    m_lastError = error;
    setState(State::Failed);
}

void CatalogListModel::setState(State state)
{
    // Emitted again after a second failure so that a view updates its error text.
    if (m_state == state && state != State::Failed)
        return;
    m_state = state;
    emit stateChanged(state);
}

int CatalogListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CatalogListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Catalog& catalog = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return catalog.displayName.isEmpty() ? catalog.slug : catalog.displayName;
    case Qt::ToolTipRole:
        return catalog.description.isEmpty() ? QVariant() : QVariant(catalog.description);
    case SlugRole:
        return catalog.slug;
    case DescriptionRole:
        return catalog.description;
    case WebsiteRole:
        return catalog.website;
    case IsPublicRole:
        return catalog.isPublic;
    case CatalogRole:
        return QVariant::fromValue(catalog);
    }
    return {};
}

Qt::ItemFlags CatalogListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || index.parent().isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> CatalogListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SlugRole, QByteArrayLiteral("slug"));
    names.insert(DisplayNameRole, QByteArrayLiteral("displayName"));
    names.insert(DescriptionRole, QByteArrayLiteral("description"));
    names.insert(WebsiteRole, QByteArrayLiteral("website"));
    names.insert(IsPublicRole, QByteArrayLiteral("isPublic"));
    names.insert(CatalogRole, QByteArrayLiteral("catalog"));
    return names;
}

bool CatalogListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_state == State::CanFetchMore;
}

void CatalogListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_state != State::CanFetchMore)
        return;
    request(m_nextCursor);
}
