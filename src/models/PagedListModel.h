#pragma once

#include "graphql/Error.h"
#include "registry/Paging.h"
#include "registry/RegistryJob.h"

#include <QAbstractTableModel>
#include <QPointer>

// The paging of every list model (packages, catalogs, collections), in one place: the first page when a
// source is set, one more per fetchMore(), an explicit state for views (loading, more, end, failed + retry),
// and stale answers dropped: an answer that is not for the current source and cursor never reaches the rows
// (generation counter), and the job in flight is cancelled when the source changes.
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

    using QAbstractTableModel::index;
    // The first column's index of `row`, as a list model gives it (catalogs and collections have one column).
    QModelIndex index(int row) const { return QAbstractTableModel::index(row, 0); }

    int columnCount(const QModelIndex& parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void stateChanged(PagedListModel::State state);

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
    // Forgets every row (called between beginResetModel and endResetModel).
    virtual void clearRows() = 0;

    // After the subclass replaced its source: drops the rows, then fetches the first page (or goes Idle).
    void restart(bool hasSource);

private:
    void request(const QString& cursor);
    void cancelInFlight();
    void onPage(quint64 generation, RegistryJob* job);
    void onFailed(quint64 generation, const Error& error);
    void setState(State state);

    bool m_hasSource = false;
    QPointer<RegistryJob> m_job;
    QString m_nextCursor;     // the cursor of the next page (or of the page that failed)
    quint64 m_generation = 0; // bumped by restart() and by every request: only the newest answer counts
    State m_state = State::Idle;
    Error m_lastError;
    int m_serverTotal = -1;
    int m_emptyPagesInARow = 0; // pages that brought only duplicates; fetched on without waiting for a view
};
