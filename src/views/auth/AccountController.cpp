#include "AccountController.h"

#include "AccountStatusWidget.h"
#include "ApiKeysDialog.h"
#include "SignInDialog.h"
#include "auth/CredentialStore.h"
#include "models/AccountSession.h"
#include "models/RegistrySession.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>

AccountController::AccountController(QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_store(new CredentialStore(this))
    , m_status(new AccountStatusWidget(window))
{
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
    updateActions();
}

AccountController::~AccountController() = default;

QMenu* AccountController::addMenu(QMenuBar* menuBar)
{
    QMenu* menu = menuBar->addMenu(tr("&Account"));
    menu->addAction(m_signIn);
    menu->addAction(m_signOut);
    menu->addSeparator();
    menu->addAction(m_apiKeys);
    return menu;
}

AccountSession* AccountController::accountFor(const QUrl& endpoint)
{
    const QString key = endpoint.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveFragment).toString();
    if (AccountSession* account = m_accounts.value(key))
        return account;
    auto* account = new AccountSession(endpoint, m_store, this);
    m_accounts.insert(key, account);
    return account;
}

void AccountController::attach(RegistrySession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    if (m_current)
        disconnect(m_current, nullptr, this, nullptr);
    m_session = session;
    m_current = session ? accountFor(session->entry().url) : nullptr;
    m_status->setAccount(m_current);
    updateActions();
    if (!session)
        return;
    AccountSession* account = m_current;
    session->setHeaderProvider(account->headerProvider());
    connect(session, &RegistrySession::stateChanged, this, &AccountController::onSessionStateChanged);
    // The registry was removed (no other one opened): no account actions for it any more. Attaching another
    // session first disconnects this one, so its later destruction changes nothing.
    connect(session, &QObject::destroyed, this, [this] {
        m_current = nullptr;
        m_status->setAccount(nullptr);
        updateActions();
    });
    // As soon as the backend exists (before its status answer): sign-in and key dialogs need it.
    connect(session, &RegistrySession::backendCreated, account, [this, account](RegistryBackend* backend) {
        account->setBackend(backend);
        updateActions();
    });
    connect(account, &AccountSession::stateChanged, this, &AccountController::updateActions);
    connect(account, &AccountSession::credentialsChanged, this, [this] {
        // A new credential may see more (or less): load again, unless the first start is still to come.
        if (m_session && m_session->state() != RegistrySession::State::Idle && m_current &&
            m_current->isLoaded())
            m_session->start();
    });
    if (account->isLoaded()) {
        session->start();
        return;
    }
    connect(
        account, &AccountSession::loaded, session,
        [session] {
            if (session->state() == RegistrySession::State::Idle)
                session->start();
        },
        Qt::SingleShotConnection);
    account->ensureLoaded();
}

void AccountController::onSessionStateChanged()
{
    if (!m_session || !m_current)
        return;
    switch (m_session->state()) {
    case RegistrySession::State::Failed:
        // A rejected key fails the whole request, the status check included: say so, and offer to sign in.
        m_current->reportError(m_session->error());
        break;
    default:
        break;
    }
    updateActions();
}

void AccountController::updateActions()
{
    AccountSession* account = m_current;
    RegistryBackend* backend = account ? account->backend() : nullptr;
    const Capabilities capabilities = backend ? backend->capabilities() : Capabilities();
    const bool canSignIn =
        capabilities.testFlag(Capability::SignIn) || capabilities.testFlag(Capability::ApiKeys);
    m_signIn->setEnabled(account && backend && canSignIn);
    m_signOut->setEnabled(account && account->isSignedIn());
    m_apiKeys->setEnabled(account && backend && capabilities.testFlag(Capability::ApiKeys));
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
    account->signOut();
    if (!account->hasStoredKey())
        return;
    QMessageBox box(
        QMessageBox::Question, tr("Sign Out"),
        tr("You are signed out. An API key for %1 is still kept in the keychain and used for this "
           "registry. Remove it from the keychain too?")
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
