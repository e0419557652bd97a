#include "PagedListModel.h"

#include <utility>

namespace {
// A server that keeps sending pages of rows we already have must not keep us busy forever.
constexpr int kMaxEmptyPagesInARow = 5;
} // namespace

PagedListModel::PagedListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

PagedListModel::~PagedListModel()
{
    // A parked page belonged to the subclass, which is gone by now and took the page with it:
    // dropParkedPage() may not be called from here.
    m_ahead.parked = false;
    cancelInFlight();
}

void PagedListModel::restart(bool hasSource)
{
    cancelInFlight();
    beginResetModel();
    m_hasSource = hasSource;
    clearRows();
    m_nextCursor.clear();
    m_serverTotal = -1;
    m_emptyPagesInARow = 0;
    m_lastError = {};
    m_scrolled = false;
    m_refreshing = false;
    endResetModel();
    setCachedAt({});
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

void PagedListModel::refresh()
{
    if (!m_hasSource)
        return;
    cancelInFlight();
    m_refreshing = rowCount() > 0;
    request(QString());
}

void PagedListModel::setCachedAt(const QDateTime& at)
{
    if (at == m_cachedAt)
        return;
    m_cachedAt = at;
    emit freshnessChanged();
}

void PagedListModel::cancel(InFlight* slot)
{
    if (slot->parked)
        dropParkedPage();
    if (RegistryJob* job = slot->job) {
        // Disconnect first: cancel() answers with failed(Canceled), which is not an error of the new source.
        disconnect(job, nullptr, this, nullptr);
        if (!job->isFinished())
            job->cancel();
    }
    *slot = {};
}

void PagedListModel::cancelInFlight()
{
    cancel(&m_ahead);
    cancel(&m_current);
}

bool PagedListModel::start(InFlight* slot, const QString& cursor)
{
    RegistryJob* job = startPage(PageRequest{cursor, kDefaultPageSize});
    if (!job)
        return false;
    const quint64 id = ++m_lastId;
    *slot = InFlight{job, cursor, id, false};
    // `this` is the context: a model that is gone never gets a late answer. The job deletes itself.
    connect(job, &RegistryJob::finished, this, [this, job, id] { onPage(id, job); });
    connect(job, &RegistryJob::failed, this, [this, id](const Error& error) { onFailed(id, error); });
    if (cursor.isEmpty())
        connect(job, &RegistryJob::cachedResult, this, [this, job, id] { onCachedPage(id, job); });
    return true;
}

void PagedListModel::request(const QString& cursor)
{
    m_nextCursor = cursor;
    m_lastError = {};
    setState(State::Loading);
    if (m_current.id != 0 && m_current.cursor == cursor) {
        // Already on its way (read ahead): now a view waits for it.
        m_currentAsked = true;
        readAhead();
        return;
    }
    cancelInFlight();
    m_currentAsked = true;
    if (!start(&m_current, cursor)) {
        m_lastError = Error::local(Error::Kind::Unsupported, Error::Reason::Unsupported,
                                   tr("This list is not available for this registry."));
        setState(State::Failed);
        return;
    }
    readAhead();
}

void PagedListModel::readAhead()
{
    if (!m_scrolled || !m_currentAsked || m_current.id == 0 || m_ahead.id != 0)
        return;
    const std::optional<QString> next = cursorAfterFullPage(PageRequest{m_current.cursor, kDefaultPageSize});
    if (next && !next->isEmpty() && *next != m_current.cursor)
        start(&m_ahead, *next); // a source that gives no job for it: no read-ahead
}

void PagedListModel::onPage(quint64 id, RegistryJob* job)
{
    if (id != 0 && id == m_ahead.id && !m_ahead.parked) {
        // The page read ahead came before the one it follows: kept until that one is in.
        parkPage(job);
        m_ahead.job = nullptr;
        m_ahead.parked = true;
        return;
    }
    if (id == 0 || id != m_current.id)
        return; // an answer for a source or cursor that is no longer current
    const QString cursor = m_current.cursor;
    m_current = {};
    // The fresh first page over a cached one (or a refresh): rows that stay are updated, not replaced.
    const bool merge = cursor.isEmpty() && (m_cachedAt.isValid() || m_refreshing);
    m_refreshing = false;
    // Views and testers may ask for more from inside the row insertion, before the state says what comes
    // next: they are told no until it does.
    m_inserting = true;
    const PageOutcome outcome = merge ? mergeFirstPage(job) : takePage(job);
    m_inserting = false;
    setCachedAt({});
    finishPage(outcome, cursor);
}

void PagedListModel::onCachedPage(quint64 id, RegistryJob* job)
{
    if (id == 0 || id != m_current.id || !m_current.cursor.isEmpty())
        return;
    // Shown at once; the state stays Loading until the fresh page says what follows.
    m_inserting = true;
    mergeFirstPage(job);
    m_inserting = false;
    setCachedAt(job->cachedAt());
}

void PagedListModel::finishPage(const PageOutcome& page, const QString& cursor)
{
    if (page.total >= 0)
        m_serverTotal = page.total;
    // "More" without a new cursor would make us ask for the same page forever.
    const bool more = page.hasMore && !page.nextCursor.isEmpty() && page.nextCursor != cursor;
    m_nextCursor = more ? page.nextCursor : QString();
    m_emptyPagesInARow = page.freshRows == 0 ? m_emptyPagesInARow + 1 : 0;
    if (!more) {
        cancel(&m_ahead);
        setState(State::Finished);
        return;
    }
    if (m_ahead.id != 0 && m_ahead.cursor == m_nextCursor) {
        if (m_ahead.parked) {
            // The page read ahead is already here: its rows follow at once.
            m_ahead = {};
            const QString aheadCursor = m_nextCursor;
            m_inserting = true;
            const PageOutcome outcome = takeParkedPage();
            m_inserting = false;
            finishPage(outcome, aheadCursor);
            return;
        }
        // Still on its way; it is the next page in order now, though no view has asked for it yet.
        m_current = std::exchange(m_ahead, InFlight{});
        m_currentAsked = false;
    } else {
        cancel(&m_ahead); // read ahead for a cursor the server did not give
    }
    // A page of duplicates inserts no row, so no view would notice that it should ask for more: ask now,
    // a few times at most.
    if (page.freshRows == 0 && m_emptyPagesInARow <= kMaxEmptyPagesInARow) {
        request(m_nextCursor);
        return;
    }
    setState(State::CanFetchMore);
}

void PagedListModel::onFailed(quint64 id, const Error& error)
{
    if (id != 0 && id == m_ahead.id) {
        m_ahead = {}; // a page read ahead: asked for again when a view wants it
        return;
    }
    if (id == 0 || id != m_current.id)
        return;
    const bool asked = m_currentAsked;
    m_current = {};
    cancel(&m_ahead);
    if (!asked) {
        // Nobody waits for this page yet (it was read ahead): the next fetchMore() asks again.
        setState(State::CanFetchMore);
        return;
    }
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
    return !parent.isValid() && m_state == State::CanFetchMore && !m_inserting;
}

void PagedListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_scrolled = true;
    request(m_nextCursor);
}
