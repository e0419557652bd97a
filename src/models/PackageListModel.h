#pragma once

#include "registry/RegistryBackend.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

#include <functional>

// One paged package list for every source (latest, search, later catalogs and collections). The source is a
// function from a page request to a job; the model fetches the first page when the source is set and one
// more page per fetchMore(). Rows are de-duplicated by PackageId because DataPM search pages have no stable
// order. An answer that is not for the current source and cursor is dropped (generation counter), so a
// search typed over a slow one never mixes results.
class PackageListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        IdentifierColumn,
        LatestVersionColumn,
        UpdatedColumn,
        DescriptionColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles {
        IdRole = Qt::UserRole, // "scope/name" (QString)
        DisplayNameRole,
        DescriptionRole,
        LatestVersionRole,
        UpdatedRole,   // QDateTime
        PackageRole,   // Package
        PackageIdRole, // PackageId
    };
    Q_ENUM(Roles)

    // Idle: no source. Loading: a page is on its way. CanFetchMore: the server has more. Finished: the end
    // was reached. Failed: the last page failed; lastError() says why and retry() asks again.
    enum class State { Idle, Loading, CanFetchMore, Finished, Failed };
    Q_ENUM(State)

    using Source = std::function<PackagePageJob*(const PageRequest&)>;

    explicit PackageListModel(QObject* parent = nullptr);
    ~PackageListModel() override;

    // Replaces the rows with the first page of `source`. An empty source clears the model (Idle).
    void setSource(Source source);
    void clear() { setSource({}); }
    // Asks again for the page that failed.
    void retry();

    State state() const { return m_state; }
    const Error& lastError() const { return m_lastError; }
    // The total the server reported, -1 when unknown.
    int serverTotal() const { return m_serverTotal; }
    Package packageAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void stateChanged(PackageListModel::State state);

private:
    void request(const QString& cursor);
    void cancelInFlight();
    void onPage(quint64 generation, const PackagePage& page);
    void onFailed(quint64 generation, const Error& error);
    void setState(State state);

    Source m_source;
    QList<Package> m_rows;
    QHash<PackageId, int> m_rowOfId;
    QPointer<PackagePageJob> m_job;
    QString m_nextCursor;     // the cursor of the next page (or of the page that failed)
    quint64 m_generation = 0; // bumped by setSource() and by every request: only the newest answer counts
    State m_state = State::Idle;
    Error m_lastError;
    int m_serverTotal = -1;
    int m_emptyPagesInARow = 0; // pages that brought only duplicates; fetched on without waiting for a view
};
