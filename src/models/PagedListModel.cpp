#include "PagedListModel.h"

namespace {
// A server that keeps sending pages of rows we already have must not keep us busy forever.
constexpr int kMaxEmptyPagesInARow = 5;
} // namespace

PagedListModel::PagedListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

PagedListModel::~PagedListModel()
{
    cancelInFlight();
}

void PagedListModel::restart(bool hasSource)
{
    cancelInFlight();
    ++m_generation;
    beginResetModel();
    m_hasSource = hasSource;
    clearRows();
    m_nextCursor.clear();
    m_serverTotal = -1;
    m_emptyPagesInARow = 0;
    m_lastError = {};
    endResetModel();
    if (m_hasSource)
        request(QString());
    else
        setState(State::Idle);
}

void PagedListModel::retry()
{
    if (m_state == State::Failed && m_hasSource)
        request(m_nextCursor);
}

void PagedListModel::cancelInFlight()
{
    if (!m_job)
        return;
    // Disconnect first: cancel() answers with failed(Canceled), which is not an error of the new source.
    RegistryJob* job = m_job;
    m_job = nullptr;
    disconnect(job, nullptr, this, nullptr);
    if (!job->isFinished())
        job->cancel();
}

void PagedListModel::request(const QString& cursor)
{
    cancelInFlight();
    const quint64 generation = ++m_generation;
    m_nextCursor = cursor;
    m_lastError = {};
    setState(State::Loading);

    RegistryJob* job = startPage(PageRequest{cursor, kDefaultPageSize});
    if (!job) {
        Error error;
        error.kind = Error::Kind::Unsupported;
        error.userMessage = error.message = tr("This list is not available for this registry.");
        onFailed(generation, error);
        return;
    }
    m_job = job;
    // `this` is the context: a model that is gone never gets a late answer. The job deletes itself.
    connect(job, &RegistryJob::finished, this, [this, job, generation] { onPage(generation, job); });
    connect(job, &RegistryJob::failed, this,
            [this, generation](const Error& error) { onFailed(generation, error); });
}

void PagedListModel::onPage(quint64 generation, RegistryJob* job)
{
    if (generation != m_generation)
        return; // an answer for a source or cursor that is no longer current
    m_job = nullptr;
    const PageOutcome page = takePage(job);
    if (page.total >= 0)
        m_serverTotal = page.total;

    // "More" without a new cursor would make us ask for the same page forever.
    const bool more = page.hasMore && !page.nextCursor.isEmpty() && page.nextCursor != m_nextCursor;
    m_nextCursor = more ? page.nextCursor : QString();
    // A page of duplicates inserts no row, so no view would notice that it should ask for more: ask now,
    // a few times at most.
    m_emptyPagesInARow = page.freshRows == 0 ? m_emptyPagesInARow + 1 : 0;
    if (more && page.freshRows == 0 && m_emptyPagesInARow <= kMaxEmptyPagesInARow) {
        request(m_nextCursor);
        return;
    }
    setState(more ? State::CanFetchMore : State::Finished);
}

void PagedListModel::onFailed(quint64 generation, const Error& error)
{
    if (generation != m_generation)
        return;
    m_job = nullptr;
    m_lastError = error;
    setState(State::Failed);
}

void PagedListModel::setState(State state)
{
    // Emitted even when unchanged after a failure, so a view updates its error text on a second failure.
    if (m_state == state && state != State::Failed)
        return;
    m_state = state;
    emit stateChanged(state);
}

int PagedListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 1;
}

Qt::ItemFlags PagedListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || index.parent().isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

bool PagedListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_state == State::CanFetchMore;
}

void PagedListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_state != State::CanFetchMore)
        return;
    request(m_nextCursor);
}
