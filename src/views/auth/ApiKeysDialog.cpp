#include "ApiKeysDialog.h"

#include "SecretClipboard.h"
#include "SignInDialog.h"
#include "models/ApiKeyListModel.h"
#include "registry/RegistryBackend.h"
#include "registry/parts/ApiKeyManagement.h"
#include "session/AccountSession.h"
#include "views/NamedButton.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

using NamedButton::makeButton;

// The keys part of the account's backend, when it has one.
ApiKeyManagement* keysOf(const AccountSession* account)
{
    RegistryBackend* backend = account ? account->backend() : nullptr;
    return backend ? backend->apiKeys() : nullptr;
}

} // namespace

ApiKeysDialog::ApiKeysDialog(AccountSession* account, QWidget* parent)
    : QDialog(parent)
    , m_account(account)
    , m_model(new ApiKeyListModel(this))
{
    setObjectName(QStringLiteral("apiKeysDialog"));
    //: Window title; %1 is the registry's host name
    setWindowTitle(tr("API Keys for %1").arg(host()));
    resize(880, 420);

    m_pages = new QStackedWidget;

    // --- the list
    auto* listPage = new QWidget;
    m_listState = new QLabel;
    m_listState->setObjectName(QStringLiteral("listState"));
    m_listState->setWordWrap(true);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("keyTable"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as everywhere else; arrows move in it
    m_table->setAccessibleName(tr("API keys"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // One line per key: dates sized to fit, label and scopes share the rest (the full scope list is the
    // tooltip).
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(ApiKeyListModel::LabelColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ApiKeyListModel::CreatedColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ApiKeyListModel::LastUsedColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ApiKeyListModel::ScopesColumn, QHeaderView::Stretch);
    m_createButton = makeButton(tr("&Create…"), tr("Create key"), "createKey");
    m_deleteButton = makeButton(tr("&Delete…"), tr("Delete key"), "deleteKey");
    m_useButton = makeButton(tr("&Use a Key…"), tr("Use an existing key"), "useKey");
    m_reloadButton = makeButton(tr("&Reload"), tr("Reload the list"), "reloadKeys");
    m_signInButton = makeButton(tr("&Sign In…"), tr("Sign in to list your keys"), "signIn");
    m_closeButton = makeButton(tr("Close"), tr("Close"), "close");
    auto* listButtons = new QHBoxLayout;
    for (QPushButton* button : {m_createButton, m_deleteButton, m_useButton, m_reloadButton, m_signInButton})
        listButtons->addWidget(button);
    listButtons->addStretch(1);
    listButtons->addWidget(m_closeButton);
    auto* listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_listState);
    listLayout->addWidget(m_table, 1);
    listLayout->addLayout(listButtons);
    m_pages->addWidget(listPage);

    // --- create
    auto* createPage = new QWidget;
    auto* createIntro = new QLabel(tr("A new key can read and publish your private packages and manage your "
                                      "keys. Give it a label that says where it is used."));
    createIntro->setWordWrap(true);
    m_label = new QLineEdit;
    m_label->setObjectName(QStringLiteral("keyLabel"));
    m_label->setAccessibleName(tr("Label of the new key"));
    m_confirmCreate = makeButton(tr("C&reate Key"), tr("Confirm: create the key"), "confirmCreate");
    m_confirmCreate->setDefault(true);
    m_cancelCreate = makeButton(tr("Cancel"), tr("Cancel"), "cancelCreate");
    auto* createForm = new QFormLayout;
    createForm->addRow(tr("&Label:"), m_label);
    auto* createButtons = new QHBoxLayout;
    createButtons->addStretch(1);
    createButtons->addWidget(m_confirmCreate);
    createButtons->addWidget(m_cancelCreate);
    auto* createLayout = new QVBoxLayout(createPage);
    createLayout->setContentsMargins(0, 0, 0, 0);
    createLayout->addWidget(createIntro);
    createLayout->addLayout(createForm);
    createLayout->addStretch(1);
    createLayout->addLayout(createButtons);
    m_pages->addWidget(createPage);

    // --- the secret, once
    auto* secretPage = new QWidget;
    auto* secretIntro =
        new QLabel(tr("The key was created. This is the only time its secret is shown: copy it "
                      "now if another tool needs it."));
    secretIntro->setWordWrap(true);
    m_secret = new QLineEdit;
    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setAccessibleName(tr("New API key"));
    m_secret->setReadOnly(true);
    // Masked until asked: screenshots, screen sharing and the accessibility tree do not get it by accident.
    m_secret->setEchoMode(QLineEdit::Password);
    m_showSecret = new QCheckBox(tr("S&how"));
    m_showSecret->setObjectName(QStringLiteral("showSecret"));
    m_showSecret->setAccessibleName(tr("Show the key"));
    m_copy = makeButton(tr("&Copy"), tr("Copy the key"), "copySecret");
    m_keep = new QCheckBox(tr("&Keep in the keychain for this registry"));
    m_keep->setObjectName(QStringLiteral("keepInKeychain"));
    m_keep->setAccessibleName(tr("Keep in the keychain for this registry"));
    m_keep->setChecked(true);
    m_sessionOnly =
        makeButton(tr("Use for This &Session Only"), tr("Use for this session only"), "sessionOnly");
    m_sessionOnly->setVisible(false);
    m_done = makeButton(tr("&Done"), tr("Done"), "done");
    m_done->setDefault(true);
    auto* secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_showSecret);
    secretRow->addWidget(m_copy);
    auto* secretButtons = new QHBoxLayout;
    secretButtons->addStretch(1);
    secretButtons->addWidget(m_sessionOnly);
    secretButtons->addWidget(m_done);
    auto* secretLayout = new QVBoxLayout(secretPage);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    secretLayout->addWidget(secretIntro);
    secretLayout->addLayout(secretRow);
    secretLayout->addWidget(m_keep);
    secretLayout->addStretch(1);
    secretLayout->addLayout(secretButtons);
    m_pages->addWidget(secretPage);

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_problem);

    connect(m_createButton, &QPushButton::clicked, this, &ApiKeysDialog::startCreate);
    connect(m_deleteButton, &QPushButton::clicked, this, &ApiKeysDialog::deleteSelected);
    connect(m_useButton, &QPushButton::clicked, this, &ApiKeysDialog::useExistingKey);
    connect(m_reloadButton, &QPushButton::clicked, this, &ApiKeysDialog::reload);
    connect(m_signInButton, &QPushButton::clicked, this, &ApiKeysDialog::signInRequested);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_confirmCreate, &QPushButton::clicked, this, &ApiKeysDialog::create);
    connect(m_label, &QLineEdit::returnPressed, this, &ApiKeysDialog::create);
    connect(m_label, &QLineEdit::textChanged, this, [this] {
        showProblem({});
        updateButtons();
    });
    connect(m_cancelCreate, &QPushButton::clicked, this, [this] { showPage(Page::List); });
    connect(m_showSecret, &QCheckBox::toggled, this,
            [this](bool show) { m_secret->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        SecretClipboard::instance()->copy(m_secret->text());
        //: %n is a number of seconds
        showProblem(tr("Copied. The clipboard is cleared in %n second(s) if it still holds the key.", nullptr,
                       int(SecretClipboard::instance()->clearAfter().count() / 1000)));
    });
    connect(m_done, &QPushButton::clicked, this, &ApiKeysDialog::finishSecret);
    connect(m_sessionOnly, &QPushButton::clicked, this, &ApiKeysDialog::useForSessionOnly);
    connect(m_model, &ApiKeyListModel::stateChanged, this, &ApiKeysDialog::updateListState);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApiKeysDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ApiKeysDialog::updateButtons);

    if (account) {
        connect(account, &AccountSession::credentialsChanged, this, [this] {
            if (page() == Page::List)
                reload();
        });
        connect(account, &AccountSession::keyStored, this, [this] {
            if (!m_busy)
                return;
            m_busy = false;
            forgetSecret();
            showPage(Page::List);
            showProblem(tr("The key is kept in the keychain and used for this registry."));
            reload();
        });
        connect(account, &AccountSession::keyStoreFailed, this,
                [this](const QString& text, bool canUseForSession) {
                    if (!m_busy)
                        return;
                    m_busy = false;
                    showProblem(text);
                    m_sessionOnly->setVisible(canUseForSession);
                    m_keep->setChecked(false);
                    updateButtons();
                });
    }

    showPage(Page::List);
    reload();
}

ApiKeysDialog::~ApiKeysDialog()
{
    forgetSecret();
}

QString ApiKeysDialog::host() const
{
    return m_account ? m_account->endpoint().host() : QString();
}

ApiKeysDialog::Page ApiKeysDialog::page() const
{
    return Page(m_pages->currentIndex());
}

QString ApiKeysDialog::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void ApiKeysDialog::done(int result)
{
    // Leaving while the secret is shown counts as "Done": a key the user asked to keep is kept.
    if (page() == Page::Secret && !m_busy && m_keep->isChecked() && m_createdCredential.isValid() &&
        m_account)
        m_account->storeKey(m_createdCredential);
    forgetSecret();
    QDialog::done(result);
}

void ApiKeysDialog::showPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
    showProblem({});
    switch (page) {
    case Page::List:
        m_table->setFocus();
        break;
    case Page::Create:
        m_label->setFocus();
        m_label->selectAll();
        break;
    case Page::Secret:
        m_copy->setFocus();
        break;
    }
    updateButtons();
}

void ApiKeysDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    // Hidden when empty, but still in the accessibility tree: never a nameless label there.
    m_problem->setAccessibleName(text.isEmpty() ? tr("Message") : text);
    m_problem->setVisible(!text.isEmpty());
}

void ApiKeysDialog::reload()
{
    m_model->setCurrentKeyId(m_account ? m_account->apiKeyId() : QString());
    m_model->load(keysOf(m_account));
    updateListState();
}

void ApiKeysDialog::updateListState()
{
    QString text;
    bool needsSignIn = false;
    switch (m_model->state()) {
    case ApiKeyListModel::State::Idle:
        text = tr("The registry is not connected.");
        break;
    case ApiKeyListModel::State::Loading:
        text = tr("Loading your keys…");
        break;
    case ApiKeyListModel::State::Loaded:
        text = m_model->rowCount() == 0 ? tr("You have no API keys on %1.").arg(host())
                                        : tr("Your API keys on %1:").arg(host());
        break;
    case ApiKeyListModel::State::Failed: {
        const Error& error = m_model->lastError();
        if (AccountSession::isRejection(error)) {
            const bool rejected = m_account && m_account->reportError(error);
            needsSignIn = true;
            if (rejected)
                text = m_account->isSignedIn()
                           ? tr("Sign-in refused: the registry no longer accepts it (it may have expired). "
                                "Sign in again.")
                           : tr("Key rejected: the registry no longer accepts the key Depot used. Sign in "
                                "again.");
            else // Depot's own sentence (a sign-in that has expired) says more than the general one
                text = error.explanation.isEmpty() ? tr("Sign in to see and create your API keys.")
                                                   : error.userText();
        } else {
            text = error.userText();
        }
        break;
    }
    }
    m_listState->setText(text);
    m_signInButton->setVisible(needsSignIn);
    updateButtons();
}

void ApiKeysDialog::updateButtons()
{
    const bool loaded = m_model->state() == ApiKeyListModel::State::Loaded;
    m_createButton->setEnabled(loaded && !m_busy);
    m_deleteButton->setEnabled(loaded && selectedRow() >= 0 && !m_busy);
    m_useButton->setEnabled(m_account && m_account->backend());
    m_confirmCreate->setEnabled(!m_label->text().trimmed().isEmpty() && !m_busy);
    m_cancelCreate->setEnabled(!m_busy);
    m_done->setEnabled(!m_busy);
    m_sessionOnly->setEnabled(!m_busy);
}

int ApiKeysDialog::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ApiKeysDialog::startCreate()
{
    if (!m_account)
        return;
    m_label->setText(ApiKeyManagement::proposedKeyLabel(m_account->endpoint()));
    showPage(Page::Create);
}

void ApiKeysDialog::create()
{
    ApiKeyManagement* keys = keysOf(m_account);
    const QString label = m_label->text().trimmed();
    if (!keys || label.isEmpty() || m_busy)
        return;
    if (m_model->rowOfLabel(label) >= 0) {
        showProblem(tr("You have a key with this label already. Choose another label."));
        m_label->setFocus();
        return;
    }
    showProblem({});
    m_busy = true;
    updateButtons();
    CreatedApiKeyJob* job = keys->createKey(label);
    connect(job, &RegistryJob::finished, this, [this, job] {
        m_busy = false;
        showSecret(job->result());
    });
    connect(job, &RegistryJob::failed, this, [this](const Error& error) {
        m_busy = false;
        updateButtons();
        if (error.reason == Error::Reason::NameTaken) {
            showProblem(tr("You have a key with this label already. Choose another label."));
            m_label->setFocus();
            m_label->selectAll();
            return;
        }
        if (m_account)
            m_account->reportError(error);
        showProblem(error.userText());
    });
}

void ApiKeysDialog::showSecret(const CreatedApiKey& created)
{
    m_createdCredential = created.credential;
    m_createdKeyId = created.key.id;
    m_secret->setText(QString::fromLatin1(created.displaySecret));
    m_showSecret->setChecked(false);
    m_keep->setChecked(true);
    m_sessionOnly->setVisible(false);
    showPage(Page::Secret);
}

void ApiKeysDialog::finishSecret()
{
    if (m_busy)
        return;
    if (m_keep->isChecked() && m_createdCredential.isValid() && m_account) {
        m_busy = true;
        updateButtons();
        m_account->storeKey(m_createdCredential);
        return;
    }
    forgetSecret();
    showPage(Page::List);
    reload();
}

void ApiKeysDialog::useForSessionOnly()
{
    if (m_account && m_account->useKeyForSession(m_createdCredential)) {
        forgetSecret();
        showPage(Page::List);
        showProblem(tr("The key is used for this session only. Depot forgets it when it quits."));
        reload();
    }
}

void ApiKeysDialog::forgetSecret()
{
    m_createdCredential.wipe();
    m_createdCredential = {};
    m_createdKeyId.clear();
    m_secret->clear();
    m_sessionOnly->setVisible(false);
}

void ApiKeysDialog::deleteSelected()
{
    ApiKeyManagement* keys = keysOf(m_account);
    const int row = selectedRow();
    if (!keys || row < 0)
        return;
    const ApiKey key = m_model->keyAt(row);
    const bool isCurrent = m_account->hasApiKey() && key.id == m_account->apiKeyId();
    QString text = tr("Delete the key “%1”? Programs that use it lose their access.").arg(key.label);
    if (isCurrent)
        text += QLatin1Char(' ') + tr("Depot uses this key: it is also removed from the keychain.");
    QMessageBox box(QMessageBox::Question, tr("Delete API Key"), text, QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmDelete"));
    QPushButton* confirm = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDeleteButton"));
    confirm->setAccessibleName(tr("Delete"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != confirm)
        return;

    m_busy = true;
    updateButtons();
    DoneJob* job = keys->deleteKey(key.id);
    const QString id = key.id;
    connect(job, &RegistryJob::finished, this, [this, id] {
        m_busy = false;
        // The stored key is gone from the registry: keeping it would only make every request fail.
        if (m_account && m_account->hasApiKey() && m_account->apiKeyId() == id) {
            m_account->forgetKey();
            showProblem(tr("The key was deleted and removed from the keychain."));
        } else {
            showProblem(tr("The key was deleted."));
        }
        reload();
    });
    connect(job, &RegistryJob::failed, this, [this](const Error& error) {
        m_busy = false;
        updateButtons();
        if (m_account)
            m_account->reportError(error);
        showProblem(error.userText());
    });
}

void ApiKeysDialog::useExistingKey()
{
    if (!m_account)
        return;
    auto* dialog = new SignInDialog(m_account, this, SignInDialog::Mode::PasteKey);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
