#pragma once

#include "StatefulPage.h"
#include "registry/Collection.h"

#include <QPointer>

class PageHeader;
class PagedPackageTable;
class RegistryBackend;

template <typename T> class ResultJob;

// One collection: its name and description, and its packages (paged; Enter or a double-click opens
// one).
class CollectionPage : public StatefulPage
{
    Q_OBJECT
public:
    CollectionPage(RegistryBackend* backend, const QString& slug, QWidget* parent = nullptr);

    QString title() const override;
    QVariant saveState() const override;
    void restoreState(const QVariant& state) override;
    void reload() override;

    QString slug() const { return m_slug; }
    const Collection& collection() const { return m_collection; }
    PageHeader* header() const { return m_header; }
    PagedPackageTable* packages() const { return m_packages; }

private:
    void onLoaded(const Collection& collection);

    QPointer<RegistryBackend> m_backend;
    QString m_slug;
    Collection m_collection;
    bool m_loaded = false;

    PageHeader* m_header;
    PagedPackageTable* m_packages;
};
