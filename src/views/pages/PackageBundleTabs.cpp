#include "PackageBundleTabs.h"

#include "AssetGrid.h"
#include "BundleTree.h"
#include "CodeView.h"
#include "ComponentsView.h"

#include <QTabWidget>

namespace {

bool isDraft(const QList<PackageDetails::BundlePart>& bundle)
{
    return bundle.isEmpty() || bundle.first().id.isEmpty() ||
           bundle.first().id.startsWith(QLatin1String("draft:"));
}

} // namespace

PackageBundleTabs::PackageBundleTabs(QTabWidget* tabs, int firstIndex)
    : QObject(tabs)
    , m_tabs(tabs)
    , m_first(firstIndex)
    , m_components(new ComponentsView(tabs))
    , m_assets(new AssetGrid(tabs))
    , m_bundle(new BundleTree(tabs))
    , m_compiled(new CodeView(tabs))
{
    m_compiled->setObjectName(QStringLiteral("compiledBundle"));
    m_compiled->setAccessibleName(tr("Compiled bundle"));
    m_compiled->setFrameShape(QFrame::NoFrame);
    m_tabs->insertTab(m_first, m_components, tr("Components"));
    m_tabs->insertTab(m_first + 1, m_assets, tr("Assets"));
    m_tabs->insertTab(m_first + 2, m_bundle, tr("Resolved Bundle"));
    m_tabs->insertTab(m_first + 3, m_compiled, tr("Compiled"));
    for (int i = 0; i < 4; ++i)
        m_tabs->setTabVisible(m_first + i, false);

    connect(m_bundle, &BundleTree::packageActivated, this, &PackageBundleTabs::packageActivated);
    connect(m_assets, &AssetGrid::downloadRequested, this, [this](const PackageDetails::Asset& asset) {
        PackageDownload file;
        file.package = m_package;
        file.version = m_version;
        file.url = asset.url;
        file.fileName = asset.name;
        file.format = asset.type;
        file.size = asset.size;
        emit downloadRequested(file);
    });
}

void PackageBundleTabs::fill(const PackageDetails* details, const PackageId& package, const QString& name)
{
    static const PackageDetails none;
    const PackageDetails& d = details ? *details : none;
    m_package = package;
    m_version = d.version;
    m_components->setComponents(d.components);
    // A published package's files never change: their thumbnails are kept; a draft's are not.
    m_assets->setAssets(d.assets, !isDraft(d.bundle));
    m_bundle->setBundle(d.bundle, name);
    m_compiled->setPlainText(d.compiledBundle);
    m_tabs->setTabVisible(m_first, !d.components.isEmpty());
    m_tabs->setTabVisible(m_first + 1, !d.assets.isEmpty());
    m_tabs->setTabVisible(m_first + 2, !d.bundle.isEmpty());
    m_tabs->setTabVisible(m_first + 3, !d.compiledBundle.isEmpty());
    m_empty = d.components.isEmpty() && d.assets.isEmpty() && d.bundle.isEmpty();
}
