#pragma once

#include "registry/RegistryBackend.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QSet>

#include <functional>

// The catalogs of a registry for the sidebar's "Catalogs" section, paged like PackageListModel: the
// source (usually searchCatalogs) is a function from a page request to a job; the first page comes when
// the source is set, one more per fetchMore(). Rows are de-duplicated by slug; an answer that is not for
// the current source and cursor is dropped.
class CatalogListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        SlugRole = Qt::UserRole,
        DisplayNameRole,
        DescriptionRole,
        WebsiteRole,  // QUrl
        IsPublicRole, // bool
        CatalogRole,  // Catalog
    };
    Q_ENUM(Roles)

    // As PackageListModel::State.
    enum class State { Idle, Loading, CanFetchMore, Finished, Failed };
    Q_ENUM(State)

    using Source = std::function<CatalogPageJob*(const PageRequest&)>;

    explicit CatalogListModel(QObject* parent = nullptr);
    ~CatalogListModel() override;

    void setSource(Source source);
    void clear() { setSource({}); }
    void retry();

    State state() const { return m_state; }
    const Error& lastError() const { return m_lastError; }
    int serverTotal() const { return m_serverTotal; }
    Catalog catalogAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void stateChanged(CatalogListModel::State state);

private:
    void request(const QString& cursor);
    void cancelInFlight();
    void onPage(quint64 generation, const Page<Catalog>& page);
    void onFailed(quint64 generation, const Error& error);
    void setState(State state);

    Source m_source;
    QList<Catalog> m_rows;
    QSet<QString> m_slugs;
    QPointer<CatalogPageJob> m_job;
    QString m_nextCursor;
    quint64 m_generation = 0;
    State m_state = State::Idle;
    Error m_lastError;
    int m_serverTotal = -1;
    int m_emptyPagesInARow = 0;
};
