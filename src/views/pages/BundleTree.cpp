#include "BundleTree.h"

#include "registry/BundleExport.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
// Which bundle part a top-level item is: its index in m_bundle.
constexpr int kPartRole = Qt::UserRole + 1;
} // namespace

BundleTree::BundleTree(QWidget* parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_export(new QPushButton(tr("Export Resolved Bundle…"), this))
{
    m_tree->setObjectName(QStringLiteral("bundleTree"));
    m_tree->setAccessibleName(tr("Resolved bundle"));
    m_tree->setHeaderLabels({tr("Name"), tr("Details")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(0, 280);
    m_export->setObjectName(QStringLiteral("exportBundle"));
    m_export->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    m_export->setAccessibleName(tr("Export resolved bundle"));
    m_export->setToolTip(tr("Save the package and everything it depends on as one JSON file"));

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(8, 8, 8, 8);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_export, &QPushButton::clicked, this, &BundleTree::askAndExport);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QVariant part = item->data(0, kPartRole);
        // The package itself is the page shown: only its dependencies open.
        if (!part.isValid() || part.toInt() <= 0 || part.toInt() >= m_bundle.size())
            return;
        const PackageId id = m_bundle.at(part.toInt()).package;
        if (id.isValid())
            emit packageActivated(id);
    });
}

void BundleTree::setBundle(const QList<PackageDetails::BundlePart>& bundle, const QString& name)
{
    m_bundle = bundle;
    m_name = name;
    m_tree->clear();
    for (qsizetype i = 0; i < bundle.size(); ++i) {
        const PackageDetails::BundlePart& part = bundle.at(i);
        const bool opens = i > 0 && part.package.isValid();
        const QString role = i == 0  ? tr("this package")
                             : opens ? tr("dependency (double-click to open)")
                                     : tr("dependency");
        auto* top = new QTreeWidgetItem(m_tree, {part.label, role});
        top->setData(0, kPartRole, int(i));
        top->setToolTip(0, part.id);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        if (opens)
            top->setToolTip(1, tr("Double-click to open %1").arg(part.label));
        auto* components =
            new QTreeWidgetItem(top, {tr("Components"), QLocale().toString(part.components.size())});
        for (const PackageDetails::Component& component : part.components)
            new QTreeWidgetItem(components,
                                {component.name, component.compiled ? tr("compiled") : tr("not compiled")});
        auto* assets = new QTreeWidgetItem(top, {tr("Assets"), QLocale().toString(part.assets.size())});
        for (const PackageDetails::Asset& asset : part.assets) {
            QStringList facts{asset.type};
            if (asset.size >= 0)
                facts.append(QLocale().formattedDataSize(asset.size));
            new QTreeWidgetItem(assets, {asset.name, facts.join(QStringLiteral(", "))});
        }
    }
    m_tree->expandToDepth(1);
    m_export->setEnabled(!bundle.isEmpty());
}

bool BundleTree::exportTo(const QString& path, QString* error) const
{
    return BundleExport::save(path, m_bundle, error);
}

void BundleTree::askAndExport()
{
    const QString proposed = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                 .filePath(m_name + QStringLiteral("-resolved.json"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Resolved Bundle"), proposed,
                                                      tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export Resolved Bundle"),
                             tr("Could not save “%1”: %2").arg(QDir::toNativeSeparators(path), error));
}
