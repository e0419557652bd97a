#pragma once

#include "PagedListModel.h"

#include <QList>
#include <QSet>

#include <algorithm>
#include <functional>
#include <optional>
#include <utility>

// The rows of a paged list of T (Package, Catalog, Collection): the source is a function from a page
// request to a job, and rows are de-duplicated by keyOf() because pages of a search need not be stable.
// Key is anything QSet can hold; a key that shares its text with the row costs no copy of that text.
// A template without signals of its own, so it needs no moc; the signals live in PagedListModel.
template <typename T, typename Key = QString> class PagedRows : public PagedListModel
{
public:
    using Source = std::function<ResultJob<Page<T>>*(const PageRequest&)>;
    // The cursor after a full page, when the source knows it without asking (PagedListModel: read-ahead).
    using CursorAfterFullPage = std::function<std::optional<QString>(const PageRequest&)>;
    using PagedListModel::PagedListModel;

    // Replaces the rows with the first page of `source`. An empty source clears the model (Idle).
    void setSource(Source source, CursorAfterFullPage cursorAfterFullPage = {})
    {
        m_source = std::move(source);
        m_cursorAfterFullPage = std::move(cursorAfterFullPage);
        restart(bool(m_source));
    }
    void clear() { setSource({}); }

    // A row that has just appeared at the head of the source (a live announcement of a list that is newest
    // first): inserted first, or, when already listed, updated and moved first. A view's selection and
    // current row follow their rows (persistent indexes); nothing is reloaded. Ignored without a source.
    void putFirst(T item)
    {
        std::optional<Key> key = keyOf(item);
        if (!key || !m_source)
            return;
        if (!m_keys.contains(*key)) {
            beginInsertRows(QModelIndex(), 0, 0);
            m_rows.prepend(std::move(item));
            m_keys.insert(std::move(*key));
            countAnnouncedRow();
            endInsertRows();
            return;
        }
        const auto listed = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                         [this, &key](const T& row) { return keyOf(row) == key; });
        if (listed == m_rows.cend())
            return;
        const int at = int(listed - m_rows.cbegin());
        if (at > 0) {
            beginMoveRows(QModelIndex(), at, at, QModelIndex(), 0);
            m_rows.move(at, 0);
            endMoveRows();
        }
        m_rows[0] = std::move(item);
        emit dataChanged(this->index(0, 0), this->index(0, columnCount() - 1));
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    T rowAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows.at(row) : T{}; }

protected:
    const QList<T>& rows() const { return m_rows; }
    // The identity a row is de-duplicated by; no key drops the row.
    virtual std::optional<Key> keyOf(const T& item) const = 0;
    // Called for each new row with the row before it, before keyOf(): a subclass may make equal texts of
    // neighbouring rows share one copy (implicit sharing), which long lists of one catalog need.
    virtual void shareRepeatedText(T& /*row*/, const T& /*previous*/) const {}

private:
    RegistryJob* startPage(const PageRequest& page) override { return m_source ? m_source(page) : nullptr; }

    std::optional<QString> cursorAfterFullPage(const PageRequest& page) const override
    {
        return m_cursorAfterFullPage ? m_cursorAfterFullPage(page) : std::nullopt;
    }

    // startPage() made every job from m_source, so it is a ResultJob<Page<T>>, and this model is the only
    // reader of its result: the rows are moved, not copied.
    static Page<T> resultOf(RegistryJob* finishedJob)
    {
        return static_cast<ResultJob<Page<T>>*>(finishedJob)->takeResult();
    }
    PageOutcome takePage(RegistryJob* finishedJob) override { return insertPage(resultOf(finishedJob)); }
    PageOutcome mergeFirstPage(RegistryJob* job) override
    {
        // A cached result is copied: the job keeps it until the fresh one replaces it.
        auto* typed = static_cast<ResultJob<Page<T>>*>(job);
        return mergePage(job->isFinished() ? typed->takeResult() : typed->result());
    }
    void parkPage(RegistryJob* finishedJob) override { m_parked = resultOf(finishedJob); }
    PageOutcome takeParkedPage() override
    {
        Page<T> page = m_parked ? std::move(*m_parked) : Page<T>{};
        m_parked.reset();
        return insertPage(std::move(page));
    }
    void dropParkedPage() override { m_parked.reset(); }

    PageOutcome insertPage(Page<T> page)
    {
        QList<T>& fresh = page.items;
        // Drop, in place, rows without a key and rows already listed (pages of a search need not be stable).
        qsizetype kept = 0;
        // Once a list is being scrolled, a known total sizes the key set once instead of rehashing it as the
        // list grows; reserving costs about a byte per slot until rows fill it, and the total is the
        // server's word, so it is capped. The first page sizes only itself: most lists are never scrolled.
        constexpr qsizetype kMostKeysReserved = 1 << 20;
        const qsizetype wanted = m_keys.size() + fresh.size();
        m_keys.reserve(m_rows.isEmpty() ? wanted
                                        : std::max(wanted, qMin<qsizetype>(page.total, kMostKeysReserved)));
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            T& item = fresh[i];
            if (const T* previous = kept > 0            ? &fresh.at(kept - 1)
                                    : !m_rows.isEmpty() ? &m_rows.constLast()
                                                        : nullptr)
                shareRepeatedText(item, *previous);
            std::optional<Key> key = keyOf(item);
            if (!key)
                continue;
            const qsizetype before = m_keys.size();
            m_keys.insert(std::move(*key));
            if (m_keys.size() == before)
                continue;
            if (kept != i)
                fresh[kept] = std::move(item);
            ++kept;
        }
        fresh.resize(kept);
        if (!fresh.isEmpty()) {
            beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
            if (m_rows.isEmpty())
                m_rows = std::move(fresh); // the first page: its block becomes the rows'
            else
                m_rows.append(std::move(fresh));
            endInsertRows();
        }
        return {int(kept), page.hasMore, page.nextCursor, page.total};
    }

    // The rows become `page` (de-duplicated) with the fewest changes a view notices: rows whose key is
    // still there stay (updated in place, moved where needed), so their selection and the scroll position
    // stay; the others are removed, the new ones inserted.
    PageOutcome mergePage(Page<T> page)
    {
        QList<T> fresh;
        QList<Key> freshKeys;
        QSet<Key> seen;
        for (T& item : page.items) {
            std::optional<Key> key = keyOf(item);
            if (!key || seen.contains(*key))
                continue;
            seen.insert(*key);
            freshKeys.append(std::move(*key));
            fresh.append(std::move(item));
        }
        QList<Key> keys;
        keys.reserve(m_rows.size());
        for (qsizetype row = m_rows.size() - 1; row >= 0; --row) {
            std::optional<Key> key = keyOf(m_rows.at(row));
            if (key && seen.contains(*key)) {
                keys.prepend(std::move(*key));
                continue;
            }
            beginRemoveRows(QModelIndex(), int(row), int(row));
            m_rows.removeAt(row);
            endRemoveRows();
        }
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            const qsizetype at = keys.indexOf(freshKeys.at(i), i);
            if (at < 0) {
                beginInsertRows(QModelIndex(), int(i), int(i));
                m_rows.insert(i, std::move(fresh[i]));
                keys.insert(i, freshKeys.at(i));
                endInsertRows();
                continue;
            }
            if (at != i) {
                beginMoveRows(QModelIndex(), int(at), int(at), QModelIndex(), int(i));
                m_rows.move(at, i);
                keys.move(at, i);
                endMoveRows();
            }
            m_rows[i] = std::move(fresh[i]);
            emit dataChanged(index(int(i), 0), index(int(i), columnCount() - 1));
        }
        m_keys = std::move(seen);
        return {int(fresh.size()), page.hasMore, page.nextCursor, page.total};
    }

    void clearRows() override
    {
        m_rows.clear();
        m_keys.clear();
        m_parked.reset();
    }

    Source m_source;
    CursorAfterFullPage m_cursorAfterFullPage;
    std::optional<Page<T>> m_parked; // a page read ahead that came before the one it follows
    QList<T> m_rows;
    QSet<Key> m_keys;
};
