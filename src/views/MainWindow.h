#pragma once

#include "BrowserLocation.h"
#include "NavigationBar.h"
#include "session/Workspace.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <optional>

class AccountController;
class BrowserStack;
class ConnectionStatus;
class DownloadController;
class PackageListModel;
class PackageListPage;
class QAction;
class QLineEdit;
class QSplitter;
class RegistryActions;
class RegistryList;
class RegistrySections;
class RegistrySidebar;
class RegistrySession;

// The browser: registries on the left with what the open one offers under them, its pages on the right, the
// connection and account state in the status bar. It shows the Workspace (what is open, sign-in,
// reconnection) and forwards what the person does; it remembers its geometry and the last page.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    using Options = Workspace::Options;

    explicit MainWindow(const Options& options = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    Workspace* workspace() const { return m_workspace; }
    RegistrySession* session() const { return m_workspace->session(); }
    AccountController* accounts() const { return m_accounts; }
    PackageListModel* packageModel() const { return m_workspace->packages(); }
    PackageListPage* packagePage() const { return m_page; }
    RegistrySidebar* sidebar() const { return m_sidebar; }
    RegistryList* registries() const { return m_workspace->registries(); }
    BrowserStack* browser() const { return m_browser; }
    RegistrySections* sections() const { return m_sections; }
    DownloadController* downloads() const { return m_downloads; }
    QLineEdit* searchField() const { return m_navigation->searchField(); }
    QAction* backAction() const { return m_navigation->backAction(); }
    QAction* forwardAction() const { return m_navigation->forwardAction(); }
    void goBack();
    void goForward();

    void addRegistry();
    void editRegistry();
    void removeRegistry();
    void refresh();
    // The publisher of the open registry's kind (Registry ▸ Publish…, Ctrl+Shift+P), or why there is none.
    void openPublishWizard();
    // Opens the package `reference` names in the open registry ("catalog/package", "namespace/name@1.0",
    // as the registry kind writes them), now or as soon as the registry answers. False (and a word in the
    // status bar) when it is not a reference of this registry.
    bool openReference(const QString& reference);

protected:
    void showEvent(QShowEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createWidgets();
    void saveSettings() const;
    void onSessionChanged(RegistrySession* session);
    void onConnected(RegistryBackend* backend, bool recovered);
    void reloadFailedPage();
    // The page asked for before the registry answered (openReference), else the one the last run ended on
    // (m_restoreLocation), once the registry answers or is found offline.
    void openPendingPage();
    void updateActions();
    void search(const QString& term);
    void onBrowserChanged();
    void updateWindowTitle();

    Workspace* m_workspace;
    QString m_pendingNotice; // for the status bar, once the window shows
    AccountController* m_accounts = nullptr;
    NavigationBar* m_navigation = nullptr;
    RegistryActions* m_registryActions = nullptr;

    QSplitter* m_splitter = nullptr;
    QSplitter* m_left = nullptr;
    RegistrySidebar* m_sidebar = nullptr;
    PackageListPage* m_page = nullptr;
    BrowserStack* m_browser = nullptr;
    RegistrySections* m_sections = nullptr;
    DownloadController* m_downloads = nullptr;
    ConnectionStatus* m_status = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_publishAction = nullptr;
    QString m_pendingReference;                       // openReference() before the registry answered
    std::optional<BrowserLocation> m_restoreLocation; // the last page of the last run, shown once connected
    QUrl m_restoreRegistry;                           // ... for this registry only
};
