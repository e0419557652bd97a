#include "RegistryDialog.h"

#include "auth/Credential.h"
#include "registry/DialectDetector.h"
#include "registry/DialectTable.h"
#include "session/AccountSession.h"
#include "session/KeyCheck.h"
#include "session/Workspace.h"
#include "views/ErrorColour.h"
#include "views/auth/KeyEntry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// After the last keystroke in the address: long enough not to ask for every character.
constexpr int kDetectDelayMs = 600;
} // namespace

RegistryDialog::RegistryDialog(QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_dialect(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_keyBox(new QGroupBox(tr("Key (optional)"), this))
    , m_key(new KeyEntry(m_keyBox))
    , m_busyLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_detectTimer(new QTimer(this))
{
    setWindowTitle(tr("Add Registry"));
    // Object names let tests (and gui-probe steps) find the fields.
    m_name->setObjectName(QStringLiteral("registryName"));
    m_url->setObjectName(QStringLiteral("registryUrl"));
    m_dialect->setObjectName(QStringLiteral("registryDialect"));
    m_name->setAccessibleName(tr("Registry name"));
    m_name->setPlaceholderText(tr("Taken from the address when empty"));
    m_url->setAccessibleName(tr("GraphQL endpoint address"));
    m_url->setPlaceholderText(QStringLiteral("https://registry.example.org/graphql"));
    m_url->setMinimumWidth(380);
    m_dialect->setAccessibleName(tr("Registry kind"));
    m_dialect->view()->setAccessibleName(tr("Registry kinds"));
    m_dialect->addItem(tr("Detect automatically"));
    for (const DialectRegistration& kind : DialectTable::all())
        m_dialect->addItem(kind.displayName, kind.dialect.id());
    m_problem->setObjectName(QStringLiteral("registryProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    QPalette problemPalette;
    problemPalette.setColor(QPalette::WindowText, errorTextColour(palette()));
    m_problem->setPalette(problemPalette);

    m_keyBox->setObjectName(QStringLiteral("registryKey"));
    m_keyBox->setAccessibleName(tr("Key"));
    auto* keyHint = new QLabel(
        tr("Needed by registries that show nothing without a key. It is checked with the registry, then kept "
           "in the system keychain."),
        m_keyBox);
    keyHint->setWordWrap(true);
    auto* keyLayout = new QVBoxLayout(m_keyBox);
    keyLayout->addWidget(keyHint);
    keyLayout->addWidget(m_key);
    m_keyBox->setVisible(false); // until setWorkspace(): without one there is nowhere to check or keep it
    m_busyLabel->setObjectName(QStringLiteral("registryBusy"));
    m_busyLabel->setVisible(false);
    m_busyLabel->setAccessibleName(tr("Progress"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(QString(), m_problem);
    form->addRow(tr("&Kind:"), m_dialect);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_keyBox);
    layout->addStretch(1);
    layout->addWidget(m_busyLabel);
    layout->addWidget(m_buttons);

    m_detectTimer->setSingleShot(true);
    m_detectTimer->setInterval(kDetectDelayMs);
    connect(m_detectTimer, &QTimer::timeout, this, &RegistryDialog::detectSoon);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RegistryDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, [this] {
        validate();
        adaptKeyForm();
        if (m_workspace)
            m_detectTimer->start();
    });
    connect(m_dialect, &QComboBox::currentIndexChanged, this, &RegistryDialog::adaptKeyForm);
    connect(m_key, &KeyEntry::changed, this, &RegistryDialog::validate);
    validate();
    m_url->setFocus(); // the one field that must be filled; the name can come from it
}

RegistryDialog::~RegistryDialog() = default;

void RegistryDialog::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    m_keyBox->setVisible(workspace != nullptr);
    adaptKeyForm();
}

void RegistryDialog::setEntry(const RegistryEntry& entry)
{
    setWindowTitle(tr("Edit Registry"));
    m_original = entry;
    m_name->setText(entry.name);
    m_url->setText(entry.url.toString());
    m_dialect->setCurrentIndex(entry.forcedDialect ? m_dialect->findData(entry.forcedDialect->id()) : 0);
    m_editing = true;
    validate();
    adaptKeyForm();
}

QString RegistryDialog::urlProblem(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter the address of the registry's GraphQL endpoint.");
    // Only absolute http(s) addresses: fromUserInput would turn "foo" into a web search-like http://foo.
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative())
        return tr("This is not a valid address. A registry address starts with https:// or http://.");
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return tr("Only https:// and http:// addresses are supported.");
    if (url.host().isEmpty())
        return tr("The address has no host name.");
    return QString();
}

void RegistryDialog::validate()
{
    showProblem(m_url->text().trimmed().isEmpty() ? QString() : urlProblem(m_url->text()));
    const bool keyOk = !m_keyBox->isVisibleTo(this) || m_key->isEmpty() || m_key->isComplete();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(urlProblem(m_url->text()).isEmpty() && keyOk && !m_busy);
    fitContents();
}

void RegistryDialog::fitContents()
{
    // Room for a sentence or fields that just appeared: a dialog that kept its height would squeeze them.
    if (!isVisible())
        return;
    layout()->activate();
    const int needed = hasHeightForWidth() ? heightForWidth(width()) : sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void RegistryDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    // Hidden widgets stay in the accessibility tree: never leave them without a name.
    m_problem->setAccessibleName(text.isEmpty() ? tr("The address is valid") : text);
    m_problem->setVisible(!text.isEmpty());
}

std::optional<Dialect> RegistryDialog::knownDialect() const
{
    if (const std::optional<Dialect> forced = DialectTable::fromId(m_dialect->currentData().toString()))
        return forced;
    const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
    if (m_detected && m_detectedUrl == url)
        return m_detected;
    if (url == m_original.url && m_original.detectedDialect)
        return m_original.detectedDialect;
    return std::nullopt;
}

void RegistryDialog::detectSoon()
{
    if (m_detection)
        m_detection->cancel();
    const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
    if (!m_workspace || !urlProblem(url.toString()).isEmpty() || knownDialect())
        return;
    // Only to show the key fields the kind asks for; a failure here says nothing (OK detects again).
    DialectJob* job = DialectDetector::detect(m_workspace->network(), url, this);
    m_detection = job;
    connect(job, &RegistryJob::finished, this, [this, job, url] {
        m_detected = job->result();
        m_detectedUrl = url;
        adaptKeyForm();
    });
}

void RegistryDialog::adaptKeyForm()
{
    const std::optional<Dialect> dialect = knownDialect();
    const DialectRegistration* kind = dialect ? DialectTable::find(*dialect) : nullptr;
    m_key->setKeyForm(kind && kind->keyForm.name ? &kind->keyForm : nullptr);
    // Which kind the fields are for, once it is known (detected from the address, or chosen).
    if (m_editing)
        m_keyBox->setTitle(
            kind ? tr("New %1 key (optional: leave empty to keep the one in use)").arg(kind->displayName)
                 : tr("New key (optional: leave empty to keep the one in use)"));
    else
        m_keyBox->setTitle(kind ? tr("%1 key (optional)").arg(kind->displayName) : tr("Key (optional)"));
    validate();
}

bool RegistryDialog::isChecking() const
{
    return m_busy;
}

void RegistryDialog::setBusy(bool busy, const QString& text)
{
    m_busy = busy;
    for (QWidget* widget : {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_url),
                            static_cast<QWidget*>(m_dialect), static_cast<QWidget*>(m_key)})
        widget->setEnabled(!busy);
    m_busyLabel->setText(text);
    m_busyLabel->setAccessibleName(text.isEmpty() ? tr("Progress") : text);
    m_busyLabel->setVisible(busy && !text.isEmpty());
    validate();
}

void RegistryDialog::submit()
{
    if (m_busy)
        return;
    if (!m_workspace || !m_keyBox->isVisible() || m_key->isEmpty()) {
        accept();
        return;
    }
    checkKey();
}

void RegistryDialog::checkKey()
{
    const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
    delete m_check;
    m_check = new KeyCheck(url, knownDialect(), m_workspace->network(), this);
    connect(m_check, &KeyCheck::dialectFound, this, [this, url](const Dialect& dialect) {
        m_detected = dialect;
        m_detectedUrl = url;
    });
    connect(m_check, &KeyCheck::accepted, this, &RegistryDialog::storeKey);
    connect(m_check, &KeyCheck::refused, this, [this](const QString& text, KeyCheck::Problem problem) {
        setBusy(false);
        if (problem == KeyCheck::Problem::Key) {
            m_key->setError(text);
            m_key->keyField()->setFocus();
            m_key->keyField()->selectAll();
        } else {
            showProblem(text);
        }
        adaptKeyForm();
    });
    setBusy(true, tr("Checking the key with the registry…"));
    QString pasted = m_key->pastedText();
    m_check->start(pasted);
    pasted.fill(QLatin1Char('\0'));
}

void RegistryDialog::storeKey(const Credential& key)
{
    AccountSession* account = m_workspace ? m_workspace->accountFor(entry().url) : nullptr;
    if (!account) {
        setBusy(false);
        return;
    }
    setBusy(true, tr("Keeping the key in the keychain…"));
    connect(
        account, &AccountSession::keyStored, this, [this] { accept(); }, Qt::SingleShotConnection);
    connect(
        account, &AccountSession::keyStoreFailed, this,
        [this](const QString& text, bool) {
            setBusy(false);
            m_key->setError(text);
            fitContents();
        },
        Qt::SingleShotConnection);
    account->storeKey(key);
}

void RegistryDialog::done(int result)
{
    // Whatever happens, the typed key does not stay in the widgets.
    if (m_check)
        m_check->cancel();
    m_key->clear();
    QDialog::done(result);
}

RegistryEntry RegistryDialog::entry() const
{
    RegistryEntry entry;
    entry.url = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    entry.name = m_name->text().trimmed();
    if (entry.name.isEmpty())
        entry.name = entry.url.host();
    const std::optional<Dialect> forced = DialectTable::fromId(m_dialect->currentData().toString());
    entry.forcedDialect = forced;
    if (entry.url == m_original.url)
        entry.detectedDialect = m_original.detectedDialect;
    if (!forced && m_detected && m_detectedUrl == entry.url)
        entry.detectedDialect = m_detected; // found while checking the key: not asked again on opening
    return entry;
}
