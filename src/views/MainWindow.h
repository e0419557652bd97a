#pragma once

#include "registry/Dialect.h"
#include "registry/RegistryEntry.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <optional>

class PackageListModel;
class PackageListPage;
class QAction;
class QLabel;
class QListView;
class QNetworkAccessManager;
class QPushButton;
class QSplitter;
class RegistryList;
class RegistryListModel;
class RegistrySession;

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
    PackageListModel* packageModel() const { return m_packages; }
    PackageListPage* packagePage() const { return m_page; }
    QListView* sidebar() const { return m_sidebar; }
    RegistryList* registries() const { return m_registries; }

    void addRegistry();
    void editRegistry();
    void removeRegistry();
    void refresh();

protected:
    void closeEvent(QCloseEvent* event) override;

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

    Options m_options;
    QNetworkAccessManager* m_network;
    RegistryList* m_registries;
    RegistryListModel* m_registryModel;
    PackageListModel* m_packages;
    QPointer<RegistrySession> m_session;
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
};
