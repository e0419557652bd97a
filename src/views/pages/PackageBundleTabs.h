#pragma once

#include "registry/PackageDetails.h"
#include "registry/PackageDownload.h"

#include <QObject>

class AssetGrid;
class BundleTree;
class ComponentsView;
class QPlainTextEdit;
class QTabWidget;

// The tabs of a package page for registries whose packages are bundles of components and assets (Metabind):
// the components with their code, the assets (thumbnails and files, each downloadable), the resolved bundle
// as a tree with its export, and the compiled bundle as the registry gives it. A tab without content is
// hidden.
class PackageBundleTabs : public QObject
{
    Q_OBJECT
public:
    // Inserts the four tabs into `tabs` at `firstIndex` and the following indices.
    PackageBundleTabs(QTabWidget* tabs, int firstIndex);

    // `name` proposes the export's file name.
    void fill(const PackageDetails* details, const PackageId& package, const QString& name);
    bool isEmpty() const { return m_empty; }

    ComponentsView* components() const { return m_components; }
    AssetGrid* assets() const { return m_assets; }
    BundleTree* bundle() const { return m_bundle; }
    QPlainTextEdit* compiledView() const { return m_compiled; }

signals:
    void packageActivated(const PackageId& id);
    void downloadRequested(const PackageDownload& file);

private:
    QTabWidget* m_tabs;
    int m_first;
    PackageId m_package;
    QString m_version;
    bool m_empty = true;
    ComponentsView* m_components;
    AssetGrid* m_assets;
    BundleTree* m_bundle;
    QPlainTextEdit* m_compiled;
};
