#include "CollectionPage.h"

#include "PageHeader.h"
#include "PagedPackageTable.h"
#include "registry/RegistryBackend.h"

#include <QLabel>
#include <QVBoxLayout>

CollectionPage::CollectionPage(RegistryBackend* backend, const QString& slug, QWidget* parent)
    : StatefulPage(parent)
    , m_backend(backend)
    , m_slug(slug)
    , m_header(new PageHeader(this))
    , m_packages(new PagedPackageTable(this))
{
    setAccessibleName(tr("Collection %1").arg(m_slug));
    m_header->setTitle(m_slug);
    m_packages->setEmptyText(tr("No packages in this collection"),
                             tr("Its packages may all be private, or none has been added yet."));

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

    connect(m_packages, &PagedPackageTable::packageActivated, this, &CollectionPage::openPackage);

    reload();
}

QString CollectionPage::title() const
{
    return m_loaded ? m_collection.name : m_slug;
}

void CollectionPage::reload()
{
    startLoad(m_backend ? m_backend->collection(m_slug) : nullptr,
              {tr("Loading collection…"), tr("Could not load the collection"), tr("Collection not found")},
              [this](const Collection& value) { onLoaded(value); });
    // The packages load alongside the header; the table shows its own loading and error states.
    QPointer<RegistryBackend> backend = m_backend;
    const QString slug = m_slug;
    m_packages->setSource([backend, slug](const PageRequest& page) -> PackagePageJob* {
        return backend ? backend->collectionPackages(slug, page) : nullptr;
    });
}

void CollectionPage::onLoaded(const Collection& collection)
{
    const QString oldTitle = title();
    m_collection = collection;
    m_loaded = true;
    setAccessibleName(tr("Collection %1").arg(collection.name));
    m_header->setTitle(collection.name);
    m_header->setSubtitle(collection.isPublic ? tr("Collection %1").arg(collection.slug)
                                              : tr("Private collection %1").arg(collection.slug));
    m_header->setDescription(collection.description);
    showContent();
    if (title() != oldTitle)
        emit titleChanged(title());
}

QVariant CollectionPage::saveState() const
{
    return m_packages->saveState();
}

void CollectionPage::restoreState(const QVariant& state)
{
    m_packages->restoreState(state);
}
