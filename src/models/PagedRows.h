#pragma once

#include "PagedListModel.h"

#include <QList>
#include <QSet>

#include <functional>
#include <utility>

// The rows of a paged list of T (Package, Catalog, Collection): the source is a function from a page
// request to a job, and rows are de-duplicated by keyOf() because pages of a search need not be stable.
// A template without signals of its own, so it needs no moc; the signals live in PagedListModel.
template <typename T> class PagedRows : public PagedListModel
{
public:
    using Source = std::function<ResultJob<Page<T>>*(const PageRequest&)>;
    using PagedListModel::PagedListModel;

    // Replaces the rows with the first page of `source`. An empty source clears the model (Idle).
    void setSource(Source source)
    {
        m_source = std::move(source);
        restart(bool(m_source));
    }
    void clear() { setSource({}); }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    T rowAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows.at(row) : T{}; }

protected:
    const QList<T>& rows() const { return m_rows; }
    // The identity a row is de-duplicated by; an empty key drops the row.
    virtual QString keyOf(const T& item) const = 0;

private:
    RegistryJob* startPage(const PageRequest& page) override { return m_source ? m_source(page) : nullptr; }

    PageOutcome takePage(RegistryJob* finishedJob) override
    {
        // startPage() made this job from m_source, so it is a ResultJob<Page<T>>.
        const Page<T>& page = static_cast<ResultJob<Page<T>>*>(finishedJob)->result();
        QList<T> fresh;
        fresh.reserve(page.items.size());
        for (const T& item : page.items) {
            const QString key = keyOf(item);
            if (key.isEmpty() || m_keys.contains(key))
                continue;
            m_keys.insert(key);
            fresh.append(item);
        }
        if (!fresh.isEmpty()) {
            beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
            m_rows.append(fresh);
            endInsertRows();
        }
        return {int(fresh.size()), page.hasMore, page.nextCursor, page.total};
    }

    void clearRows() override
    {
        m_rows.clear();
        m_keys.clear();
    }

    Source m_source;
    QList<T> m_rows;
    QSet<QString> m_keys;
};
