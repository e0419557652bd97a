#include "CatalogPage.h"

#include "LinkButton.h"
#include "PageHeader.h"
#include "PagedPackageTable.h"
#include "registry/RegistryBackend.h"

#include <QLabel>
#include <QVBoxLayout>

CatalogPage::CatalogPage(RegistryBackend* backend, const QString& slug, QWidget* parent)
    : StatefulPage(parent)
    , m_backend(backend)
    , m_slug(slug)
    , m_header(new PageHeader(this))
    , m_websiteLink(new LinkButton(this))
    , m_packages(new PagedPackageTable(this))
{
    setAccessibleName(tr("Catalog %1").arg(m_slug));
    m_header->setTitle(m_slug);
    m_websiteLink->setAccessibleName(tr("Open website"));
    m_websiteLink->hide();
    m_header->addActionWidget(m_websiteLink);
    m_packages->setEmptyText(tr("No packages in this catalog"),
                             tr("Its packages may all be private, or none has been published yet."));

    auto* packagesTitle = new QLabel(tr("Packages"), this);
    QFont sectionFont = packagesTitle->font();
    sectionFont.setBold(true);
    sectionFont.setPointSizeF(sectionFont.pointSizeF() * 1.15);
    packagesTitle->setFont(sectionFont);

    auto* content = new QWidget(this);
    auto* top = new QVBoxLayout;
    top->setContentsMargins(24, 20, 24, 8);
    top->setSpacing(12);
    top->addWidget(m_header);
    top->addWidget(packagesTitle);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_packages, 1);
    setContent(content);

    connect(m_websiteLink, &QPushButton::clicked, this, [this] { emit openUrl(m_catalog.website); });
    connect(m_packages, &PagedPackageTable::packageActivated, this, &CatalogPage::openPackage);

    reload();
}

QString CatalogPage::title() const
{
    return m_loaded ? m_catalog.displayName : m_slug;
}

void CatalogPage::reload()
{
    startLoad(m_backend ? m_backend->catalog(m_slug) : nullptr,
              {tr("Loading catalog…"), tr("Could not load the catalog"), tr("Catalog not found")},
              [this](const Catalog& value) { onLoaded(value); });
    // The packages load alongside the header; the table shows its own loading and error states.
    QPointer<RegistryBackend> backend = m_backend;
    const QString slug = m_slug;
    m_packages->setSource([backend, slug](const PageRequest& page) -> PackagePageJob* {
        return backend ? backend->catalogPackages(slug, page) : nullptr;
    });
}

void CatalogPage::onLoaded(const Catalog& catalog)
{
    const QString oldTitle = title();
    m_catalog = catalog;
    m_loaded = true;
    setAccessibleName(tr("Catalog %1").arg(catalog.displayName));
    m_header->setTitle(catalog.displayName);
    m_header->setSubtitle(catalog.isPublic ? tr("Catalog %1").arg(catalog.slug)
                                           : tr("Private catalog %1").arg(catalog.slug));
    m_header->setDescription(catalog.description);
    m_websiteLink->setText(catalog.website.host().isEmpty() ? catalog.website.toDisplayString()
                                                            : catalog.website.host());
    m_websiteLink->setToolTip(catalog.website.toDisplayString());
    m_websiteLink->setAccessibleName(catalog.website.isValid()
                                         ? tr("Open website %1").arg(catalog.website.toDisplayString())
                                         : tr("Open website"));
    m_websiteLink->setVisible(catalog.website.isValid());
    showContent();
    if (title() != oldTitle)
        emit titleChanged(title());
}

QVariant CatalogPage::saveState() const
{
    return m_packages->saveState();
}

void CatalogPage::restoreState(const QVariant& state)
{
    m_packages->restoreState(state);
}
