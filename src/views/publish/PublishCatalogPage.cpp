#include "PublishCatalogPage.h"

#include "FieldErrorLabel.h"
#include "PublishWizard.h"
#include "registry/RegistryBackend.h"
#include "registry/parts/PackageFilePublishing.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PublishCatalogPage::PublishCatalogPage(QWidget* parent)
    : PublishWizardPage(parent)
    , m_catalogs(new QComboBox)
    , m_state(new QLabel)
    , m_retry(new QPushButton(tr("&Retry")))
    , m_newCatalog(new QPushButton(tr("&New Catalog…")))
    , m_createBox(new QGroupBox(tr("New catalog")))
    , m_newSlug(new QLineEdit)
    , m_newName(new QLineEdit)
    , m_newPublic(new QCheckBox(tr("&Public (anyone can see its public packages)")))
    , m_create(new QPushButton(tr("&Create Catalog")))
    , m_createErrors(new FieldErrorLabel(tr("New catalog")))
{
    setObjectName(QStringLiteral("publishCatalogPage"));
    setTitle(tr("Choose a Catalog"));
    setSubTitle(tr("The package is published into one of your catalogs. New packages start private."));
    setCommitPage(true);

    m_catalogs->setObjectName(QStringLiteral("catalog"));
    m_catalogs->setAccessibleName(tr("Catalog"));
    m_catalogs->view()->setAccessibleName(tr("Your catalogs"));
    m_state->setObjectName(QStringLiteral("catalogState"));
    m_state->setAccessibleName(tr("Your catalogs"));
    m_state->setWordWrap(true);
    m_retry->setObjectName(QStringLiteral("retryCatalogs"));
    m_retry->setAccessibleName(tr("Load the catalogs again"));
    m_retry->setVisible(false);
    m_newCatalog->setObjectName(QStringLiteral("newCatalog"));
    m_newCatalog->setAccessibleName(tr("New catalog"));
    m_createBox->setObjectName(QStringLiteral("createCatalogBox"));
    m_createBox->setAccessibleName(tr("New catalog"));
    m_createBox->setVisible(false);
    m_newSlug->setObjectName(QStringLiteral("newCatalogSlug"));
    m_newSlug->setAccessibleName(tr("New catalog name (in addresses)"));
    m_newName->setObjectName(QStringLiteral("newCatalogName"));
    m_newName->setAccessibleName(tr("New catalog display name"));
    m_newPublic->setObjectName(QStringLiteral("newCatalogPublic"));
    m_newPublic->setAccessibleName(tr("New catalog is public"));
    m_create->setObjectName(QStringLiteral("createCatalog"));
    m_create->setAccessibleName(tr("Create catalog"));
    m_createErrors->setObjectName(QStringLiteral("createCatalogErrors"));

    auto* createForm = new QFormLayout(m_createBox);
    createForm->addRow(tr("&Name (in addresses):"), m_newSlug);
    createForm->addRow(tr("&Display name:"), m_newName);
    createForm->addRow(m_newPublic);
    createForm->addRow(m_createErrors);
    createForm->addRow(m_create);

    auto* row = new QHBoxLayout;
    row->addWidget(m_catalogs, 1);
    row->addWidget(m_newCatalog);
    auto* form = new QFormLayout;
    // A label of a layout (not a widget) gets no buddy from the form: set it, or "&" shows as itself.
    auto* catalogLabel = new QLabel(tr("&Catalog:"));
    catalogLabel->setBuddy(m_catalogs);
    form->addRow(catalogLabel, row);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_state);
    layout->addWidget(m_retry, 0, Qt::AlignLeft);
    layout->addWidget(m_createBox);
    layout->addStretch();

    connect(m_catalogs, &QComboBox::currentIndexChanged, this, &PublishCatalogPage::completeChanged);
    connect(m_retry, &QPushButton::clicked, this, &PublishCatalogPage::load);
    connect(m_newCatalog, &QPushButton::clicked, this, [this] {
        m_createBox->setVisible(true);
        m_newSlug->setFocus();
    });
    connect(m_create, &QPushButton::clicked, this, &PublishCatalogPage::createCatalog);
}

void PublishCatalogPage::initializePage()
{
    if (m_list.isEmpty())
        load();
}

void PublishCatalogPage::load()
{
    PublishWizard* wizard = publishWizard();
    GroupListJob* job = wizard->publishing()->publishTargets();
    m_job = job;
    m_state->setText(tr("Loading your catalogs…"));
    m_state->setAccessibleName(m_state->text());
    m_retry->setVisible(false);
    emit completeChanged();
    connect(job, &RegistryJob::finished, this, [this, job] {
        m_job = nullptr;
        showCatalogs(job->result(), publishWizard()->catalogSlug());
    });
    connect(job, &RegistryJob::failed, this, [this](const Error& error) {
        m_job = nullptr;
        m_state->setText(tr("Your catalogs could not be loaded: %1").arg(error.userText()));
        m_state->setAccessibleName(m_state->text());
        m_retry->setVisible(true);
        emit completeChanged();
    });
}

void PublishCatalogPage::showCatalogs(const QList<PackageGroup>& catalogs, const QString& select)
{
    m_list = catalogs;
    m_catalogs->clear();
    for (const PackageGroup& catalog : catalogs) {
        const QString label = catalog.displayName.isEmpty() || catalog.displayName == catalog.slug
                                  ? catalog.slug
                                  : tr("%1 (%2)").arg(catalog.displayName, catalog.slug);
        m_catalogs->addItem(catalog.isPublic ? label : tr("%1, private").arg(label), catalog.slug);
    }
    if (catalogs.isEmpty()) {
        m_state->setText(tr("You have no catalog yet. Create one to publish into."));
        m_createBox->setVisible(true);
    } else {
        m_state->setText(tr("%n catalog(s) of yours.", nullptr, int(catalogs.size())));
    }
    m_state->setAccessibleName(m_state->text());
    selectCatalog(select);
    emit completeChanged();
}

void PublishCatalogPage::selectCatalog(const QString& slug)
{
    const int index = m_catalogs->findData(slug);
    if (index >= 0)
        m_catalogs->setCurrentIndex(index);
}

void PublishCatalogPage::createCatalog()
{
    PackageGroup catalog;
    catalog.slug = m_newSlug->text().trimmed();
    catalog.displayName = m_newName->text().trimmed();
    catalog.isPublic = m_newPublic->isChecked();
    if (catalog.slug.isEmpty()) {
        m_createErrors->setErrors({{QStringLiteral("slug"), tr("Enter a name for the catalog."), -1, -1}});
        return;
    }
    GroupJob* job = publishWizard()->publishing()->createTarget(catalog);
    m_job = job;
    m_create->setEnabled(false);
    emit completeChanged();
    connect(job, &RegistryJob::finished, this, [this, job] {
        m_job = nullptr;
        m_create->setEnabled(true);
        m_createErrors->setErrors({});
        m_createBox->setVisible(false);
        QList<PackageGroup> list = m_list;
        list.append(job->result());
        showCatalogs(list, job->result().slug);
    });
    connect(job, &RegistryJob::failed, this, [this](const Error& error) {
        m_job = nullptr;
        m_create->setEnabled(true);
        m_createErrors->setErrors({{QStringLiteral("slug"), error.userText(), -1, -1}});
        emit completeChanged();
    });
}

bool PublishCatalogPage::isComplete() const
{
    return !m_job && m_catalogs->currentIndex() >= 0;
}

bool PublishCatalogPage::validatePage()
{
    PublishWizard* wizard = publishWizard();
    wizard->setCatalogSlug(m_catalogs->currentData().toString());
    // The last gate: the draft must still pass every local check.
    return wizard->check().isOk() && !wizard->catalogSlug().isEmpty();
}
