#include "SignInDialog.h"

#include "KeyEntry.h"
#include "registry/DialectTable.h"
#include "registry/RegistryBackend.h"
#include "registry/parts/AccountAccess.h"
#include "registry/parts/PasswordSignIn.h"
#include "session/AccountSession.h"
#include "session/KeyCheck.h"
#include "views/ErrorColour.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

SignInDialog::SignInDialog(AccountSession* account, QWidget* parent, Mode mode)
    : QDialog(parent)
    , m_account(account)
{
    setWindowTitle(tr("Sign In"));
    setObjectName(QStringLiteral("signInDialog"));
    setMinimumWidth(440);

    const QString host = account ? account->endpoint().host() : QString();
    auto* intro =
        new QLabel(tr("Sign in to %1 to see your private packages and manage your API keys.").arg(host));
    intro->setWordWrap(true);

    m_tabs = new QTabWidget;
    m_tabs->setAccessibleName(tr("How to sign in"));
    // Both ways visible at once, never behind scroll arrows.
    m_tabs->setUsesScrollButtons(false);

    auto* passwordPage = new QWidget;
    m_username = new QLineEdit;
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setAccessibleName(tr("User name"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto* passwordForm = new QFormLayout(passwordPage);
    passwordForm->addRow(tr("&User name:"), m_username);
    passwordForm->addRow(tr("&Password:"), m_password);
    m_tabs->addTab(passwordPage, tr("User name and password"));

    auto* keyPage = new QWidget;
    m_key = new KeyEntry;
    m_keep = new QCheckBox(tr("&Keep in the keychain for this registry"));
    m_keep->setObjectName(QStringLiteral("keepInKeychain"));
    m_keep->setAccessibleName(m_keep->text().remove(QLatin1Char('&')));
    m_keep->setChecked(true);
    auto* keyForm = new QVBoxLayout(keyPage);
    keyForm->addWidget(m_key);
    keyForm->addWidget(m_keep);
    keyForm->addStretch(1);
    m_tabs->addTab(keyPage, tr("Paste an API key"));

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setVisible(false);
    m_problem->setAccessibleName(tr("Problem"));
    QPalette problemPalette;
    problemPalette.setColor(QPalette::WindowText, errorTextColour(palette()));
    m_problem->setPalette(problemPalette);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_submit = m_buttons->button(QDialogButtonBox::Ok);
    m_submit->setObjectName(QStringLiteral("submit"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_sessionOnly = m_buttons->addButton(tr("Use for This &Session Only"), QDialogButtonBox::ActionRole);
    m_sessionOnly->setObjectName(QStringLiteral("sessionOnly"));
    m_sessionOnly->setAccessibleName(tr("Use for this session only"));
    m_sessionOnly->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tabs);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_submit, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(m_sessionOnly, &QPushButton::clicked, this, &SignInDialog::useKeyForSessionOnly);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        showProblem({});
        m_sessionOnly->setVisible(false);
        updateButtons();
    });
    for (QLineEdit* edit : {m_username, m_password})
        connect(edit, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_key, &KeyEntry::changed, this, &SignInDialog::updateButtons);

    if (account) {
        connect(account, &AccountSession::signedIn, this, [this] {
            setBusy(false);
            accept();
        });
        connect(account, &AccountSession::signInFailed, this, [this](const QString& text) {
            setBusy(false);
            showProblem(text);
            m_password->selectAll();
            m_password->setFocus();
        });
        connect(account, &AccountSession::keyStored, this, [this] {
            if (!m_busy)
                return;
            setBusy(false);
            accept();
        });
        connect(account, &AccountSession::keyStoreFailed, this,
                [this](const QString& text, bool canUseForSession) {
                    if (!m_busy)
                        return;
                    setBusy(false);
                    showProblem(text);
                    m_sessionOnly->setVisible(canUseForSession);
                });
    }
    adaptToRegistry();
    setMode(mode);
    updateButtons();
}

void SignInDialog::adaptToRegistry()
{
    RegistryBackend* backend = m_account ? m_account->backend() : nullptr;
    if (!backend)
        return;
    // The key is called what this registry kind calls it ("API key", "Token", "Project key").
    if (const DialectRegistration* kind = DialectTable::find(backend->dialect());
        kind && kind->keyForm.name) {
        const QString name = QCoreApplication::translate("DialectTable", kind->keyForm.name);
        m_tabs->setTabText(1, name);
        m_key->setKeyForm(&kind->keyForm);
    }
    if (backend->passwordSignIn() &&
        backend->passwordSignIn()->identity() == PasswordSignIn::Identity::Email) {
        m_username->setAccessibleName(tr("Email"));
        if (auto* form = qobject_cast<QFormLayout*>(m_username->parentWidget()->layout())) {
            if (auto* label = qobject_cast<QLabel*>(form->labelForField(m_username)))
                label->setText(tr("&Email:"));
        }
        m_tabs->setTabText(0, tr("Email and password"));
    }
    // Only the ways this registry really offers; the other says why it is not there.
    if (!backend->passwordSignIn()) {
        m_tabs->setTabEnabled(0, false);
        m_tabs->setTabToolTip(0, backend->whyMissing(RegistryPart::SignIn));
    }
    if (!backend->account()) {
        m_tabs->setTabEnabled(1, false);
        m_tabs->setTabToolTip(1, backend->whyMissing(RegistryPart::Account));
    }
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setMode(Mode mode)
{
    if (!m_tabs->isTabEnabled(mode == Mode::PasteKey ? 1 : 0))
        mode = mode == Mode::PasteKey ? Mode::Password : Mode::PasteKey;
    m_tabs->setCurrentIndex(mode == Mode::PasteKey ? 1 : 0);
    if (mode == Mode::PasteKey)
        (m_key->isScoped() ? m_key->organizationField() : m_key->keyField())->setFocus();
    else
        m_username->setFocus();
}

SignInDialog::Mode SignInDialog::mode() const
{
    return m_tabs->currentIndex() == 1 ? Mode::PasteKey : Mode::Password;
}

QString SignInDialog::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : m_key->error();
}

void SignInDialog::done(int result)
{
    // Whatever happens, the typed secrets do not stay in the widgets.
    m_password->clear();
    if (m_check)
        m_check->cancel();
    m_key->clear();
    QDialog::done(result);
}

void SignInDialog::updateButtons()
{
    const bool passwordMode = mode() == Mode::Password;
    m_submit->setText(passwordMode ? tr("&Sign In") : tr("&Use This Key"));
    // Not just "Sign in": the status bar's "Sign in again" must not be found by the same words.
    m_submit->setAccessibleName(passwordMode ? tr("Sign in with this password") : tr("Use this key"));
    const bool complete = passwordMode
                              ? !m_username->text().trimmed().isEmpty() && !m_password->text().isEmpty()
                              : m_key->isComplete();
    m_submit->setEnabled(complete && !m_busy && m_account);
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_tabs->setEnabled(!busy);
    updateButtons();
}

void SignInDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    // Hidden when empty, but still in the accessibility tree: never a nameless label there.
    m_problem->setAccessibleName(text.isEmpty() ? tr("Problem") : text);
    m_problem->setVisible(!text.isEmpty());
    // Make room for the sentence: a dialog that kept its height would squeeze the fields instead.
    if (isVisible()) {
        layout()->activate();
        const int needed = hasHeightForWidth() ? heightForWidth(width()) : sizeHint().height();
        if (needed > height())
            resize(width(), needed);
    }
}

void SignInDialog::submit()
{
    if (mode() == Mode::Password)
        signIn();
    else
        useKey();
}

void SignInDialog::signIn()
{
    showProblem({});
    setBusy(true);
    m_account->signIn(m_username->text().trimmed(), m_password->text());
}

void SignInDialog::useKey()
{
    showProblem({});
    m_sessionOnly->setVisible(false);
    RegistryBackend* backend = m_account->backend();
    if (!backend || !backend->account()) {
        showProblem(tr("The registry is not connected yet. Try again in a moment."));
        return;
    }
    // Checked with the registry before it is kept or used: a refused key never reaches the keychain.
    if (!m_check) {
        m_check = new KeyCheck(m_account->endpoint(), backend->dialect(), nullptr, this);
        connect(m_check, &KeyCheck::accepted, this, [this](const Credential& accepted) {
            Credential key = accepted;
            if (m_keep->isChecked()) {
                m_account->storeKey(key); // busy until keyStored or keyStoreFailed
            } else {
                setBusy(false);
                if (m_account->useKeyForSession(key))
                    accept();
                else
                    showProblem(tr("Depot cannot use this key for this registry."));
            }
            key.wipe();
        });
        connect(m_check, &KeyCheck::refused, this, [this](const QString& text, KeyCheck::Problem problem) {
            setBusy(false);
            if (problem == KeyCheck::Problem::Key)
                m_key->setError(text);
            else
                showProblem(text);
        });
    }
    setBusy(true);
    QString pasted = m_key->pastedText();
    m_check->start(pasted);
    pasted.fill(QLatin1Char('\0'));
}

void SignInDialog::useKeyForSessionOnly()
{
    RegistryBackend* backend = m_account ? m_account->backend() : nullptr;
    AccountAccess* access = backend ? backend->account() : nullptr;
    if (!access)
        return;
    QString pasted = m_key->pastedText();
    Credential key = access->credentialFromPastedKey(pasted);
    pasted.fill(QLatin1Char('\0'));
    const bool used = m_account->useKeyForSession(key);
    key.wipe();
    if (used)
        accept();
    else
        showProblem(tr("Depot cannot use this key for this registry."));
}
