#pragma once

#include <QPointer>
#include <QWidget>

class MessagePage;
class PackageListModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class RegistrySession;

// The right-hand side of the main window: a search field over the package table of the selected registry
// (its newest packages, or those matching the search), or in the table's place
// what is going on (connecting, loading, empty, an error with Retry, a registry kind Depot cannot browse
// yet, no registry at all). Under the table a footer counts the rows and offers Retry when a later page
// fails.
class PackageListPage : public QWidget
{
    Q_OBJECT
public:
    PackageListPage(PackageListModel* model, QWidget* parent = nullptr);

    // The session of the selected registry, or null when there is none.
    void setSession(RegistrySession* session);

    QTableView* table() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }
    MessagePage* messagePage() const { return m_message; }
    bool isShowingTable() const;

signals:
    void addRegistryRequested();
    void editRegistryRequested();

private:
    enum class Action { None, RetrySession, RetryModel, AddRegistry, EditRegistry };

    void updateState();
    void applySearch();
    void showMessage(const QString& title, const QString& detail, Action action);
    void updateFooter();
    void runAction();

    PackageListModel* m_model;
    QPointer<RegistrySession> m_session;
    QLineEdit* m_search;
    QTimer* m_searchDebounce;
    QStackedWidget* m_stack;
    QTableView* m_table;
    MessagePage* m_message;
    QLabel* m_footerText;
    QPushButton* m_footerRetry;
    Action m_action = Action::None;
};
