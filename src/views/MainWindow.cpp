#include "MainWindow.h"

#include "BrowserStack.h"
#include "ConnectionStatus.h"
#include "DownloadController.h"
#include "DownloadsPanel.h"
#include "HelpMenu.h"
#include "LiveIndicator.h"
#include "NavigationBar.h"
#include "PackageListPage.h"
#include "RegistryActions.h"
#include "RegistrySections.h"
#include "RegistrySidebar.h"
#include "WindowSettings.h"
#include "icons/ThemedIcon.h"
#include "models/PackageListModel.h"
#include "pages/StatefulPage.h"
#include "publish/PublishLauncher.h"
#include "registry/RegistryBackend.h"
#include "session/RegistrySession.h"
#include "views/PreferencesDialog.h"
#include "views/auth/AccountController.h"
#include "views/auth/AccountStatusWidget.h"
#include "views/console/ConsoleLauncher.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>

#include <utility>

MainWindow::MainWindow(const Options& options, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(new Workspace(options, this))
{
    setWindowTitle(tr("Depot"));
    m_navigation = new NavigationBar(this);
    m_accounts = new AccountController(m_workspace, this);
    createWidgets();
    createActions();

    QSettings registries;
    const WindowSettings settings;
    const QUrl wanted = m_workspace->load(registries, settings.value("lastRegistry").toUrl());
    settings.restoreLayout(this, {{"splitter", m_splitter}, {"splitterSidebar", m_left}});
    if (settings.value("downloadsShown").toBool())
        m_downloads->panel(); // as it was: it comes back where it was docked
    // The last page comes back once its registry answers (the pages need a connected backend).
    if (settings.value("lastPageRegistry").toUrl() == wanted) {
        const BrowserLocation last = BrowserLocation::fromString(settings.value("lastPage").toString());
        if (last != BrowserLocation{}) {
            m_restoreLocation = last;
            m_restoreRegistry = wanted;
        }
    }
    m_pendingReference = options.openReference;   // wins over the last page
    m_pendingNotice = m_workspace->addedNotice(); // said once the window shows
    connect(m_workspace, &Workspace::sessionChanged, this, &MainWindow::onSessionChanged);
    connect(m_workspace, &Workspace::connected, this, &MainWindow::onConnected);
    connect(m_workspace, &Workspace::recovered, this, &MainWindow::reloadFailedPage);
    connect(m_workspace, &Workspace::statusChanged, this, [this] {
        updateActions();
        updateWindowTitle(); // a renamed registry
        // Offline at start: the last page (or the one asked for) opens anyway, from what Depot kept of it; it
        // refreshes once the registry is back.
        if (m_workspace->isOffline() && m_browser->backend())
            openPendingPage();
    });
    m_workspace->open(wanted);
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_registryActions = new RegistryActions(
        m_workspace, [this] { return m_sidebar->selectedUrl(); }, this);
    QAction* add = m_registryActions->addAction();
    QAction* edit = m_registryActions->editAction();
    QAction* remove = m_registryActions->removeAction();
    m_refreshAction = new QAction(themedIcon(QStringLiteral("view-refresh"), QStyle::SP_BrowserReload),
                                  tr("Re&fresh"), this);
    m_refreshAction->setToolTip(tr("Connect again and reload the package list (F5)"));
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    QAction* quit = new QAction(themedIcon(QStringLiteral("application-exit"), QStyle::SP_DialogCloseButton),
                                tr("&Quit"), this);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    m_publishAction = new QAction(tr("&Publish…"), this);
    m_publishAction->setObjectName(QStringLiteral("publishAction"));
    m_publishAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_publishAction, &QAction::triggered, this, &MainWindow::openPublishWizard);

    menuBar()->addMenu(tr("&File"))->addAction(quit);
    QMenu* registryMenu = menuBar()->addMenu(tr("&Registry"));
    registryMenu->setToolTipsVisible(true); // a greyed item says why in its tooltip
    registryMenu->addActions({add, edit, remove});
    registryMenu->addSeparator();
    registryMenu->addActions({m_refreshAction, m_publishAction});
    QMenu* goMenu = menuBar()->addMenu(tr("&Go"));
    goMenu->addActions({m_navigation->backAction(), m_navigation->forwardAction()});
    goMenu->addSeparator();
    goMenu->addActions({m_navigation->latestAction(), m_navigation->findAction()});
    goMenu->addAction(m_downloads->toggleAction());
    m_accounts->addMenu(menuBar());
    new ConsoleLauncher(m_workspace, this); // Tools ▸ GraphQL Console
    // Tools ▸ Preferences, in the menu the console launcher just added (the last one so far).
    PreferencesDialog::addAction(menuBar()->actions().constLast()->menu(), this);
    addHelpMenu(menuBar(), this);

    m_navigation->addToolBar(this, {add, m_refreshAction});

    m_sidebar->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_sidebar->addActions({edit, remove, m_refreshAction});
}

void MainWindow::createWidgets()
{
    m_sidebar = new RegistrySidebar(m_workspace, this);
    connect(m_sidebar, &RegistrySidebar::selectionFollowed, this, &MainWindow::updateActions);

    m_page = new PackageListPage(m_workspace->packages(), m_navigation->searchField(), this);
    m_page->setWorkspace(m_workspace);
    m_browser = new BrowserStack(m_page, this);
    m_browser->setAccessibleName(tr("Page"));
    m_downloads = new DownloadController(m_workspace, this);
    connect(m_browser, &BrowserStack::downloadRequested, m_downloads, &DownloadController::request);
    connect(m_browser, &BrowserStack::fileDownloadRequested, m_downloads, &DownloadController::download);
    m_navigation->setBrowser(m_browser);
    connect(m_browser, &BrowserStack::currentChanged, this, &MainWindow::onBrowserChanged);
    connect(m_browser, &BrowserStack::listTermRequested, this, [this](const QString& term) {
        m_navigation->showTerm(term);
        search(term);
    });
    connect(m_navigation, &NavigationBar::searchRequested, this, [this](const QString& term) {
        // Typing over the list changes it in place; typing on another page goes to the list, as a new entry.
        if (m_browser->currentLocation().kind == BrowserLocation::Kind::List) {
            m_browser->setCurrentListTerm(term);
            search(term);
        } else {
            m_browser->open({BrowserLocation::Kind::List, term});
        }
    });
    // Enter on a reference ("opendata/world-cities", "wasmer/hello@0.2.0") opens that package; a word
    // searches.
    connect(m_navigation, &NavigationBar::submitted, this, [this](const QString& text) {
        const bool looksLikeReference = text.contains(QLatin1Char('/')) || text.contains(QLatin1Char('@'));
        RegistryBackend* backend = session() ? session()->backend() : nullptr;
        if (looksLikeReference && backend && backend->packageReference(text)) {
            openReference(text);
            return;
        }
        emit m_navigation->searchRequested(text);
    });
    connect(m_navigation, &NavigationBar::resultsRequested, this, [this] {
        if (m_browser->currentPage() == m_page)
            m_page->focusResults();
    });
    m_sections = new RegistrySections(this);
    connect(m_sections, &RegistrySections::latestRequested, m_navigation->latestAction(), &QAction::trigger);
    connect(m_sections, &RegistrySections::locationRequested, m_browser, &BrowserStack::open);
    connect(m_page, &PackageListPage::addRegistryRequested, this, &MainWindow::addRegistry);
    connect(m_page, &PackageListPage::editRegistryRequested, this, &MainWindow::editRegistry);
    connect(m_page, &PackageListPage::signInRequested, m_accounts, &AccountController::signIn);
    connect(m_browser, &BrowserStack::signInRequested, m_accounts, &AccountController::signIn);

    // The sidebar: the registries, and under them what the selected one offers to browse.
    m_left = new QSplitter(Qt::Vertical, this);
    m_left->setObjectName(QStringLiteral("sidebarSplitter"));
    m_left->setAccessibleName(tr("Sidebar"));
    m_left->addWidget(m_sidebar);
    m_left->addWidget(m_sections);
    m_left->setStretchFactor(1, 1);
    m_left->setSizes({180, 480});
    m_left->setChildrenCollapsible(false);
    m_splitter = new QSplitter(this);
    m_splitter->addWidget(m_left);
    m_splitter->addWidget(m_accounts->withMessages(m_browser));
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({230, 870});
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setAccessibleName(tr("Registries and packages"));
    setCentralWidget(m_splitter);

    statusBar()->setAccessibleName(tr("Status"));
    menuBar()->setAccessibleName(tr("Menu"));
    m_status = new ConnectionStatus(m_workspace, statusBar());
    connect(m_status, &ConnectionStatus::retryRequested, this, &MainWindow::refresh);
    statusBar()->addPermanentWidget(new LiveIndicator(m_workspace, statusBar()));
    statusBar()->addPermanentWidget(m_accounts->statusWidget());

    // Tab reads the window from the top (not in the order the widgets were made): the search field, the
    // registries, what they offer, then the page.
    QList<QWidget*> order = {m_navigation->searchField(), m_sidebar};
    order << m_sections->tabOrder() << m_page->table();
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void MainWindow::saveSettings() const
{
    WindowSettings settings;
    settings.saveLayout(this, {{"splitter", m_splitter}, {"splitterSidebar", m_left}});
    settings.put("downloadsShown", m_downloads->isPanelShown());
    // The page shown at the end and the registry it belongs to: shown again at the next start.
    if (RegistrySession* open = session()) {
        settings.put("lastRegistry", open->entry().url);
        settings.put("lastPage", m_browser->currentLocation().toString());
        settings.put("lastPageRegistry", open->entry().url);
    }
    m_workspace->saveRegistries();
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    // Not earlier: QStatusBar hides only the visible widgets under a message, so one given before the window
    // shows would be drawn over the status line.
    if (!m_pendingNotice.isEmpty())
        statusBar()->showMessage(std::exchange(m_pendingNotice, QString()), 10000);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    event->accept();
}

void MainWindow::onSessionChanged(RegistrySession* session)
{
    // Another registry: its own history, from its latest packages; nothing to browse until it answers.
    m_page->setSession(session);
    m_sections->setBackend(nullptr);
    m_browser->reset(); // first: no page is rebuilt for a backend that goes
    m_browser->setBackend(nullptr);
    // Pages of the old backend (other credentials) are rebuilt for the new one.
    if (session)
        connect(session, &RegistrySession::backendCreated, m_browser, &BrowserStack::setBackend);
    m_sidebar->selectOpenRegistry();
    updateWindowTitle();
}

void MainWindow::onConnected(RegistryBackend* backend, bool recovered)
{
    m_browser->setBackend(backend);
    m_sections->setBackend(backend);
    m_sections->reload();
    // Back after an outage, or connected again with another credential (signed in on a page that asked for
    // it): a page that failed to load tries again.
    auto* page = qobject_cast<StatefulPage*>(m_browser->currentPage());
    if (page && (recovered || page->hasFailed()))
        reloadFailedPage();
    openPendingPage();
}

void MainWindow::openPendingPage()
{
    if (!m_pendingReference.isEmpty()) {
        m_restoreLocation.reset();
        openReference(std::exchange(m_pendingReference, QString()));
    }
    if (m_restoreLocation && session() && session()->entry().url == m_restoreRegistry) {
        const BrowserLocation location = *std::exchange(m_restoreLocation, std::nullopt);
        if (location.kind != BrowserLocation::Kind::List)
            m_browser->open(location); // on top of the list: Back leads to it
        else if (!location.key.isEmpty()) {
            m_navigation->showTerm(location.key);
            m_browser->setCurrentListTerm(location.key);
            search(location.key);
        }
    }
}

bool MainWindow::openReference(const QString& reference)
{
    RegistryBackend* backend =
        session() && (session()->state() == RegistrySession::State::Connected || m_workspace->isOffline())
            ? session()->backend()
            : nullptr;
    if (!backend) {
        m_pendingReference = reference;
        return true;
    }
    const std::optional<PackageId> id = backend->packageReference(reference);
    if (!id) {
        statusBar()->showMessage(tr("“%1” does not name a package of this registry.").arg(reference), 8000);
        return false;
    }
    m_browser->open(BrowserLocation::package(*id, backend->referencedVersion(reference)));
    return true;
}

void MainWindow::reloadFailedPage()
{
    // A page that could not load while the registry was away loads now (the list reloads with the session).
    m_sections->reload();
    auto* page = qobject_cast<StatefulPage*>(m_browser->currentPage());
    if (page && (!page->isShowingContent() || page->isShowingCached()))
        page->reload();
}

void MainWindow::updateActions()
{
    m_registryActions->updateActions();
    m_refreshAction->setEnabled(session() != nullptr);
    PublishLauncher::updateAction(m_publishAction, session() ? session()->backend() : nullptr);
    // Said now, not after a form filled in for nothing.
    if (m_workspace->isOffline() && m_publishAction->isEnabled()) {
        m_publishAction->setEnabled(false);
        m_publishAction->setToolTip(m_workspace->offlineText(tr("Publishing")));
    }
}

void MainWindow::refresh()
{
    m_workspace->refresh();
    // The list reloads with the session; any other page reloads itself.
    if (m_browser->currentPage() != m_page)
        m_browser->reloadCurrent();
}

void MainWindow::addRegistry()
{
    m_registryActions->add();
}

void MainWindow::editRegistry()
{
    m_registryActions->edit();
}

void MainWindow::removeRegistry()
{
    m_registryActions->remove();
}

void MainWindow::openPublishWizard()
{
    // "Open the package page" is the same request as activating the package in the list.
    PublishLauncher::open(session() ? session()->backend() : nullptr, m_accounts->current(), this,
                          [page = QPointer<PackageListPage>(m_page)](const PackageId& id) {
                              if (page)
                                  emit page->packageActivated(id);
                          });
}

void MainWindow::goBack()
{
    m_browser->back();
}

void MainWindow::goForward()
{
    m_browser->forward();
}

void MainWindow::search(const QString& term)
{
    // The session replaces the list's source: the model cancels the request in flight and drops any answer
    // for an older term or cursor.
    if (session())
        session()->setSearchText(term);
    m_sections->setSearchTerm(term);
}

void MainWindow::onBrowserChanged()
{
    m_navigation->updateHistory();
    m_sections->setCurrentLocation(m_browser->currentLocation());
    updateWindowTitle();
}

void MainWindow::updateWindowTitle()
{
    // The page first: it is what changes, and what a screen reader announces when switching windows.
    BrowserPage* page = m_browser ? m_browser->currentPage() : nullptr;
    if (!session())
        setWindowTitle(tr("Depot"));
    else if (!page || page->title().isEmpty())
        setWindowTitle(tr("%1 — Depot").arg(session()->entry().name));
    else
        //: Window title: page, registry, application
        setWindowTitle(tr("%1 — %2 — Depot").arg(page->title(), session()->entry().name));
}
