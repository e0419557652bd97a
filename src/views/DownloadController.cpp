#include "DownloadController.h"

#include "DownloadsPanel.h"
#include "registry/RegistryBackend.h"
#include "registry/parts/PackageDownloads.h"
#include "session/DownloadManager.h"
#include "session/RegistrySession.h"
#include "session/Workspace.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMainWindow>
#include <QMessageBox>
#include <QStandardPaths>

DownloadController::DownloadController(Workspace* workspace, QMainWindow* window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
    , m_toggle(new QAction(tr("Downloads"), this))
{
    // The panel's own toggle action, standing in until the panel exists (then it follows it).
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    connect(m_toggle, &QAction::triggered, this, [this](bool shown) {
        panel()->setVisible(shown);
        if (shown)
            m_panel->raise();
    });
    m_choose = [this](const QString& proposed, bool folder) {
        return folder ? QFileDialog::getExistingDirectory(m_window, tr("Unpack to Folder"), proposed)
                      : QFileDialog::getSaveFileName(m_window, tr("Download"), proposed);
    };
}

DownloadsPanel* DownloadController::panel()
{
    if (!m_panel) {
        m_panel = new DownloadsPanel(m_workspace->downloads(), m_window);
        m_window->addDockWidget(Qt::BottomDockWidgetArea, m_panel);
        // Where and how it was when the window's layout was saved (restoreState() came before it existed).
        if (!m_window->restoreDockWidget(m_panel))
            m_panel->hide();
        m_toggle->setChecked(!m_panel->isHidden());
        connect(m_panel->toggleViewAction(), &QAction::toggled, m_toggle, &QAction::setChecked);
        connect(m_panel, &DownloadsPanel::retryRequested, this, &DownloadController::retry);
        connect(m_panel, &DownloadsPanel::unpackRequested, this, &DownloadController::unpackDone);
    }
    return m_panel;
}

bool DownloadController::isPanelShown() const
{
    return m_panel && !m_panel->isHidden();
}

void DownloadController::tell(const QString& text)
{
    // Not modal for the caller: a test or a script never hangs on it.
    auto* box = new QMessageBox(QMessageBox::Information, tr("Download"), text, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void DownloadController::withOffer(const PackageId& id, const QString& version, const QString& format,
                                   std::function<void(const PackageDownload&)> then)
{
    RegistrySession* session = m_workspace->session();
    RegistryBackend* backend = session ? session->backend() : nullptr;
    PackageDownloads* downloads = backend ? backend->downloads() : nullptr;
    if (!downloads) {
        tell(backend ? backend->whyMissing(RegistryPart::Downloads)
                     : tr("Select a registry and wait until it is connected."));
        return;
    }
    DownloadListJob* job = downloads->downloads(id, version);
    connect(job, &RegistryJob::finished, this, [this, job, format, then = std::move(then)] {
        const QList<PackageDownload>& offers = job->result();
        if (offers.isEmpty()) {
            tell(tr("This version offers no file to download."));
            return;
        }
        // The first is the most useful; a retry wants the same kind of file as before.
        PackageDownload chosen = offers.first();
        for (const PackageDownload& offer : offers) {
            if (offer.format == format)
                chosen = offer;
        }
        then(chosen);
    });
    connect(job, &RegistryJob::failed, this, [this](const Error& error) {
        if (error.reason != Error::Reason::Cancelled)
            tell(tr("Could not download: %1").arg(error.userText()));
    });
}

void DownloadController::request(const PackageId& id, const QString& version, bool unpack)
{
    withOffer(id, version, QString(), [this, unpack](const PackageDownload& offer) { start(offer, unpack); });
}

void DownloadController::download(const PackageDownload& file)
{
    start(file, false);
}

void DownloadController::start(const PackageDownload& offer, bool unpack)
{
    const QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (unpack && !offer.isArchive) {
        tell(tr("“%1” is a %2 file, which Depot cannot unpack; use Download… instead.")
                 .arg(offer.fileName, offer.format));
        return;
    }
    const QString where = m_choose(unpack ? downloads : QDir(downloads).filePath(offer.fileName), unpack);
    if (where.isEmpty())
        return;
    DownloadManager* manager = m_workspace->downloads();
    const int item = unpack ? manager->downloadAndUnpack(offer, where) : manager->download(offer, where);
    panel()->show();
    m_panel->raise();
    m_panel->select(item);
}

void DownloadController::retry(int id)
{
    DownloadManager* manager = m_workspace->downloads();
    const int index = manager->indexOf(id);
    if (index < 0)
        return;
    const PackageDownload old = manager->items().at(index).offer;
    // A file whose registry hands out no download list (an asset, at a lasting address): the same address.
    RegistryBackend* backend = m_workspace->session() ? m_workspace->session()->backend() : nullptr;
    if (backend && !backend->downloads()) {
        manager->retry(id, old);
        return;
    }
    withOffer(old.package, old.version, old.format,
              [manager, id](const PackageDownload& fresh) { manager->retry(id, fresh); });
}

void DownloadController::unpackDone(int id)
{
    const QString folder = m_choose(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation), true);
    if (!folder.isEmpty())
        m_workspace->downloads()->unpack(id, folder);
}
