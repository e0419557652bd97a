#pragma once

#include "models/PackageListModel.h"
#include "registry/PackageId.h"

#include <QVariant>
#include <QWidget>

class MessagePage;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

// A paged package table for the pages that list packages of something (a catalog, a collection): the
// table, or in its place loading / empty / error-with-Retry; under it a footer that counts the rows and
// offers Retry when a later page fails. Enter or a double-click asks to open the package. Columns sort
// only once every page is loaded (sorting a part would put rows in an order the next page breaks); until
// then the header's tooltip says why not.
// (The main window's PackageListPage is tied to the registry session and its search field; this is the
// same table without them.)
class PagedPackageTable : public QWidget
{
    Q_OBJECT
public:
    // The footer line for a package list in `model`'s state (rows shown, more, end, failure); also used by the
    // main window's package list.
    static QString footerText(const PackageListModel& model);
    // The package table as every package list shows it: `proxy` between `model` and `table` (sorting by the
    // date's value), row selection, column widths, accessible names. Also used by the main window's list.
    static void setUpTable(QTableView* table, QSortFilterProxyModel* proxy, PackageListModel* model);

    explicit PagedPackageTable(QWidget* parent = nullptr);

    void setSource(PackageListModel::Source source);
    // What to say when the source has no packages at all.
    void setEmptyText(const QString& title, const QString& detail);
    void retry();

    PackageListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // Between model() and table(): sorts once everything is loaded, else keeps the server's order.
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    MessagePage* messagePage() const { return m_message; }
    bool isShowingTable() const;

    // Loaded rows, current row and scroll position; restoreState() fetches pages until as many rows are
    // loaded again, then scrolls back.
    QVariant saveState() const;
    void restoreState(const QVariant& state);

signals:
    void packageActivated(const PackageId& id);

private:
    void updateState();
    void updateFooter();
    void updateSorting();
    void continueRestore();

    PackageListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QStackedWidget* m_stack;
    QTableView* m_table;
    MessagePage* m_message;
    QLabel* m_footerText;
    QPushButton* m_footerRetry;
    QString m_emptyTitle;
    QString m_emptyDetail;
    QVariantMap m_pendingRestore; // a restoreState() waiting for rows
};
