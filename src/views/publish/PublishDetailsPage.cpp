#include "PublishDetailsPage.h"

#include "FieldErrorLabel.h"
#include "PublishWizard.h"
#include "registry/RegistryBackend.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

// A field with its problems right under it.
QWidget* withErrors(QWidget* field, FieldErrorLabel* errors)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(errors);
    return box;
}

QWidget* fileRow(QLabel* state, QPushButton* browse)
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(state, 1);
    layout->addWidget(browse);
    return row;
}

} // namespace

PublishDetailsPage::PublishDetailsPage(QWidget* parent)
    : PublishWizardPage(parent)
    , m_slug(new QLineEdit)
    , m_slugErrors(new FieldErrorLabel(tr("Package name")))
    , m_displayName(new QLineEdit)
    , m_displayNameErrors(new FieldErrorLabel(tr("Display name")))
    , m_description(new QPlainTextEdit)
    , m_descriptionErrors(new FieldErrorLabel(tr("Description")))
    , m_version(new QLineEdit)
    , m_versionErrors(new FieldErrorLabel(tr("Version")))
    , m_readmeState(new QLabel)
    , m_readmeBrowse(new QPushButton(tr("Choose &README…")))
    , m_readmeErrors(new FieldErrorLabel(tr("README")))
    , m_licenseState(new QLabel)
    , m_licenseBrowse(new QPushButton(tr("Choose &Licence…")))
    , m_licenseErrors(new FieldErrorLabel(tr("Licence")))
    , m_otherErrors(new FieldErrorLabel(tr("The rest of the package file")))
{
    setObjectName(QStringLiteral("publishDetailsPage"));
    setTitle(tr("Describe the Package"));
    setSubTitle(tr("These values are published; your package file is not changed."));

    m_slug->setObjectName(QStringLiteral("packageSlug"));
    m_slug->setAccessibleName(tr("Package name (in addresses)"));
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_displayName->setAccessibleName(tr("Display name"));
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    m_version->setObjectName(QStringLiteral("version"));
    m_version->setAccessibleName(tr("Version"));
    m_version->setPlaceholderText(tr("1.0.0"));
    m_readmeState->setObjectName(QStringLiteral("readmeState"));
    m_readmeState->setAccessibleName(tr("README"));
    m_readmeState->setWordWrap(true);
    m_readmeBrowse->setObjectName(QStringLiteral("chooseReadme"));
    m_readmeBrowse->setAccessibleName(tr("Choose a README file"));
    m_licenseState->setObjectName(QStringLiteral("licenseState"));
    m_licenseState->setAccessibleName(tr("Licence"));
    m_licenseState->setWordWrap(true);
    m_licenseBrowse->setObjectName(QStringLiteral("chooseLicense"));
    m_licenseBrowse->setAccessibleName(tr("Choose a licence file"));
    m_slugErrors->setObjectName(QStringLiteral("packageSlugErrors"));
    m_displayNameErrors->setObjectName(QStringLiteral("displayNameErrors"));
    m_descriptionErrors->setObjectName(QStringLiteral("descriptionErrors"));
    m_versionErrors->setObjectName(QStringLiteral("versionErrors"));
    m_readmeErrors->setObjectName(QStringLiteral("readmeErrors"));
    m_licenseErrors->setObjectName(QStringLiteral("licenseErrors"));
    m_otherErrors->setObjectName(QStringLiteral("otherErrors"));

    auto* form = new QFormLayout;
    // Each label's mnemonic focuses the field itself, not the box that holds it and its problems.
    const auto addField = [form](const QString& label, QWidget* field, FieldErrorLabel* errors) {
        auto* text = new QLabel(label);
        text->setBuddy(field);
        form->addRow(text, withErrors(field, errors));
    };
    addField(tr("Package &name:"), m_slug, m_slugErrors);
    addField(tr("&Display name:"), m_displayName, m_displayNameErrors);
    addField(tr("D&escription:"), m_description, m_descriptionErrors);
    addField(tr("&Version:"), m_version, m_versionErrors);
    form->addRow(tr("README:"), withErrors(fileRow(m_readmeState, m_readmeBrowse), m_readmeErrors));
    form->addRow(tr("Licence:"), withErrors(fileRow(m_licenseState, m_licenseBrowse), m_licenseErrors));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_otherErrors);
    layout->addStretch();

    for (QLineEdit* edit : {m_slug, m_displayName, m_version})
        connect(edit, &QLineEdit::textChanged, this, &PublishDetailsPage::edited);
    connect(m_description, &QPlainTextEdit::textChanged, this, &PublishDetailsPage::edited);
    connect(m_readmeBrowse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Choose a README File"), m_readmePath,
                                         tr("Markdown files (*.md *.markdown *.txt);;All files (*)"));
        if (!path.isEmpty())
            loadReadme(path);
    });
    connect(m_licenseBrowse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Choose a Licence File"), m_licensePath,
                                         tr("Markdown files (*.md *.markdown *.txt);;All files (*)"));
        if (!path.isEmpty())
            loadLicense(path);
    });
}

FieldErrorLabel* PublishDetailsPage::errorLabel(const QString& field) const
{
    if (field == QLatin1String("/packageSlug"))
        return m_slugErrors;
    if (field == QLatin1String("/displayName"))
        return m_displayNameErrors;
    if (field == QLatin1String("/description"))
        return m_descriptionErrors;
    if (field == QLatin1String("/version"))
        return m_versionErrors;
    if (field == QLatin1String("/readmeMarkdown") || field == QLatin1String("/readmeFile"))
        return m_readmeErrors;
    if (field == QLatin1String("/licenseMarkdown") || field == QLatin1String("/licenseFile"))
        return m_licenseErrors;
    return m_otherErrors;
}

void PublishDetailsPage::initializePage()
{
    const PackageFileCheck check = publishWizard()->check();
    m_filling = true;
    m_slug->setText(check.fields.packageSlug.value_or(QString()));
    m_displayName->setText(check.fields.displayName.value_or(QString()));
    m_description->setPlainText(check.fields.description.value_or(QString()));
    m_version->setText(check.fields.version.value_or(QString()));
    m_filling = false;
    describeTexts();
    recheck();
}

void PublishDetailsPage::edited()
{
    if (m_filling)
        return;
    PackageFileFields& overrides = publishWizard()->overrides();
    overrides.packageSlug = m_slug->text();
    overrides.displayName = m_displayName->text();
    overrides.description = m_description->toPlainText();
    overrides.version = m_version->text().trimmed();
    recheck();
}

void PublishDetailsPage::recheck()
{
    const PackageFileCheck check = publishWizard()->check();
    QList<FieldError> other;
    QHash<FieldErrorLabel*, QList<FieldError>> byLabel;
    for (const FieldError& error : check.errors) {
        FieldErrorLabel* label = errorLabel(error.field);
        if (label == m_otherErrors) {
            // Problems deeper in the file: say where, as the file's own path.
            FieldError located = error;
            if (!error.field.isEmpty())
                located.message = tr("%1: %2").arg(error.field, error.message);
            other.append(located);
        } else {
            byLabel[label].append(error);
        }
    }
    for (FieldErrorLabel* label : {m_slugErrors, m_displayNameErrors, m_descriptionErrors, m_versionErrors,
                                   m_readmeErrors, m_licenseErrors})
        label->setErrors(byLabel.value(label));
    m_otherErrors->setErrors(other);
    const bool ok = check.isOk();
    if (ok != m_ok) {
        m_ok = ok;
        emit completeChanged();
    }
}

bool PublishDetailsPage::isComplete() const
{
    return m_ok;
}

bool PublishDetailsPage::loadReadme(const QString& path)
{
    return loadText(path, true);
}

bool PublishDetailsPage::loadLicense(const QString& path)
{
    return loadText(path, false);
}

bool PublishDetailsPage::loadText(const QString& path, bool readme)
{
    FieldErrorLabel* errors = readme ? m_readmeErrors : m_licenseErrors;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors->setErrors(
            {{QString(), tr("The file could not be opened: %1").arg(file.errorString()), -1, -1}});
        return false;
    }
    if (file.size() > kMaxTextFileBytes) {
        errors->setErrors({{QString(), tr("The file is far too long for a package page."), -1, -1}});
        return false;
    }
    const QString text = QString::fromUtf8(file.readAll());
    PackageFileFields& overrides = publishWizard()->overrides();
    if (readme) {
        overrides.readmeMarkdown = text;
        m_readmePath = path;
    } else {
        overrides.licenseMarkdown = text;
        m_licensePath = path;
    }
    describeTexts();
    recheck();
    return true;
}

void PublishDetailsPage::describeTexts()
{
    const PackageFileCheck check = publishWizard()->check();
    const QLocale locale;
    const auto describe = [&locale](QLabel* label, const std::optional<QString>& text, const QString& path,
                                    const QString& what) {
        QString line;
        if (!text)
            line = tr("No %1 yet.").arg(what);
        else if (!path.isEmpty())
            line = tr("%1 characters from %2").arg(locale.toString(text->size()), QFileInfo(path).fileName());
        else
            line = tr("%1 characters from the package file").arg(locale.toString(text->size()));
        label->setText(line);
        label->setAccessibleName(what + QLatin1String(": ") + line);
    };
    describe(m_readmeState, check.fields.readmeMarkdown, m_readmePath, tr("README"));
    describe(m_licenseState, check.fields.licenseMarkdown, m_licensePath, tr("licence"));
}
