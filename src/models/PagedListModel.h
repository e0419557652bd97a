#pragma once

#include "core/Error.h"
#include "registry/Paging.h"
#include "registry/RegistryJob.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

#include <optional>

// The paging of every list model (packages, catalogs, collections), in one place: the first page when a
// source is set, one more per fetchMore(), an explicit state for views (loading, more, end, failed + retry),
// and stale answers dropped: an answer that is not for the current source and cursor never reaches the rows
// (each request has an id), and the jobs in flight are cancelled when the source changes.
//
// Read-ahead: once a view has asked for a second page (someone scrolls), and when the source can tell the
// cursor after a full page without asking (offset paging), the page after the asked one is requested at
// the same time. The server prepares it while Depot decodes the one before, so scrolling to the end waits
// for the server alone (bench figure 3). Never more than one page beyond what a view asked for; rows are
// inserted in order even when the page read ahead comes first; a read-ahead that fails says nothing, the
// page is asked for again when a view wants it.
// Subclasses (through PagedRows<T>) say how a page is requested and how its rows are kept.
class PagedListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Idle: no source. Loading: a page is on its way. CanFetchMore: the server has more. Finished: the end
    // was reached. Failed: the last page failed; lastError() says why and retry() asks again.
    enum class State { Idle, Loading, CanFetchMore, Finished, Failed };
    Q_ENUM(State)

    explicit PagedListModel(QObject* parent = nullptr);
    ~PagedListModel() override;

    State state() const { return m_state; }
    const Error& lastError() const { return m_lastError; }
    // The total the server reported, -1 when unknown.
    int serverTotal() const { return m_serverTotal; }
    // Asks again for the page that failed.
    void retry();
    // Asks for the first page again, keeping the rows: when it comes, rows that are still there are updated
    // in place (selections and the scroll position stay), others are removed, moved or inserted.
    void refresh();
    // While the rows are the answer kept from an earlier visit (AnswerCache), when it was fetched; invalid
    // once the fresh first page is in (or when none was cached). freshnessChanged() when it changes.
    QDateTime cachedAt() const { return m_cachedAt; }
    bool isShowingCached() const { return m_cachedAt.isValid(); }

    using QAbstractTableModel::index;
    // The first column's index of `row`, as a list model gives it (catalogs and collections have one column).
    QModelIndex index(int row) const { return QAbstractTableModel::index(row, 0); }

    int columnCount(const QModelIndex& parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void stateChanged(PagedListModel::State state);
    void freshnessChanged();

protected:
    struct PageOutcome
    {
        int freshRows = 0; // rows inserted (duplicates are not)
        bool hasMore = false;
        QString nextCursor;
        int total = -1;
    };

    // The job for `page`, or null when the source cannot give one.
    virtual RegistryJob* startPage(const PageRequest& page) = 0;
    // Inserts the rows of a finished job's page (beginInsertRows/endInsertRows) and says what came.
    virtual PageOutcome takePage(RegistryJob* finishedJob) = 0;
    // Makes the rows the first page of `job` (cached or fresh), updating rows that stay in place.
    virtual PageOutcome mergeFirstPage(RegistryJob* job) = 0;
    // A page read ahead that came before the page it follows: keep it (the job is gone after this call) ...
    virtual void parkPage(RegistryJob* finishedJob) = 0;
    // ... and insert it once that page is in, or forget it.
    virtual PageOutcome takeParkedPage() = 0;
    virtual void dropParkedPage() = 0;
    // The cursor of the page after `page` should `page` come back full, when the source knows it without
    // asking (offset paging); nullopt turns read-ahead off.
    virtual std::optional<QString> cursorAfterFullPage(const PageRequest& page) const = 0;
    // Forgets every row (called between beginResetModel and endResetModel).
    virtual void clearRows() = 0;

    // After the subclass replaced its source: drops the rows, then fetches the first page (or goes Idle).
    void restart(bool hasSource);
    // A row announced between pages (live updates) counts in the server's total too, when it is known.
    void countAnnouncedRow()
    {
        if (m_serverTotal >= 0)
            ++m_serverTotal;
    }

private:
    // One page request on its way.
    struct InFlight
    {
        QPointer<RegistryJob> job;
        QString cursor;
        quint64 id = 0;      // 0: none
        bool parked = false; // a page read ahead that came first, kept by parkPage()
    };

    void request(const QString& cursor);
    bool start(InFlight* slot, const QString& cursor);
    void readAhead();
    void cancel(InFlight* slot);
    void cancelInFlight();
    void onPage(quint64 id, RegistryJob* job);
    void onCachedPage(quint64 id, RegistryJob* job);
    void setCachedAt(const QDateTime& at);
    void onFailed(quint64 id, const Error& error);
    void finishPage(const PageOutcome& page, const QString& cursor);
    void setState(State state);

    bool m_hasSource = false;
    InFlight m_current;          // the next page in order (asked for by a view, or read ahead)
    bool m_currentAsked = false; // whether a view (or a source change) asked for m_current
    InFlight m_ahead;            // the page after m_current, read ahead
    bool m_scrolled = false;     // a view asked for more since the source was set: read ahead from now on
    bool m_inserting = false;    // rows of a page are going in: no fetchMore() until the state is updated
    QString m_nextCursor;        // the cursor of the next page (or of the page that failed)
    quint64 m_lastId = 0;        // ids of requests; an answer whose id is no longer in flight is dropped
    State m_state = State::Idle;
    Error m_lastError;
    int m_serverTotal = -1;
    int m_emptyPagesInARow = 0; // pages that brought only duplicates; fetched on without waiting for a view
    QDateTime m_cachedAt;       // the rows are a cached first page fetched then
    bool m_refreshing = false;  // the first page asked for by refresh(): merged into the rows
};
