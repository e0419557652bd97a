#pragma once

#include "StatefulPage.h"
#include "registry/PackageGroup.h"
#include "registry/RegistryPart.h"

#include <QPointer>

class LinkButton;
class PageHeader;
class PagedPackageTable;
class RegistryBackend;

// One package group (a catalog, a collection, a namespace: `part` says which of the registry's group parts):
// its name, description and website, and its packages (paged; Enter or a double-click opens one).
class PackageGroupPage : public StatefulPage
{
    Q_OBJECT
public:
    PackageGroupPage(RegistryBackend* backend, RegistryPart part, const QString& slug,
                     QWidget* parent = nullptr);

    QString title() const override;
    QVariant saveState() const override;
    void restoreState(const QVariant& state) override;
    void reload() override;

    RegistryPart part() const { return m_part; }
    QString slug() const { return m_slug; }
    const PackageGroup& group() const { return m_group; }
    PageHeader* header() const { return m_header; }
    PagedPackageTable* packages() const { return m_packages; }
    LinkButton* websiteLink() const { return m_websiteLink; }

private:
    void onLoaded(const PackageGroup& group);
    // What this registry calls one group of this part: "Catalog", "Collection", "Namespace".
    QString groupName() const;

    QPointer<RegistryBackend> m_backend;
    RegistryPart m_part;
    QString m_slug;
    PackageGroup m_group;
    bool m_loaded = false;

    PageHeader* m_header;
    LinkButton* m_websiteLink;
    PagedPackageTable* m_packages;
};
