#pragma once

#include "pages/BrowserPage.h"
#include "registry/PackageId.h"

#include <QLineEdit>
#include <QPointer>
#include <QVariantMap>

class MessagePage;
class PackageListModel;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class RegistrySession;

// The package list of the selected registry: its newest packages, or those matching the window's search
// field, in a table; or in the table's place what is going on (connecting, loading, empty, an error with
// Retry, the registry not answering (Depot tries again by itself), a registry kind Depot cannot browse,
// no registry at all). Under the table a footer counts the rows and offers Retry when a later page fails.
// Columns sort only once every package is loaded; until then the header and the footer say why not.
class PackageListPage : public BrowserPage
{
    Q_OBJECT
public:
    // `searchField` is the window's search field (not owned): enabled only when the registry can search.
    PackageListPage(PackageListModel* model, QLineEdit* searchField, QWidget* parent = nullptr);

    // The session of the selected registry, or null when there is none.
    void setSession(RegistrySession* session);

    QString title() const override;
    // Loaded rows, current row and scroll position; restoreState() fetches pages until as many rows are
    // loaded again, then scrolls back.
    QVariant saveState() const override;
    void restoreState(const QVariant& state) override;
    void reload() override;

    QTableView* table() const { return m_table; }
    // Between the model and the table: sorts once everything is loaded, else keeps the server's order.
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QLineEdit* searchField() const { return m_search; }
    MessagePage* messagePage() const { return m_message; }
    QLabel* footerLabel() const { return m_footerText; }
    bool isShowingTable() const;
    // True while the page says that the registry does not answer.
    bool isShowingUnreachable() const { return m_unreachable; }

signals:
    // Enter or a double-click on a row: the package page is to open.
    void packageActivated(const PackageId& id);
    void addRegistryRequested();
    void editRegistryRequested();

private:
    enum class Action { None, RetrySession, RetryModel, AddRegistry, EditRegistry };

    void updateState();
    void showMessage(const QString& title, const QString& detail, Action action);
    void showBusy(const QString& title, const QString& detail);
    void showUnreachable(const QString& detail);
    void updateFooter();
    void updateSorting();
    QString sortingUnavailableText() const;
    void runAction();
    void continueRestore();

    PackageListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QPointer<RegistrySession> m_session;
    QPointer<QLineEdit> m_search;
    QStackedWidget* m_stack;
    QTableView* m_table;
    MessagePage* m_message;
    QLabel* m_footerText;
    QPushButton* m_footerRetry;
    Action m_action = Action::None;
    bool m_unreachable = false;   // kept through the reconnection attempts, so the page does not flash
    QString m_title;              // as last announced with titleChanged()
    QVariantMap m_pendingRestore; // a restoreState() waiting for rows
};
