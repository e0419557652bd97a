#pragma once

#include "registry/PackageDownload.h"
#include "registry/PackageId.h"

#include <QString>
#include <QVariant>
#include <QWidget>

// One page of the browser (package, catalog, collection, user, package list). The main window keeps a
// history of pages (back/forward) and restores each with its state; pages ask for navigation through
// signals and never know the window. Every page shows its own loading, empty and error-with-retry states.
class BrowserPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // For the window title, the history menu and the accessible name of the page.
    virtual QString title() const = 0;
    // Scroll position, loaded rows, selected tab ... as a value the history keeps; restoreState() gets it
    // back when the user returns with Back/Forward (after the page was rebuilt).
    virtual QVariant saveState() const { return {}; }
    virtual void restoreState(const QVariant& state) { Q_UNUSED(state) }
    // Loads again what failed (the error state's Retry) or everything (F5).
    virtual void reload() = 0;

signals:
    void titleChanged(const QString& title);
    void openPackage(const PackageId& id);
    // One version of a package (the latest when `version` is empty).
    void openPackageVersion(const PackageId& id, const QString& version);
    void openInterface(const QString& name);
    void openCatalog(const QString& slug);
    void openCollection(const QString& slug);
    void openUser(const QString& username);
    void openUrl(const QUrl& url); // external links (website), opened with QDesktopServices by the window
    // Only signed-in people may see what this page shows: the window offers its sign-in dialog.
    void signInRequested();
    // The person asks for a version's file: saved (Download…), or unpacked into a folder (Unpack to folder…).
    void downloadRequested(const PackageId& id, const QString& version, bool unpack);
    // The person asks for one file the page shows (an asset), at the address given.
    void fileDownloadRequested(const PackageDownload& file);
};
