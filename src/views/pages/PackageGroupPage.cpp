#include "PackageGroupPage.h"

#include "LinkButton.h"
#include "PageHeader.h"
#include "PagedPackageTable.h"
#include "registry/RegistryBackend.h"
#include "registry/parts/PackageGroups.h"
#include "views/GroupSource.h"

#include <QLabel>
#include <QVBoxLayout>

PackageGroupPage::PackageGroupPage(RegistryBackend* backend, RegistryPart part, const QString& slug,
                                   QWidget* parent)
    : StatefulPage(parent)
    , m_backend(backend)
    , m_part(part)
    , m_slug(slug)
    , m_header(new PageHeader(this))
    , m_websiteLink(new LinkButton(this))
    , m_packages(new PagedPackageTable(nullptr, this))
{
    //: Accessible name of a page: "Catalog noaa", "Namespace wasmer"
    setAccessibleName(tr("%1 %2").arg(groupName(), m_slug));
    m_header->setTitle(m_slug);
    m_websiteLink->setAccessibleName(tr("Open website"));
    m_websiteLink->hide();
    m_header->addActionWidget(m_websiteLink);
    m_packages->setEmptyText(tr("No packages here"),
                             tr("Its packages may all be private, or none has been published yet."));

    setContent(m_packages->withHeader(m_header, tr("Packages")));

    connect(m_websiteLink, &QPushButton::clicked, this, [this] { emit openUrl(m_group.website); });
    connect(m_packages, &PagedPackageTable::packageActivated, this, &PackageGroupPage::openPackage);

    reload();
}

QString PackageGroupPage::groupName() const
{
    if (PackageGroups* groups = (m_backend ? m_backend->groups(m_part) : nullptr))
        return groups->singularName();
    return m_part == RegistryPart::Collections ? tr("Collection") : tr("Catalog");
}

QString PackageGroupPage::title() const
{
    return m_loaded ? m_group.displayName : m_slug;
}

void PackageGroupPage::reload()
{
    PackageGroups* groups = (m_backend ? m_backend->groups(m_part) : nullptr);
    //: %1 is the registry's name for a group of packages: "Catalog", "Collection", "Namespace"
    const LoadTexts texts{tr("Loading…"), tr("Could not load this page"),
                          tr("%1 not found").arg(groupName())};
    if (m_backend && !groups) {
        showUnavailable(texts, m_backend->whyMissing(m_part));
        return;
    }
    startLoad(groups ? groups->group(m_slug) : nullptr, texts,
              [this](const PackageGroup& value) { onLoaded(value); });
    // The packages load alongside the header; the table shows its own loading and error states.
    m_packages->setSource(groupSource<PackagePageJob>(
        m_backend, m_part, [slug = m_slug](PackageGroups* part, const PageRequest& page) {
            return part->groupPackages(slug, page);
        }));
}

void PackageGroupPage::onLoaded(const PackageGroup& group)
{
    const QString oldTitle = title();
    m_group = group;
    m_loaded = true;
    const QString name = groupName();
    setAccessibleName(tr("%1 %2").arg(name, group.displayName));
    m_header->setTitle(group.displayName);
    //: Page subtitle: "Catalog noaa"; for a private one "Catalog noaa (private)"
    m_header->setSubtitle(group.isPublic ? tr("%1 %2").arg(name, group.slug)
                                         : tr("%1 %2 (private)").arg(name, group.slug));
    m_header->setDescription(group.description);
    m_websiteLink->showUrl(group.website, tr("Open website %1"));
    showContent();
    if (title() != oldTitle)
        emit titleChanged(title());
}

QVariant PackageGroupPage::saveState() const
{
    return m_packages->saveState();
}

void PackageGroupPage::restoreState(const QVariant& state)
{
    m_packages->restoreState(state);
}
