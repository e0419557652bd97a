#pragma once

#include "models/PackageListModel.h"
#include "registry/RegistryBackend.h"
#include "registry/RegistryEntry.h"
#include "registry/SearchFilters.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <utility>

class HeaderProvider;
class LiveFeed;
class QNetworkAccessManager;

// One open registry: finds its dialect when it is not known (DialectDetector), creates the backend
// (DialectTable), checks that it answers (status()) and then gives the package list its source. The
// views show state() and statusText(); start() is also "retry" and "refresh".
class RegistrySession : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Detecting, Connecting, Connected, Failed };
    Q_ENUM(State)

    RegistrySession(const RegistryEntry& entry, QNetworkAccessManager* network, PackageListModel* packages,
                    QObject* parent = nullptr);
    ~RegistrySession() override;

    // The credentials the backend sends (from the registry's account session); anonymous when never set. A
    // change drops the backend: the next start() creates one with the new headers.
    void setHeaderProvider(std::shared_ptr<const HeaderProvider> headers);

    // Connects (again): detects the dialect if needed, checks the status, then loads the first page.
    void start();
    // Stops for good: cancels what is in flight, clears the package list and lets go of it.
    void stop();

    State state() const { return m_state; }
    const Error& error() const { return m_error; }
    const RegistryEntry& entry() const { return m_entry; }
    // The user renamed the registry: only the name people see changes.
    void setName(const QString& name) { m_entry.name = name; }
    const RegistryStatus& registryStatus() const { return m_status; }
    RegistryBackend* backend() const { return m_backend.get(); }
    // True when connected (every registry lists its packages).
    bool canBrowse() const;
    // True when connected (or connecting, with the backend made) and the registry searches packages on the
    // server.
    bool canSearch() const;
    // Lists the packages matching `text` (server-side search), or the latest ones when it is empty. The model
    // drops any answer for an older text.
    void setSearchText(const QString& text);
    QString searchText() const { return m_searchText; }
    // Narrows the list further where the registry's search can (PackageSearch::filterSupport); empty filters
    // list by the text alone. The list reloads when they change.
    void setSearchFilters(const SearchFilters& filters);
    const SearchFilters& searchFilters() const { return m_filters; }
    // Whether the newest packages follow what is published as it happens (the registry offers live updates,
    // the list shows the newest packages, not a search, and the connection is up).
    bool isLive() const;
    // A line for the status bar: "Connecting…", "Connected to DataPM 0.32 at host", "Unreachable: …".
    QString statusText() const;

signals:
    void stateChanged(RegistrySession::State state);
    // The dialect was detected by introspection; the owner may remember it in the registry list.
    void dialectDetected(Dialect dialect);
    // A new backend exists (after detection, or after new headers); e.g. for the account session.
    void backendCreated(RegistryBackend* backend);
    void liveChanged(bool live);

private:
    void createBackendAndConnect(const Dialect& dialect);
    void checkStatus();
    void applySource();
    // Follows what is published while the list shows the newest packages of a registry that announces them
    // (`newest`); otherwise lets the live feed go.
    void followLive(bool newest);
    void announceLive();
    void fail(const Error& error);
    void setState(State state);
    void abortJobs();
    QString host() const;

    RegistryEntry m_entry;
    QPointer<QNetworkAccessManager> m_network;
    QPointer<PackageListModel> m_packages;
    std::shared_ptr<const HeaderProvider> m_headers;
    std::unique_ptr<RegistryBackend> m_backend;
    QPointer<LiveFeed> m_live; // while the newest packages are listed, where the registry has it
    RegistryBackend* m_liveBackend = nullptr; // the backend m_live comes from (compared, never used)
    bool m_wasLive = false;                   // as last announced with liveChanged()
    QPointer<RegistryJob> m_job;              // the detection or status job in flight
    State m_state = State::Idle;
    Error m_error;
    RegistryStatus m_status;
    QString m_searchText;
    SearchFilters m_filters;
    bool m_refreshInPlace = false; // start() keeps cached rows: applySource() refreshes them
    std::pair<QString, SearchFilters> m_appliedSearch; // what the list's source was made for
};
