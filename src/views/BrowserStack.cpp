#include "BrowserStack.h"

#include "PackageListPage.h"
#include "core/Logging.h"
#include "pages/InterfacePage.h"
#include "pages/PackageDetailsPage.h"
#include "pages/PackageGroupPage.h"
#include "pages/UserPage.h"
#include "registry/RegistryBackend.h"

#include <QDesktopServices>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
// Pages kept alive besides the one shown; older entries keep their saved state only (memory, and
// requests: a live page may still be loading).
constexpr int kMaxAlivePages = 8;
} // namespace

BrowserStack::BrowserStack(PackageListPage* listPage, QWidget* parent)
    : QWidget(parent)
    , m_list(listPage)
    , m_stack(new QStackedWidget(this))
{
    m_stack->addWidget(m_list);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    connect(m_list, &PackageListPage::packageActivated, this, [this](const PackageId& id) {
        open({BrowserLocation::Kind::Package, id.toString()});
    });
    connect(m_list, &BrowserPage::titleChanged, this, &BrowserStack::currentChanged);
    connect(m_list, &PackageListPage::groupActivated, this, [this](const QString& slug) {
        open({BrowserLocation::Kind::Catalog, slug});
    });
    connect(m_list, &PackageListPage::userActivated, this, [this](const QString& username) {
        open({BrowserLocation::Kind::User, username});
    });
    reset();
}

BrowserStack::~BrowserStack()
{
    // The pages cancel their jobs in their destructors; they go before the backend does.
    for (Entry& entry : m_entries)
        dropPage(entry);
}

void BrowserStack::setBackend(RegistryBackend* backend)
{
    if (m_backend == backend)
        return;
    // Pages talk to the backend they were made with: keep what they show, rebuild them for the new one.
    saveCurrentState();
    for (Entry& entry : m_entries)
        dropPage(entry);
    m_backend = backend;
    if (m_index >= 0)
        show(m_index);
}

void BrowserStack::reset(const BrowserLocation& start)
{
    for (Entry& entry : m_entries)
        dropPage(entry);
    m_entries = {Entry{start, nullptr, {}}};
    m_index = -1;
    show(0);
}

void BrowserStack::open(const BrowserLocation& location)
{
    if (m_index >= 0 && m_entries.at(m_index).location == location)
        return;
    qCDebug(lcViews).noquote() << "open" << location.toString();
    saveCurrentState();
    // A new way forward replaces the old one, as in a web browser.
    while (m_entries.size() > m_index + 1) {
        dropPage(m_entries.last());
        m_entries.removeLast();
    }
    m_entries.append(Entry{location, nullptr, {}});
    show(int(m_entries.size()) - 1);
}

void BrowserStack::setCurrentListTerm(const QString& term)
{
    if (m_index < 0 || m_entries.at(m_index).location.kind != BrowserLocation::Kind::List)
        return;
    Entry& entry = m_entries[m_index];
    if (entry.location.key == term)
        return;
    entry.location.key = term;
    entry.state = {}; // the rows and scroll position of another search mean nothing here
    emit currentChanged();
}

void BrowserStack::back()
{
    if (canGoBack()) {
        saveCurrentState();
        show(m_index - 1);
    }
}

void BrowserStack::forward()
{
    if (canGoForward()) {
        saveCurrentState();
        show(m_index + 1);
    }
}

void BrowserStack::goTo(int index)
{
    if (index < 0 || index >= m_entries.size() || index == m_index)
        return;
    saveCurrentState();
    show(index);
}

void BrowserStack::reloadCurrent()
{
    if (BrowserPage* page = currentPage())
        page->reload();
}

BrowserLocation BrowserStack::currentLocation() const
{
    return m_index >= 0 ? m_entries.at(m_index).location : BrowserLocation{};
}

BrowserPage* BrowserStack::currentPage() const
{
    return qobject_cast<BrowserPage*>(m_stack->currentWidget());
}

QString BrowserStack::titleAt(int offset) const
{
    const int index = m_index + offset;
    if (index < 0 || index >= m_entries.size())
        return QString();
    const Entry& entry = m_entries.at(index);
    if (entry.page)
        return entry.page->title();
    switch (entry.location.kind) {
    case BrowserLocation::Kind::List:
        return entry.location.key.isEmpty() ? PackageListPage::tr("Latest packages")
                                            : PackageListPage::tr("Search for “%1”").arg(entry.location.key);
    case BrowserLocation::Kind::Package:
    case BrowserLocation::Kind::Catalog:
    case BrowserLocation::Kind::Collection:
    case BrowserLocation::Kind::User:
    case BrowserLocation::Kind::Interface:
        break;
    }
    return entry.location.key;
}

void BrowserStack::saveCurrentState()
{
    if (m_index < 0 || m_index >= m_entries.size())
        return;
    Entry& entry = m_entries[m_index];
    if (entry.location.kind == BrowserLocation::Kind::List)
        entry.state = m_list->saveState();
    else if (entry.page)
        entry.state = entry.page->saveState();
}

void BrowserStack::show(int index)
{
    m_index = index;
    Entry& entry = m_entries[index];
    if (entry.location.kind == BrowserLocation::Kind::List) {
        emit listTermRequested(entry.location.key);
        if (entry.state.isValid())
            m_list->restoreState(entry.state);
        m_stack->setCurrentWidget(m_list);
    } else {
        if (!entry.page) {
            entry.page = createPage(entry.location);
            m_stack->addWidget(entry.page);
            if (entry.state.isValid())
                entry.page->restoreState(entry.state);
        }
        m_stack->setCurrentWidget(entry.page);
    }
    trimAlivePages();
    emit currentChanged();
}

BrowserPage* BrowserStack::createPage(const BrowserLocation& location)
{
    BrowserPage* page = nullptr;
    switch (location.kind) {
    case BrowserLocation::Kind::List:
        return m_list;
    case BrowserLocation::Kind::Package:
        page = new PackageDetailsPage(m_backend, location.packageId(), location.packageVersion(), this);
        break;
    case BrowserLocation::Kind::Catalog:
        page = new PackageGroupPage(m_backend, RegistryPart::Catalogs, location.key, this);
        break;
    case BrowserLocation::Kind::Collection:
        page = new PackageGroupPage(m_backend, RegistryPart::Collections, location.key, this);
        break;
    case BrowserLocation::Kind::User:
        page = new UserPage(m_backend, location.key, this);
        break;
    case BrowserLocation::Kind::Interface:
        page = new InterfacePage(m_backend, location.key, this);
        break;
    }
    connectPage(page);
    return page;
}

void BrowserStack::connectPage(BrowserPage* page)
{
    connect(page, &BrowserPage::titleChanged, this, &BrowserStack::currentChanged);
    connect(page, &BrowserPage::openPackage, this, [this](const PackageId& id) {
        open({BrowserLocation::Kind::Package, id.toString()});
    });
    connect(
        page, &BrowserPage::openPackageVersion, this,
        [this](const PackageId& id, const QString& version) { open(BrowserLocation::package(id, version)); });
    connect(page, &BrowserPage::openInterface, this, [this](const QString& name) {
        open({BrowserLocation::Kind::Interface, name});
    });
    connect(page, &BrowserPage::downloadRequested, this, &BrowserStack::downloadRequested);
    connect(page, &BrowserPage::fileDownloadRequested, this, &BrowserStack::fileDownloadRequested);
    connect(page, &BrowserPage::openCatalog, this, [this](const QString& slug) {
        open({BrowserLocation::Kind::Catalog, slug});
    });
    connect(page, &BrowserPage::openCollection, this, [this](const QString& slug) {
        open({BrowserLocation::Kind::Collection, slug});
    });
    connect(page, &BrowserPage::openUser, this, [this](const QString& username) {
        open({BrowserLocation::Kind::User, username});
    });
    connect(page, &BrowserPage::signInRequested, this, &BrowserStack::signInRequested);
    // Websites and other external links belong in the user's web browser, never inside Depot.
    connect(page, &BrowserPage::openUrl, this, [](const QUrl& url) {
        if (url.isValid() &&
            (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
            QDesktopServices::openUrl(url);
    });
}

void BrowserStack::dropPage(Entry& entry)
{
    if (!entry.page)
        return;
    BrowserPage* page = entry.page;
    entry.page = nullptr;
    m_stack->removeWidget(page);
    delete page; // now, not later: its jobs are cancelled before the backend can go
}

void BrowserStack::trimAlivePages()
{
    int alive = 0;
    for (const Entry& entry : std::as_const(m_entries))
        alive += entry.page && entry.page != currentPage() ? 1 : 0;
    // The farthest from the current entry go first: they are the least likely to be shown again soon.
    while (alive > kMaxAlivePages) {
        int farthest = -1;
        for (int i = 0; i < m_entries.size(); ++i) {
            if (i != m_index && m_entries.at(i).page &&
                (farthest < 0 || qAbs(i - m_index) > qAbs(farthest - m_index)))
                farthest = i;
        }
        if (farthest < 0)
            break;
        Entry& entry = m_entries[farthest];
        entry.state = entry.page->saveState();
        dropPage(entry);
        --alive;
    }
}
