#pragma once

#include "registry/PackageDownload.h"
#include "registry/PackageId.h"

#include <QObject>
#include <QPointer>

#include <functional>

class DownloadsPanel;
class QAction;
class QMainWindow;
class Workspace;

// Download… and Unpack to Folder… of the package pages: asks the open registry for the version's files
// (right before each download: the addresses may expire), asks the person where (a file, or a folder to
// unpack into), starts the download in the Workspace's DownloadManager and shows the downloads panel, which
// it docks in `window` (made when first needed). Retry asks the registry for a fresh address too.
class DownloadController : public QObject
{
    Q_OBJECT
public:
    // Where a file goes: `proposed` is a file path, or with `folder` a folder; an empty answer cancels.
    using Chooser = std::function<QString(const QString& proposed, bool folder)>;

    DownloadController(Workspace* workspace, QMainWindow* window);

    // The panel is made when first needed (a download, its menu entry, or shown when the window closed last):
    // most runs download nothing (bench figure 9).
    DownloadsPanel* panel();
    bool isPanelShown() const;
    // Shows or hides the panel (Ctrl+Shift+Y), checked while it shows.
    QAction* toggleAction() const { return m_toggle; }
    // Replaces the file dialogs (tests).
    void setChooser(Chooser chooser) { m_choose = std::move(chooser); }

    void request(const PackageId& id, const QString& version, bool unpack);
    // Downloads `file` as offered (an asset a page shows): asks where, then as request() does.
    void download(const PackageDownload& file);

private:
    // Asks the registry for the files of `version`; `then` gets the one to download.
    void withOffer(const PackageId& id, const QString& version, const QString& format,
                   std::function<void(const PackageDownload&)> then);
    // Asks where `offer` goes and starts it (unpacked into a folder with `unpack`).
    void start(const PackageDownload& offer, bool unpack);
    void retry(int id);
    void unpackDone(int id);
    void tell(const QString& text);

    Workspace* m_workspace;
    QPointer<QMainWindow> m_window;
    QAction* m_toggle;
    QPointer<DownloadsPanel> m_panel;
    Chooser m_choose;
};
