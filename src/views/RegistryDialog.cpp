#include "RegistryDialog.h"

#include "registry/DialectTable.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

RegistryDialog::RegistryDialog(QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_dialect(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
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
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("&Kind:"), m_dialect);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &RegistryDialog::validate);
    validate();
    m_url->setFocus(); // the one field that must be filled; the name can come from it
}

void RegistryDialog::setEntry(const RegistryEntry& entry)
{
    setWindowTitle(tr("Edit Registry"));
    m_original = entry;
    m_name->setText(entry.name);
    m_url->setText(entry.url.toString());
    m_dialect->setCurrentIndex(entry.forcedDialect ? m_dialect->findData(entry.forcedDialect->id()) : 0);
    validate();
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
    const QString problem = urlProblem(m_url->text());
    m_problem->setText(problem);
    // Hidden widgets stay in the accessibility tree: never leave them without a name.
    m_problem->setAccessibleName(problem.isEmpty() ? tr("The address is valid") : QString());
    m_problem->setVisible(!problem.isEmpty() && !m_url->text().trimmed().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
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
    return entry;
}
