#pragma once

#include "session/AccountSession.h"

#include <QObject>
#include <QPointer>
class AccountStatusWidget;
class KeyRefusedBar;
class QAction;
class QMenu;
class QMenuBar;
class QWidget;
class Workspace;

// The "Account" menu and status-bar part of the main window for the open registry's account session (the
// Workspace keeps one per registry): the sign-in, sign-out and API keys dialogs, each offered only when the
// registry has that part, with the reason in the menu when it does not.
class AccountController : public QObject
{
    Q_OBJECT
public:
    AccountController(Workspace* workspace, QWidget* window);
    ~AccountController() override;

    // Adds the "Account" menu (Sign in…, Sign out, API keys…).
    QMenu* addMenu(QMenuBar* menuBar);
    AccountStatusWidget* statusWidget() const { return m_status; }
    KeyRefusedBar* keyRefusedBar() const { return m_refusedBar; }
    // `page` with the bar that says a refused key was dropped above it: what the window shows.
    QWidget* withMessages(QWidget* page);
    QAction* signInAction() const { return m_signIn; }
    QAction* signOutAction() const { return m_signOut; }
    QAction* apiKeysAction() const { return m_apiKeys; }
    AccountSession* current() const { return m_current; }

    void signIn();
    void signOut();
    void showApiKeys();

private:
    void onAccountChanged();
    void updateActions();

    QPointer<QWidget> m_window;
    Workspace* m_workspace;
    QPointer<AccountSession> m_current;
    AccountStatusWidget* m_status;
    KeyRefusedBar* m_refusedBar;
    QAction* m_signIn;
    QAction* m_signOut;
    QAction* m_apiKeys;
};
