#pragma once

#include "models/PackageListModel.h"
#include "registry/PackageId.h"

#include <QVariant>
#include <QWidget>

#include <functional>

class FreshnessNotice;
class MessagePage;
class PageHeader;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// The one package table of Depot, for every list of packages (the main list, a catalog's, a collection's):
// the table, or in its place loading / empty / error-with-Retry; under it a footer that counts the rows and
// offers Retry when a later page fails. Enter or a double-click asks to open the package. Columns sort only
// once every page is loaded (sorting a part would put rows in an order the next page breaks); until then the
// header's tooltip, and the footer on a click, say why not. An owner with states of its own (the main list's
// registry connection) shows them through setStateOverride() and showMessage().
class PagedPackageTable : public QWidget
{
    Q_OBJECT
public:
    // `model` null: the table makes and owns its own.
    explicit PagedPackageTable(PackageListModel* model = nullptr, QWidget* parent = nullptr);

    void setSource(PackageListModel::Source source);
    // What to say while the first page loads, and when the source has no packages at all (from the next
    // updateState() on).
    void setLoadingText(const QString& title);
    void setEmptyText(const QString& title, const QString& detail);
    // Called before the model's state is shown: true when the owner showed something else instead.
    void setStateOverride(std::function<bool()> override);
    // In the table's place: a message with an optional button (actionTriggered()), or a busy indicator.
    void showMessage(const QString& title, const QString& detail, const QString& actionText = {});
    void showError(const QString& title, const Error& error, const QString& actionText = {});
    void showBusy(const QString& title, const QString& detail = {});
    // Shows what the model's state calls for (after the override had its say).
    void updateState();
    void retry();

    PackageListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // Between model() and table(): sorts once everything is loaded, else keeps the server's order.
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    MessagePage* messagePage() const { return m_message; }
    QLabel* footerLabel() const { return m_footerText; }
    // Above the rows while they are the ones Depot kept from an earlier visit: their age, and "offline".
    FreshnessNotice* freshnessNotice() const { return m_freshness; }
    bool isShowingTable() const;

    // Loaded rows, current row and scroll position; restoreState() fetches pages until as many rows are
    // loaded again, then scrolls back.
    QVariant saveState() const;
    void restoreState(const QVariant& state);

    // The content of a page that lists packages under its header: `header`, a bold `title`, then this
    // table filling the rest.
    QWidget* withHeader(PageHeader* header, const QString& title);
    // The content of a page with a header and nothing under it.
    static QWidget* alone(QWidget* header);

signals:
    void packageActivated(const PackageId& id);
    // The button of a message the owner showed (showMessage) was pressed.
    void actionTriggered();

private:
    // The rows or the message (the other one hides).
    void showPage(QWidget* page);
    void updateFooter();
    void updateFreshness();
    void updateSorting();
    QString sortingUnavailableText() const;
    void continueRestore();
    void onMessageAction();

    PackageListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QWidget* m_tablePage; // the rows with the notice above and the footer under them
    QTableView* m_table;
    MessagePage* m_message;
    QLabel* m_footerText;
    FreshnessNotice* m_freshness;
    QPushButton* m_footerRetry;
    QString m_loadingTitle;
    QString m_emptyTitle;
    QString m_emptyDetail;
    std::function<bool()> m_override;
    bool m_ownerMessage = false;  // the message shown is the owner's: its button is theirs
    QVariantMap m_pendingRestore; // a restoreState() waiting for rows
};
