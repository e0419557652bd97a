#pragma once

#include "BrowserLocation.h"
#include "registry/Dialect.h"
#include "registry/RegistryEntry.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <optional>

class AccountController;
class BrowserStack;
class PackageListModel;
class PackageListPage;
class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QNetworkAccessManager;
class QPushButton;
class QSplitter;
class RegistryList;
class RegistryListModel;
class RegistrySections;
class RegistrySession;
class QTimer;

// The browser: registries on the left, the selected registry's packages on the right, the connection state
// in the status bar. Remembers its geometry and the last selected registry.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl registryUrl;               // open with this registry selected (added for this run if unknown)
        std::optional<Dialect> dialect; // force the dialect of registryUrl for this run
        QUrl localRegistryUrl;          // base URL of the local registry: the first run offers its presets
    };

    explicit MainWindow(const Options& options = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    RegistrySession* session() const;
    AccountController* accounts() const { return m_accounts; }
    PackageListModel* packageModel() const { return m_packages; }
    PackageListPage* packagePage() const { return m_page; }
    QListView* sidebar() const { return m_sidebar; }
    RegistryList* registries() const { return m_registries; }
    // Browsing (issue 4): the pages and their history, the sidebar's sections, the search field.
    BrowserStack* browser() const { return m_browser; }
    RegistrySections* sections() const { return m_sections; }
    QLineEdit* searchField() const { return m_search; }
    QAction* backAction() const { return m_backAction; }
    QAction* forwardAction() const { return m_forwardAction; }
    void goBack();
    void goForward();

    void addRegistry();
    void editRegistry();
    void removeRegistry();
    void refresh();
    // Publishing (issue 6): the publish wizard for the open registry (Registry ▸ Publish…, Ctrl+Shift+P).
    void openPublishWizard();

protected:
    void closeEvent(QCloseEvent* event) override;
    // The mouse's back and forward buttons, wherever in the window they are pressed.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void createWidgets();
    void restoreSettings();
    void saveSettings() const;
    void saveRegistries() const;
    void selectRow(int row);
    int currentRow() const;
    void onCurrentRowChanged();
    void onRegistriesChanged();
    void openRegistry(const RegistryEntry& entry);
    void updateStatus();
    void updateActions();
    // Browsing (issue 4)
    void createBrowsing();
    void applySearch();
    void clearSearch();
    void onListTermRequested(const QString& term);
    void onBrowserChanged();
    void updateWindowTitle();
    void onSessionStateChanged();
    void onListStateChanged();
    void scheduleReconnect();
    void reconnect();

    Options m_options;
    QNetworkAccessManager* m_network;
    RegistryList* m_registries;
    RegistryListModel* m_registryModel;
    PackageListModel* m_packages;
    QPointer<RegistrySession> m_session;
    AccountController* m_accounts = nullptr; // the Account menu, sign-in state and keys
    int m_lastRow = 0;   // the row of the open registry, to select a neighbour when it is removed
    QUrl m_temporaryUrl; // added from the command line for this run only: never saved

    QSplitter* m_splitter = nullptr;
    QListView* m_sidebar = nullptr;
    PackageListPage* m_page = nullptr;
    QLabel* m_statusText = nullptr;
    QPushButton* m_statusRetry = nullptr;
    QAction* m_addAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_removeAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_quitAction = nullptr;
    // Browsing (issue 4)
    BrowserStack* m_browser = nullptr;
    RegistrySections* m_sections = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchDebounce = nullptr;
    QAction* m_backAction = nullptr;
    QAction* m_forwardAction = nullptr;
    QAction* m_findAction = nullptr;    // Ctrl+F, Ctrl+K: to the search field
    QAction* m_latestAction = nullptr;  // Alt+Home: the latest packages, without the search
    QTimer* m_reconnectTimer = nullptr; // while the registry does not answer: tries again, backing off
    int m_reconnectDelayMs = 0;         // the next wait; 0 when the registry answers
    bool m_reconnecting = false;        // a retry of the timer is under way (the status line keeps its text)
    std::optional<BrowserLocation> m_restoreLocation; // the last page of the last run, shown once connected
    QUrl m_restoreRegistry;                           // ... for this registry only
};
