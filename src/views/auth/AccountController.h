#pragma once

#include "models/AccountSession.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

class AccountStatusWidget;
class CredentialStore;
class QAction;
class QMenu;
class QMenuBar;
class QWidget;
class RegistrySession;

// The "Account" menu and status-bar part of the main window: one AccountSession per registry endpoint (kept
// for the whole run, so switching registries does not sign out), the open registry's credentials handed to
// its RegistrySession before the backend exists, the stored key read from the keychain the first time a
// registry is opened, and the sign-in, sign-out and API keys dialogs.
class AccountController : public QObject
{
    Q_OBJECT
public:
    explicit AccountController(QWidget* window);
    ~AccountController() override;

    // Adds the "Account" menu (Sign in…, Sign out, API keys…).
    QMenu* addMenu(QMenuBar* menuBar);
    AccountStatusWidget* statusWidget() const { return m_status; }
    QAction* signInAction() const { return m_signIn; }
    QAction* signOutAction() const { return m_signOut; }
    QAction* apiKeysAction() const { return m_apiKeys; }
    CredentialStore* store() const { return m_store; }

    AccountSession* accountFor(const QUrl& endpoint);
    AccountSession* current() const { return m_current; }

    // Makes `session` (not started yet) the open registry: gives it this registry's credentials, reads the
    // stored key if that was not done yet, then starts it. Later credential changes restart it so the lists
    // show what the new credential may see.
    void attach(RegistrySession* session);

    void signIn();
    void signOut();
    void showApiKeys();

private:
    void updateActions();
    void onSessionStateChanged();

    QPointer<QWidget> m_window;
    CredentialStore* m_store;
    QHash<QString, AccountSession*> m_accounts;
    QPointer<AccountSession> m_current;
    QPointer<RegistrySession> m_session;
    AccountStatusWidget* m_status;
    QAction* m_signIn;
    QAction* m_signOut;
    QAction* m_apiKeys;
};
