#pragma once

#include "StatefulPage.h"
#include "registry/Catalog.h"

#include <QPointer>

class LinkButton;
class PageHeader;
class PagedPackageTable;
class RegistryBackend;

template <typename T> class ResultJob;

// One catalog: its name, description and website, and its packages (paged; Enter or a double-click opens
// one).
class CatalogPage : public StatefulPage
{
    Q_OBJECT
public:
    CatalogPage(RegistryBackend* backend, const QString& slug, QWidget* parent = nullptr);

    QString title() const override;
    QVariant saveState() const override;
    void restoreState(const QVariant& state) override;
    void reload() override;

    QString slug() const { return m_slug; }
    const Catalog& catalog() const { return m_catalog; }
    PageHeader* header() const { return m_header; }
    PagedPackageTable* packages() const { return m_packages; }
    LinkButton* websiteLink() const { return m_websiteLink; }

private:
    void onLoaded(const Catalog& catalog);

    QPointer<RegistryBackend> m_backend;
    QString m_slug;
    Catalog m_catalog;
    bool m_loaded = false;

    PageHeader* m_header;
    LinkButton* m_websiteLink;
    PagedPackageTable* m_packages;
};
