#include "AccountController.h"

#include "AccountStatusWidget.h"
#include "ApiKeysDialog.h"
#include "KeyRefusedBar.h"
#include "SignInDialog.h"
#include "registry/RegistryBackend.h"
#include "session/AccountSession.h"
#include "session/RegistrySession.h"
#include "session/Workspace.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

AccountController::AccountController(Workspace* workspace, QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_workspace(workspace)
    , m_status(new AccountStatusWidget(window))
    , m_refusedBar(new KeyRefusedBar(window))
{
    connect(m_refusedBar, &KeyRefusedBar::signInRequested, this, &AccountController::signIn);
    m_signIn = new QAction(tr("&Sign In…"), this);
    m_signIn->setObjectName(QStringLiteral("signInAction"));
    m_signIn->setToolTip(tr("Sign in to the open registry, or paste an API key"));
    m_signOut = new QAction(tr("Sign &Out"), this);
    m_signOut->setObjectName(QStringLiteral("signOutAction"));
    m_apiKeys = new QAction(tr("&API Keys…"), this);
    m_apiKeys->setObjectName(QStringLiteral("apiKeysAction"));
    m_apiKeys->setToolTip(tr("List, create and delete the API keys of the open registry"));
    connect(m_signIn, &QAction::triggered, this, &AccountController::signIn);
    connect(m_signOut, &QAction::triggered, this, &AccountController::signOut);
    connect(m_apiKeys, &QAction::triggered, this, &AccountController::showApiKeys);
    connect(m_status, &AccountStatusWidget::signInRequested, this, &AccountController::signIn);
    // The workspace opens another registry (a new account) or the open one gets its backend.
    connect(workspace, &Workspace::sessionChanged, this, &AccountController::onAccountChanged);
    connect(workspace, &Workspace::statusChanged, this, &AccountController::updateActions);
    onAccountChanged();
}

AccountController::~AccountController() = default;

QMenu* AccountController::addMenu(QMenuBar* menuBar)
{
    QMenu* menu = menuBar->addMenu(tr("&Account"));
    // A greyed item says why in its tooltip.
    menu->setToolTipsVisible(true);
    menu->addAction(m_signIn);
    menu->addAction(m_signOut);
    menu->addSeparator();
    menu->addAction(m_apiKeys);
    return menu;
}

QWidget* AccountController::withMessages(QWidget* page)
{
    auto* container = new QWidget(m_window);
    auto* layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_refusedBar);
    layout->addWidget(page, 1);
    return container;
}

void AccountController::onAccountChanged()
{
    if (m_current)
        disconnect(m_current, nullptr, this, nullptr);
    m_current = m_workspace->account();
    m_status->setAccount(m_current);
    m_refusedBar->setAccount(m_current);
    if (m_current)
        connect(m_current, &AccountSession::stateChanged, this, &AccountController::updateActions);
    updateActions();
}

void AccountController::updateActions()
{
    AccountSession* account = m_current;
    RegistryBackend* backend = account ? account->backend() : nullptr;
    // Sign in with a password or a pasted key: whichever the registry has.
    const bool canSignIn = backend && (backend->passwordSignIn() || backend->account());
    m_signIn->setEnabled(account && canSignIn);
    m_signIn->setToolTip(!backend || canSignIn ? tr("Sign in to the open registry, or paste an API key")
                                               : backend->whyMissing(RegistryPart::Account));
    // Signing out forgets a sign-in, or stops using a key (offering to remove it from the keychain).
    m_signOut->setEnabled(account && (account->isSignedIn() || account->hasApiKey()));
    const bool hasKeys = backend && backend->apiKeys();
    m_apiKeys->setEnabled(account && hasKeys);
    m_apiKeys->setToolTip(!backend || hasKeys
                              ? tr("List, create and delete the API keys of the open registry")
                              : backend->whyMissing(RegistryPart::ApiKeys));
    // Signing in and keys need the registry: offline, the menu says so instead of a dialog failing later.
    if (m_workspace->isOffline()) {
        m_signIn->setEnabled(false);
        m_signIn->setToolTip(m_workspace->offlineText(tr("Signing in")));
        m_apiKeys->setEnabled(false);
        m_apiKeys->setToolTip(m_workspace->offlineText(tr("Managing API keys")));
    }
    m_apiKeys->setStatusTip(m_apiKeys->toolTip());
}

void AccountController::signIn()
{
    if (!m_current)
        return;
    // open(), not exec(): a nested event loop would also hold back the answer to whoever triggered the action
    // (an accessibility client's "press" waits for it).
    auto* dialog = new SignInDialog(m_current, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AccountController::signOut()
{
    AccountSession* account = m_current;
    if (!account)
        return;
    const bool wasSignedIn = account->isSignedIn();
    account->signOut();
    if (!account->hasStoredKey()) {
        // A key for this session only: signing out stops using it.
        if (!wasSignedIn && account->hasApiKey())
            account->forgetKey();
        return;
    }
    QMessageBox box(
        QMessageBox::Question, tr("Sign Out"),
        wasSignedIn
            ? tr("You are signed out. An API key for %1 is still kept in the keychain and used for this "
                 "registry. Remove it from the keychain too?")
                  .arg(account->endpoint().host())
            : tr("Depot uses an API key from the keychain for %1. Remove it from the keychain and browse "
                 "without it?")
                  .arg(account->endpoint().host()),
        QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("confirmForgetKey"));
    QPushButton* remove = box.addButton(tr("&Remove the Key"), QMessageBox::DestructiveRole);
    remove->setAccessibleName(tr("Remove the key from the keychain"));
    QPushButton* keep = box.addButton(tr("&Keep It"), QMessageBox::RejectRole);
    keep->setAccessibleName(tr("Keep the key"));
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == remove)
        account->forgetKey();
}

void AccountController::showApiKeys()
{
    if (!m_current)
        return;
    auto* dialog = new ApiKeysDialog(m_current, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ApiKeysDialog::signInRequested, this, &AccountController::signIn);
    dialog->open();
}
