#include "AssetGrid.h"

#include "session/ThumbnailLoader.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
// Which asset an item or row shows: its index in m_assets.
constexpr int kAssetRole = Qt::UserRole + 1;
// Whether the item shows its thumbnail yet.
constexpr int kShownRole = Qt::UserRole + 2;
} // namespace

AssetGrid::AssetGrid(QWidget* parent)
    : QWidget(parent)
    , m_images(new QListWidget(this))
    , m_files(new QTreeWidget(this))
    , m_filesHeading(new QLabel(tr("Other files"), this))
    , m_download(new QPushButton(tr("Download…"), this))
    , m_lazy(new QTimer(this))
{
    m_images->setObjectName(QStringLiteral("assetImages"));
    m_images->setAccessibleName(tr("Images"));
    m_images->setViewMode(QListView::IconMode);
    m_images->setIconSize(QSize(ThumbnailLoader::kSide, ThumbnailLoader::kSide));
    m_images->setGridSize(QSize(ThumbnailLoader::kSide + 48, ThumbnailLoader::kSide + 56));
    m_images->setResizeMode(QListView::Adjust);
    m_images->setMovement(QListView::Static);
    m_images->setWordWrap(true);
    m_images->setSpacing(8);
    m_images->setFrameShape(QFrame::NoFrame);
    m_files->setObjectName(QStringLiteral("assetFiles"));
    m_files->setAccessibleName(tr("Other files"));
    m_files->setHeaderLabels({tr("Name"), tr("Type"), tr("Size")});
    m_files->setRootIsDecorated(false);
    m_files->setAlternatingRowColors(true);
    m_files->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_filesHeading->setBuddy(m_files);
    m_download->setObjectName(QStringLiteral("downloadAsset"));
    m_download->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));
    m_download->setAccessibleName(tr("Download asset"));
    m_download->setToolTip(tr("Save the selected asset"));
    m_download->setEnabled(false);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_download);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_images, 3);
    layout->addWidget(m_filesHeading);
    layout->addWidget(m_files, 1);
    layout->addLayout(buttons);

    // Thumbnails are asked for once their place is on screen: after a show, a scroll or a resize settles.
    m_lazy->setSingleShot(true);
    m_lazy->setInterval(50);
    connect(m_lazy, &QTimer::timeout, this, &AssetGrid::loadVisible);
    connect(m_images->verticalScrollBar(), &QScrollBar::valueChanged, m_lazy, qOverload<>(&QTimer::start));
    connect(ThumbnailLoader::instance(), &ThumbnailLoader::ready, this, &AssetGrid::onThumbnail);
    // Selecting in one list clears the other: Download… acts on one asset.
    connect(m_images, &QListWidget::itemSelectionChanged, this, [this] {
        if (!m_images->selectedItems().isEmpty())
            m_files->clearSelection();
        m_download->setEnabled(selected() != nullptr);
    });
    connect(m_files, &QTreeWidget::itemSelectionChanged, this, [this] {
        if (!m_files->selectedItems().isEmpty())
            m_images->clearSelection();
        m_download->setEnabled(selected() != nullptr);
    });
    connect(m_images, &QListWidget::itemActivated, this, &AssetGrid::requestSelected);
    connect(m_files, &QTreeWidget::itemActivated, this, &AssetGrid::requestSelected);
    connect(m_download, &QPushButton::clicked, this, &AssetGrid::requestSelected);
}

QString AssetGrid::facts(const PackageDetails::Asset& asset)
{
    QStringList facts;
    if (asset.width > 0 && asset.height > 0)
        //: An image's dimensions in pixels: "64 × 48"
        facts.append(tr("%1 × %2").arg(asset.width).arg(asset.height));
    if (asset.size >= 0)
        facts.append(QLocale().formattedDataSize(asset.size));
    return facts.join(QStringLiteral(" · "));
}

void AssetGrid::setAssets(const QList<PackageDetails::Asset>& assets, bool keepThumbnails)
{
    m_assets = assets;
    m_keep = keepThumbnails;
    m_requested.clear();
    m_images->clear();
    m_files->clear();
    // Until its thumbnail comes, an image holds its place with an empty frame of the thumbnail's size, so the
    // grid does not move when the pictures arrive (and every cell is as tall as its picture will be).
    QPixmap frame(ThumbnailLoader::kSide, ThumbnailLoader::kSide);
    frame.fill(palette().color(QPalette::AlternateBase));
    const QIcon placeholder(frame);
    const QSize cell = m_images->gridSize() - QSize(8, 8);
    for (qsizetype i = 0; i < assets.size(); ++i) {
        const PackageDetails::Asset& asset = assets.at(i);
        const QString figures = facts(asset);
        if (asset.isImage()) {
            auto* item = new QListWidgetItem(placeholder, asset.name + QLatin1Char('\n') + figures, m_images);
            item->setData(kAssetRole, int(i));
            item->setSizeHint(cell);
            item->setTextAlignment(Qt::AlignHCenter | Qt::AlignTop);
            item->setToolTip(QStringLiteral("%1\n%2\n%3").arg(asset.name, asset.type, figures));
            item->setData(Qt::AccessibleTextRole, tr("%1, %2").arg(asset.name, figures));
        } else {
            auto* row = new QTreeWidgetItem(
                m_files, {asset.name, asset.type,
                          asset.size >= 0 ? QLocale().formattedDataSize(asset.size) : QString()});
            row->setData(0, kAssetRole, int(i));
        }
    }
    m_images->setVisible(m_images->count() > 0);
    m_files->setVisible(m_files->topLevelItemCount() > 0);
    m_filesHeading->setVisible(m_files->topLevelItemCount() > 0 && m_images->count() > 0);
    m_download->setEnabled(false);
    if (isVisible())
        m_lazy->start();
}

void AssetGrid::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_lazy->start();
}

void AssetGrid::loadVisible()
{
    if (!isVisible())
        return;
    const QRect viewport = m_images->viewport()->rect();
    for (int row = 0; row < m_images->count(); ++row) {
        QListWidgetItem* item = m_images->item(row);
        const PackageDetails::Asset& asset = m_assets.at(item->data(kAssetRole).toInt());
        if (m_requested.contains(asset.url) || !m_images->visualItemRect(item).intersects(viewport))
            continue;
        m_requested.insert(asset.url, item);
        ThumbnailLoader::instance()->load(asset.url, m_keep);
    }
}

void AssetGrid::onThumbnail(const QUrl& url, const QImage& image)
{
    if (QListWidgetItem* item = m_requested.value(url)) {
        item->setIcon(QIcon(QPixmap::fromImage(image)));
        item->setData(kShownRole, true);
    }
}

int AssetGrid::thumbnailsShown() const
{
    int shown = 0;
    for (int row = 0; row < m_images->count(); ++row)
        shown += m_images->item(row)->data(kShownRole).toBool();
    return shown;
}

const PackageDetails::Asset* AssetGrid::selected() const
{
    QVariant index;
    if (!m_images->selectedItems().isEmpty())
        index = m_images->selectedItems().first()->data(kAssetRole);
    else if (!m_files->selectedItems().isEmpty())
        index = m_files->selectedItems().first()->data(0, kAssetRole);
    const int i = index.isValid() ? index.toInt() : -1;
    return i >= 0 && i < m_assets.size() ? &m_assets.at(i) : nullptr;
}

void AssetGrid::requestSelected()
{
    if (const PackageDetails::Asset* asset = selected(); asset && asset->url.isValid())
        emit downloadRequested(*asset);
}
