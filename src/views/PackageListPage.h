#pragma once

#include "core/Error.h"
#include "pages/BrowserPage.h"
#include "registry/PackageId.h"

#include <QLineEdit>
#include <QPointer>

class GroupResultsView;
class MessagePage;
class PackageListModel;
class PagedPackageTable;
class SearchFilterBar;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class RegistryBackend;
class RegistrySession;
class Workspace;

// The package list of the selected registry: its newest packages, or those matching the window's search
// field, in the package table; or in the table's place what is going on with the registry (connecting, an
// error with Retry, the registry not answering (Depot tries again by itself), no registry at all). The table
// itself says loading, empty and failed pages. Above it, where the registry's search can narrow, a filter bar
// (interface, licence, order), which can also list the groups or users matching the words instead.
class PackageListPage : public BrowserPage
{
    Q_OBJECT
public:
    // `searchField` is the window's search field (not owned): enabled only when the registry can search.
    PackageListPage(PackageListModel* model, QLineEdit* searchField, QWidget* parent = nullptr);

    // The session of the selected registry, or null when there is none.
    void setSession(RegistrySession* session);
    // Where the session comes from: while it tries again by itself, the page keeps saying why and counts
    // down to the next try (without it, the page says only that Depot tries again).
    void setWorkspace(Workspace* workspace);

    QString title() const override;
    // Loaded rows, current row and scroll position; restoreState() fetches pages until as many rows are
    // loaded again, then scrolls back.
    QVariant saveState() const override;
    void restoreState(const QVariant& state) override;
    void reload() override;

    PagedPackageTable* packages() const { return m_packages; }
    // Made when first asked for (a registry without filters never shows it).
    SearchFilterBar* filterBar();
    // The groups or users found, shown instead of the table when the filter bar asks for them.
    GroupResultsView* results();
    QTableView* table() const;
    QSortFilterProxyModel* proxy() const;
    QLineEdit* searchField() const { return m_search; }
    MessagePage* messagePage() const;
    QLabel* footerLabel() const;
    bool isShowingTable() const;
    // Keyboard focus to the rows (the first one current), when they are shown.
    void focusResults();
    // True while the page says that the registry does not answer.
    bool isShowingUnreachable() const { return m_unreachable; }

signals:
    // Enter or a double-click on a row: the package page is to open.
    void packageActivated(const PackageId& id);
    // A group or a user of the results was chosen.
    void groupActivated(const QString& slug);
    void userActivated(const QString& username);
    void addRegistryRequested();
    void editRegistryRequested();
    // The registry needs a credential Depot does not have (or no longer accepts one).
    void signInRequested();

private:
    enum class Action { None, RetrySession, AddRegistry, EditRegistry, SignIn };

    // Shows the registry's state in the table's place; false when the table should show the list.
    bool showSessionState();
    void updateTexts();
    // With `error`, its sentence is the detail and its certificate (if Depot refused one) can be shown.
    void showState(const QString& title, const QString& detail, Action action, const Error* error = nullptr);
    void showUnreachable(const QString& detail);
    // The workspace is trying the registry again by itself (after what unreachableError() says).
    bool isReconnecting() const;
    void runAction();
    void updateFilterBar();
    void showResults();

    PackageListModel* m_model;
    PagedPackageTable* m_packages;
    SearchFilterBar* m_filterBar = nullptr;
    GroupResultsView* m_results = nullptr;
    QPointer<RegistryBackend> m_filterBackend; // the backend the filter bar was set up for
    QString m_resultsTerm;                     // the words the results were asked for
    QPointer<RegistrySession> m_session;
    QPointer<Workspace> m_workspace;
    QPointer<QLineEdit> m_search;
    Action m_action = Action::None;
    bool m_unreachable = false; // kept through the reconnection attempts, so the page does not flash
    QString m_title;            // as last announced with titleChanged()
};
