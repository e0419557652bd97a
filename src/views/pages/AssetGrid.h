#pragma once

#include "registry/PackageDetails.h"

#include <QHash>
#include <QUrl>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTimer;
class QTreeWidget;

// The assets of a package: images as a grid of thumbnails (fetched only when they come into view, and kept
// for the run when the package is content-addressed: ThumbnailLoader), with their size and dimensions; other
// files as rows. Each can be downloaded (Download… on the selected one, or a double-click).
class AssetGrid : public QWidget
{
    Q_OBJECT
public:
    explicit AssetGrid(QWidget* parent = nullptr);

    // `keepThumbnails`: the addresses name the same files for good (a published package, not a draft).
    void setAssets(const QList<PackageDetails::Asset>& assets, bool keepThumbnails);

    QListWidget* images() const { return m_images; }
    QTreeWidget* files() const { return m_files; }
    QPushButton* downloadButton() const { return m_download; }
    // Images whose thumbnail is shown.
    int thumbnailsShown() const;

signals:
    void downloadRequested(const PackageDetails::Asset& asset);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void loadVisible();
    void onThumbnail(const QUrl& url, const QImage& image);
    void requestSelected();
    const PackageDetails::Asset* selected() const;
    static QString facts(const PackageDetails::Asset& asset);

    QList<PackageDetails::Asset> m_assets;
    bool m_keep = false;
    QHash<QUrl, QListWidgetItem*> m_requested;
    QListWidget* m_images;
    QTreeWidget* m_files;
    QLabel* m_filesHeading;
    QPushButton* m_download;
    QTimer* m_lazy;
};
