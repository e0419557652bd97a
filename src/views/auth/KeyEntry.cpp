#include "KeyEntry.h"

#include "registry/DialectTable.h"
#include "views/publish/FieldErrorLabel.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

KeyEntry::KeyEntry(QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_organizationLabel(new QLabel(tr("&Organization:"), this))
    , m_projectLabel(new QLabel(tr("&Project:"), this))
    , m_keyLabel(new QLabel(tr("API &key:"), this))
    , m_organization(new QLineEdit(this))
    , m_project(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_error(new FieldErrorLabel(tr("API key"), this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_organization->setObjectName(QStringLiteral("keyOrganization"));
    m_organization->setAccessibleName(tr("Organization"));
    m_organization->setPlaceholderText(tr("organization id, or paste organization:project:key"));
    m_project->setObjectName(QStringLiteral("keyProject"));
    m_project->setAccessibleName(tr("Project"));
    m_project->setPlaceholderText(tr("project id"));
    m_key->setObjectName(QStringLiteral("apiKey"));
    m_key->setAccessibleName(tr("API key"));
    // A key is a password: not shown on screen, not read out by the accessibility bus.
    m_key->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("keyProblem"));
    m_organizationLabel->setBuddy(m_organization);
    m_projectLabel->setBuddy(m_project);
    m_keyLabel->setBuddy(m_key);
    m_form->addRow(m_organizationLabel, m_organization);
    m_form->addRow(m_projectLabel, m_project);
    m_form->addRow(m_keyLabel, m_key);
    m_form->addRow(QString(), m_error);
    for (QLineEdit* field : {m_organization, m_project, m_key}) {
        connect(field, &QLineEdit::textChanged, this, [this, field] {
            spreadPasted(field);
            if (!m_spreading) {
                setError({});
                emit changed();
            }
        });
    }
    setKeyForm(nullptr);
}

void KeyEntry::setKeyForm(const KeyForm* form)
{
    m_scoped = form && form->scoped;
    const QString name =
        form && form->name ? QCoreApplication::translate("DialectTable", form->name) : tr("API key");
    m_keyLabel->setText(m_scoped ? tr("&Key:") : tr("%1:").arg(name));
    m_key->setAccessibleName(name);
    // A scoped key's parts have fields of their own: the placeholder of the whole form belongs to the first.
    m_key->setPlaceholderText(!m_scoped && form && form->placeholder
                                  ? QCoreApplication::translate("DialectTable", form->placeholder)
                                  : QString());
    m_key->setToolTip(form && form->help ? QCoreApplication::translate("DialectTable", form->help)
                                         : QString());
    for (QWidget* widget : {static_cast<QWidget*>(m_organizationLabel), static_cast<QWidget*>(m_organization),
                            static_cast<QWidget*>(m_projectLabel), static_cast<QWidget*>(m_project)})
        widget->setVisible(m_scoped);
    if (!m_scoped) {
        // Parts typed for a scoped kind go with it: a plain key field holds the whole key.
        m_organization->clear();
        m_project->clear();
    }
}

void KeyEntry::spreadPasted(QLineEdit* field)
{
    if (!m_scoped || m_spreading)
        return;
    const QString text = field->text().trimmed();
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 3 || parts.contains(QString()))
        return;
    m_spreading = true;
    m_organization->setText(parts.at(0));
    m_project->setText(parts.at(1));
    m_key->setText(parts.at(2));
    m_spreading = false;
    m_key->setFocus();
    setError({});
    emit changed();
}

QString KeyEntry::pastedText() const
{
    const QString key = m_key->text().trimmed();
    if (!m_scoped)
        return key;
    const QString organization = m_organization->text().trimmed();
    const QString project = m_project->text().trimmed();
    if (organization.isEmpty() && project.isEmpty())
        return key; // a bare key, as the docs also show
    return organization + QLatin1Char(':') + project + QLatin1Char(':') + key;
}

bool KeyEntry::isEmpty() const
{
    return m_key->text().trimmed().isEmpty() && m_organization->text().trimmed().isEmpty() &&
           m_project->text().trimmed().isEmpty();
}

bool KeyEntry::isComplete() const
{
    if (m_key->text().trimmed().isEmpty())
        return false;
    const bool hasOrganization = !m_organization->text().trimmed().isEmpty();
    const bool hasProject = !m_project->text().trimmed().isEmpty();
    return hasOrganization == hasProject;
}

void KeyEntry::clear()
{
    m_spreading = true;
    for (QLineEdit* field : {m_organization, m_project, m_key})
        field->clear();
    m_spreading = false;
    setError({});
}

void KeyEntry::setError(const QString& text)
{
    FieldError error;
    error.message = text;
    m_error->setErrors(text.isEmpty() ? QList<FieldError>{} : QList<FieldError>{error});
}

QString KeyEntry::error() const
{
    return m_error->hasErrors() ? m_error->text() : QString();
}
