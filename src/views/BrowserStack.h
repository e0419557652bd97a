#pragma once

#include "BrowserLocation.h"
#include "registry/RegistryBackend.h"

#include <QList>
#include <QPointer>
#include <QVariant>
#include <QWidget>

class BrowserPage;
class PackageListPage;
class QStackedWidget;

// The right-hand side of the main window: one page at a time (the package list, a package, a catalog, a
// collection, a user, an interface) and the history behind Back and Forward. Recent pages stay alive in the
// history, so going back shows them as they were (scroll position, loaded rows, tab); older ones keep only
// their saved state and are rebuilt from it. The package list is one page for every list entry: its entries
// differ by search term, which the window applies when such an entry comes back (listTermRequested).
class BrowserStack : public QWidget
{
    Q_OBJECT
public:
    explicit BrowserStack(PackageListPage* listPage, QWidget* parent = nullptr);
    ~BrowserStack() override;

    // The backend the pages load from. Another backend (another registry, or new credentials) rebuilds
    // the pages from their saved state when they are shown.
    void setBackend(RegistryBackend* backend);
    RegistryBackend* backend() const { return m_backend; }

    // Forgets the history: one entry, `start`.
    void reset(const BrowserLocation& start = {});
    // Goes to `location` as a new history entry (dropping the forward ones); nothing when already there.
    void open(const BrowserLocation& location);
    // Search as you type changes the list entry in place: one entry per list, not one per key.
    void setCurrentListTerm(const QString& term);
    void back();
    void forward();
    // Jumps to the history entry at `index` (the Back and Forward buttons' menus).
    void goTo(int index);
    bool canGoBack() const { return m_index > 0; }
    bool canGoForward() const { return m_index + 1 < m_entries.size(); }
    // Reloads the page shown (F5, or the registry answers again).
    void reloadCurrent();

    BrowserLocation currentLocation() const;
    BrowserPage* currentPage() const;
    int historySize() const { return int(m_entries.size()); }
    int historyIndex() const { return m_index; }
    // The entry `offset` steps away from the current one (for the tooltips of Back and Forward).
    QString titleAt(int offset) const;

signals:
    // The page or the history changed: actions, window title and sidebar follow.
    void currentChanged();
    // A list entry is being shown whose search term is `term`: the window puts it in the search field
    // and the list (before the list's saved rows and scroll position are restored).
    void listTermRequested(const QString& term);
    // A page says only signed-in people may see it and the person asked to sign in.
    void signInRequested();
    // A page asks for a version's file (BrowserPage::downloadRequested).
    void downloadRequested(const PackageId& id, const QString& version, bool unpack);
    // A page asks for one file it shows (BrowserPage::fileDownloadRequested).
    void fileDownloadRequested(const PackageDownload& file);

private:
    struct Entry
    {
        BrowserLocation location;
        QPointer<BrowserPage> page; // null for list entries, and for pages rebuilt when shown
        QVariant state;             // saved when the entry was left
    };

    void show(int index);
    void saveCurrentState();
    BrowserPage* createPage(const BrowserLocation& location);
    void connectPage(BrowserPage* page);
    void dropPage(Entry& entry);
    void trimAlivePages();

    PackageListPage* m_list;
    QStackedWidget* m_stack;
    QPointer<RegistryBackend> m_backend;
    QList<Entry> m_entries;
    int m_index = -1;
};
