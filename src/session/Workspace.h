#pragma once

#include "core/Error.h"
#include "registry/Dialect.h"
#include "registry/RegistryEntry.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class AccountSession;
class CredentialStore;
class DownloadManager;
class PackageListModel;
class QNetworkAccessManager;
class QSettings;
class QTimer;
class RegistryBackend;
class RegistryList;
class RegistrySession;

// What Depot has open, without a window: the user's registries, the one that is open (its RegistrySession and
// the package list it feeds), one AccountSession per registry for the whole run (switching registries does
// not sign out), the stored key read before the first request, a credential change reloading what was loaded
// with the old one, and reconnection, backing off, while the open registry does not answer. The main window
// only shows this and forwards what the person does; tests drive it directly.
class Workspace : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl registryUrl;               // open this registry (added to the list if unknown); DEPOT_API_KEY in
                                        // the environment is its key for this run (never stored)
        std::optional<Dialect> dialect; // force the dialect of registryUrl for this run
        QUrl localRegistryUrl;          // base URL of the local registry: the first run offers its presets
        QString openReference;          // a package to open once the registry answers (--open)
    };

    explicit Workspace(const Options& options = {}, QObject* parent = nullptr);
    ~Workspace() override;

    const Options& options() const { return m_options; }
    QNetworkAccessManager* network() const { return m_network; }
    RegistryList* registries() const { return m_registries; }
    PackageListModel* packages() const { return m_packages; }
    CredentialStore* credentialStore() const { return m_store; }
    // Every download of the run, whichever registry it came from.
    DownloadManager* downloads() const { return m_downloads; }

    // Reads the registry list (presets on the first run) and returns the registry to open first: the one
    // given on the command line, else the last one used (`lastUsed`), else the first of the list. A registry
    // given on the command line that is not in the list is added to it (and saved), so that the next start
    // without --registry opens it again instead of a preset the person never chose.
    QUrl load(QSettings& settings, const QUrl& lastUsed);
    // What load() added from the command line, in a sentence for the status bar; empty when nothing was.
    QString addedNotice() const;
    // Writes the registry list when it changed; registries added for this run only are not kept.
    void saveRegistries() const;

    RegistrySession* session() const;
    AccountSession* account() const;
    AccountSession* accountFor(const QUrl& endpoint);

    // Opens the listed registry at `url`; an unknown url closes the open one.
    void open(const QUrl& url);
    // Opens the registry of a link (DepotLink): the listed one at `registry`, else one added for this run
    // only (unlike --registry, a link does not add to the list), of kind `dialect` when given (else detected).
    void openLink(const QUrl& registry, const std::optional<Dialect>& dialect);
    void close();
    // Connects again and reloads the package list.
    void refresh();

    // The registry list, edited by the person. add() returns the row of the entry (the existing one when its
    // address is already listed); replace() is false when the new address is another entry's.
    int add(const RegistryEntry& entry);
    bool replace(const QUrl& originalUrl, const RegistryEntry& entry);
    // Removes the registry; when it was open, its neighbour in the list opens.
    void remove(const QUrl& url);

    // Depot is trying again by itself after the registry stopped answering.
    bool isReconnecting() const { return m_reconnecting || m_reconnectDelayMs > 0; }
    // The next automatic try, in milliseconds from now; -1 when none is planned.
    int nextReconnectInMs() const;
    // While reconnecting: why the registry is being tried again (what the last try ran into).
    const Error& unreachableError() const { return m_unreachable; }
    // While reconnecting: "Next try in 8 s." or "Trying again now…"; statusChanged() every second while
    // waiting, so the views can count down. Empty when Depot is not trying again by itself.
    QString reconnectText() const;
    // A line for the status bar, and whether "Retry" should be offered beside it.
    QString statusText() const;
    bool offersRetry() const;
    // The open registry does not answer (Depot tries again by itself): pages show what they kept, and what
    // needs the registry (publishing, keys, signing in) says so at once.
    bool isOffline() const;
    // "<what> needs the registry, which does not answer now. …", for the tooltip of a greyed action.
    QString offlineText(const QString& what) const;

signals:
    // Another registry is open (or none): pages of the old one must go.
    void sessionChanged(RegistrySession* session);
    // The open registry answered its status (again). `recovered`: after it had stopped answering.
    void connected(RegistryBackend* backend, bool recovered);
    // The package list answered again after a failure: pages that failed meanwhile may load now.
    void recovered();
    void statusChanged();

private:
    void attachAccount();
    // DEPOT_API_KEY, read as the open registry's kind reads a pasted key, used for this run only.
    void useEnvironmentKey(AccountSession* account, RegistryBackend* backend);
    void addForThisRun(const QUrl& url, const std::optional<Dialect>& dialect);
    void onSessionStateChanged();
    void onListStateChanged();
    void onRequestUnreachable(const Error& why);
    void onRequestAnswered();
    void scheduleReconnect(const Error& why);
    void stopReconnecting();
    void reconnect();
    void rememberDialect(const QUrl& url, const Dialect& dialect);

    Options m_options;
    QNetworkAccessManager* m_network;
    RegistryList* m_registries;
    PackageListModel* m_packages;
    CredentialStore* m_store;
    DownloadManager* m_downloads;
    QHash<QString, AccountSession*> m_accounts;
    QPointer<RegistrySession> m_session;
    QPointer<AccountSession> m_account;
    QString m_addedFromCommandLine; // the name of the registry --registry added to the list at this start
    QList<QUrl> m_temporaryUrls; // added for this run only (links): never saved
    QTimer* m_reconnectTimer;
    QTimer* m_countdown;         // ticks every second while the next try is waited for
    int m_reconnectDelayMs = 0;  // the next wait; 0 when the registry answers
    bool m_reconnecting = false; // a retry of the timer is under way (the status line keeps its text)
    Error m_unreachable;         // why the registry is being tried again
    bool m_requestUnreachable = false; // connected, but a later request (any page's) found it gone
    // DEPOT_API_KEY: the key of the --registry registry for this run only. Never stored, never logged.
    QString m_environmentKey;
    bool m_applyingEnvironmentKey = false; // the key arrives with the backend: no reload for it
};
