#include "MainWindow.h"

#include "BrowserStack.h"
#include "MessagePage.h"
#include "PackageListPage.h"
#include "RegistryDialog.h"
#include "RegistryItemDelegate.h"
#include "RegistrySections.h"
#include "ThemedIcon.h"
#include "models/PackageListModel.h"
#include "models/RegistryListModel.h"
#include "models/RegistrySession.h"
#include "pages/StatefulPage.h"
#include "publish/PublishWizard.h"
#include "registry/RegistryList.h"
#include "views/auth/AccountController.h"
#include "views/auth/AccountStatusWidget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kSplitterKey = QStringLiteral("window/splitter");
const QString kLastRegistryKey = QStringLiteral("window/lastRegistry");
// The page shown at the end (BrowserLocation::toString()) and the registry it belongs to. No secrets.
const QString kLastPageKey = QStringLiteral("window/lastPage");
const QString kLastPageRegistryKey = QStringLiteral("window/lastPageRegistry");
// Search as you type: one request per pause, not per key.
constexpr int kSearchDebounceMs = 250;
// While the registry does not answer: the first retry after a second, then twice as long each time.
constexpr int kFirstReconnectMs = 1000;
constexpr int kMaxReconnectMs = 15000;

bool isUnreachable(const Error& error)
{
    return error.kind == Error::Kind::Network || error.kind == Error::Kind::Timeout;
}

} // namespace

MainWindow::MainWindow(const Options& options, QWidget* parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_network(new QNetworkAccessManager(this))
    , m_registries(new RegistryList(this))
    , m_registryModel(new RegistryListModel(m_registries, this))
    , m_packages(new PackageListModel(this))
{
    setWindowTitle(tr("Depot"));
    createActions();
    createWidgets();

    QSettings settings;
    const bool listChanged = m_registries->load(settings, m_options.localRegistryUrl);
    QUrl wanted = settings.value(kLastRegistryKey).toUrl();
    if (m_options.registryUrl.isValid()) {
        wanted = m_options.registryUrl;
        if (m_registries->indexOfUrl(wanted) < 0) {
            RegistryEntry entry;
            entry.name = wanted.port() < 0
                             ? wanted.host()
                             : wanted.host() + QLatin1Char(':') + QString::number(wanted.port());
            entry.url = wanted;
            entry.forcedDialect = m_options.dialect;
            m_temporaryUrl = wanted;
            m_registries->add(entry);
        }
    }
    if (listChanged)
        saveRegistries(); // the first run's presets are now the user's list
    connect(m_registries, &RegistryList::changed, this, &MainWindow::onRegistriesChanged);

    restoreSettings();
    // The last page comes back once its registry answers (the pages need a connected backend).
    if (settings.value(kLastPageRegistryKey).toUrl() == wanted) {
        const BrowserLocation last = BrowserLocation::fromString(settings.value(kLastPageKey).toString());
        if (last != BrowserLocation{}) {
            m_restoreLocation = last;
            m_restoreRegistry = wanted;
        }
    }
    qApp->installEventFilter(this);
    const int row = m_registries->indexOfUrl(wanted);
    selectRow(row >= 0 ? row : 0);
    updateStatus();
    updateActions();
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this); // no mouse buttons for a window on its way out
    // Sessions' backends use m_network: they go first, not in QObject's child order (the network manager
    // was created before them). That includes sessions still waiting for deleteLater().
    const QList<RegistrySession*> sessions = findChildren<RegistrySession*>(Qt::FindDirectChildrenOnly);
    for (RegistrySession* session : sessions)
        session->stop();
    qDeleteAll(sessions);
}

RegistrySession* MainWindow::session() const
{
    return m_session;
}

void MainWindow::createActions()
{
    createBrowsing(); // Back, Forward, the search field: the Go menu and the toolbar show them
    m_addAction = new QAction(themedIcon(QStringLiteral("list-add"), QStyle::SP_FileDialogNewFolder),
                              tr("&Add Registry…"), this);
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_addAction->setToolTip(tr("Add a registry by its GraphQL address"));
    connect(m_addAction, &QAction::triggered, this, &MainWindow::addRegistry);

    m_editAction = new QAction(themedIcon(QStringLiteral("document-edit"), QStyle::SP_FileDialogDetailedView),
                               tr("&Edit Registry…"), this);
    m_editAction->setToolTip(tr("Change the name, address or kind of the selected registry"));
    connect(m_editAction, &QAction::triggered, this, &MainWindow::editRegistry);

    m_removeAction = new QAction(themedIcon(QStringLiteral("list-remove"), QStyle::SP_TrashIcon),
                                 tr("&Remove Registry…"), this);
    m_removeAction->setToolTip(tr("Remove the selected registry from the list"));
    connect(m_removeAction, &QAction::triggered, this, &MainWindow::removeRegistry);

    m_refreshAction = new QAction(themedIcon(QStringLiteral("view-refresh"), QStyle::SP_BrowserReload),
                                  tr("Re&fresh"), this);
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setToolTip(tr("Connect again and reload the package list (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_quitAction = new QAction(themedIcon(QStringLiteral("application-exit"), QStyle::SP_DialogCloseButton),
                               tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_quitAction);
    QMenu* registryMenu = menuBar()->addMenu(tr("&Registry"));
    registryMenu->addAction(m_addAction);
    registryMenu->addAction(m_editAction);
    registryMenu->addAction(m_removeAction);
    registryMenu->addSeparator();
    registryMenu->addAction(m_refreshAction);
    // Publishing (issue 6): enabled for a connected registry that can publish (checked again when it runs).
    QAction* publishAction = registryMenu->addAction(tr("&Publish…"));
    publishAction->setObjectName(QStringLiteral("publishAction"));
    publishAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    publishAction->setToolTip(tr("Publish a package to the selected registry (Ctrl+Shift+P)"));
    connect(publishAction, &QAction::triggered, this, &MainWindow::openPublishWizard);
    connect(registryMenu, &QMenu::aboutToShow, publishAction, [this, publishAction] {
        RegistryBackend* backend = m_session ? m_session->backend() : nullptr;
        publishAction->setEnabled(backend && backend->capabilities().testFlag(Capability::Publish));
    });
    // Browsing (issue 4): the same navigation as the toolbar and the keys, findable in a menu.
    QMenu* goMenu = menuBar()->addMenu(tr("&Go"));
    goMenu->addAction(m_backAction);
    goMenu->addAction(m_forwardAction);
    goMenu->addSeparator();
    goMenu->addAction(m_latestAction);
    goMenu->addAction(m_findAction);
    m_accounts = new AccountController(this);
    m_accounts->addMenu(menuBar());
    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* about = helpMenu->addAction(tr("&About Depot"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Depot"),
                           tr("Depot %1\n\nBrowse GraphQL package registries: DataPM, Wasmer and Metabind.")
                               .arg(QCoreApplication::applicationVersion()));
    });

    QToolBar* toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar")); // saveState() needs a name
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addAction(m_backAction);
    toolBar->addAction(m_forwardAction);
    toolBar->addSeparator();
    toolBar->addAction(m_addAction);
    toolBar->addAction(m_refreshAction);
    // The search field at the right end, as wide as it is useful.
    auto* spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addWidget(m_search);
    // The back and forward buttons show their icon only: their names are for screen readers. Held down
    // (or with the arrow), they list the pages they lead to, as in a web browser.
    for (QAction* action : {m_backAction, m_forwardAction}) {
        auto* button = qobject_cast<QToolButton*>(toolBar->widgetForAction(action));
        if (!button)
            continue;
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        button->setAccessibleName(action->text().remove(QLatin1Char('&')));
        auto* history = new QMenu(button);
        const int step = action == m_backAction ? -1 : 1;
        connect(history, &QMenu::aboutToShow, this, [this, history, step] {
            history->clear();
            constexpr int kMaxItems = 12;
            for (int offset = step; qAbs(offset) <= kMaxItems; offset += step) {
                const int index = m_browser->historyIndex() + offset;
                if (index < 0 || index >= m_browser->historySize())
                    break;
                QAction* item = history->addAction(m_browser->titleAt(offset));
                connect(item, &QAction::triggered, this, [this, index] { m_browser->goTo(index); });
            }
        });
        button->setMenu(history);
        button->setPopupMode(QToolButton::DelayedPopup);
    }
    // The overflow button has no text of its own; screen readers need a name for it.
    if (auto* extension = toolBar->findChild<QWidget*>(QStringLiteral("qt_toolbar_ext_button")))
        extension->setAccessibleName(tr("More tools"));
}

void MainWindow::createWidgets()
{
    m_sidebar = new QListView(this);
    m_sidebar->setModel(m_registryModel);
    m_sidebar->setAccessibleName(tr("Registries"));
    m_sidebar->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sidebar->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sidebar->setItemDelegate(new RegistryItemDelegate(m_sidebar));
    m_sidebar->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_sidebar->addAction(m_editAction);
    m_sidebar->addAction(m_removeAction);
    m_sidebar->addAction(m_refreshAction);
    connect(m_sidebar->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCurrentRowChanged);

    m_page = new PackageListPage(m_packages, m_search, this);
    m_browser = new BrowserStack(m_page, this);
    m_browser->setAccessibleName(tr("Page"));
    connect(m_browser, &BrowserStack::currentChanged, this, &MainWindow::onBrowserChanged);
    connect(m_browser, &BrowserStack::listTermRequested, this, &MainWindow::onListTermRequested);
    m_sections = new RegistrySections(this);
    connect(m_sections, &RegistrySections::latestRequested, this, &MainWindow::clearSearch);
    connect(m_sections, &RegistrySections::catalogRequested, this, [this](const QString& slug) {
        m_browser->open({BrowserLocation::Kind::Catalog, slug});
    });
    connect(m_sections, &RegistrySections::collectionRequested, this, [this](const QString& slug) {
        m_browser->open({BrowserLocation::Kind::Collection, slug});
    });
    connect(m_packages, &PackageListModel::stateChanged, this, &MainWindow::onListStateChanged);
    connect(m_page, &PackageListPage::addRegistryRequested, this, &MainWindow::addRegistry);
    connect(m_page, &PackageListPage::editRegistryRequested, this, &MainWindow::editRegistry);

    // The sidebar: the registries, and under them what the selected one offers to browse.
    auto* left = new QSplitter(Qt::Vertical, this);
    left->setObjectName(QStringLiteral("sidebarSplitter"));
    left->setAccessibleName(tr("Sidebar"));
    left->addWidget(m_sidebar);
    left->addWidget(m_sections);
    left->setStretchFactor(0, 0);
    left->setStretchFactor(1, 1);
    left->setSizes({180, 480});
    left->setChildrenCollapsible(false);
    m_sidebar->setMinimumHeight(80);

    m_splitter = new QSplitter(this);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_browser);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({260, 840});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_statusText = new QLabel(this);
    m_statusText->setObjectName(QStringLiteral("connectionStatus"));
    m_statusText->setTextFormat(Qt::PlainText);
    m_statusRetry = new QPushButton(tr("Retry"), this);
    m_statusRetry->setObjectName(QStringLiteral("connectionRetry"));
    m_statusRetry->setAccessibleDescription(tr("Connect to the registry again"));
    m_statusRetry->hide();
    connect(m_statusRetry, &QPushButton::clicked, this, &MainWindow::refresh);
    statusBar()->setAccessibleName(tr("Status"));
    menuBar()->setAccessibleName(tr("Menu"));
    m_splitter->setAccessibleName(tr("Registries and packages"));
    statusBar()->addWidget(m_statusText, 1);
    statusBar()->addPermanentWidget(m_statusRetry);
    statusBar()->addPermanentWidget(m_accounts->statusWidget());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1180, 720);
    restoreState(settings.value(kStateKey).toByteArray());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    if (auto* left = findChild<QSplitter*>(QStringLiteral("sidebarSplitter")))
        left->restoreState(settings.value(kSplitterKey + QStringLiteral("Sidebar")).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    // Only what changed: QSettings rewrites and syncs the whole file for any change, and a window closed
    // as it was opened then writes nothing.
    auto put = [&settings](const QString& key, const QVariant& value) {
        if (settings.value(key) != value)
            settings.setValue(key, value);
    };
    put(kGeometryKey, saveGeometry());
    put(kStateKey, saveState());
    put(kSplitterKey, m_splitter->saveState());
    if (m_session)
        put(kLastRegistryKey, m_session->entry().url);
    if (auto* left = findChild<QSplitter*>(QStringLiteral("sidebarSplitter")))
        put(kSplitterKey + QStringLiteral("Sidebar"), left->saveState());
    if (m_session) {
        put(kLastPageKey, m_browser->currentLocation().toString());
        put(kLastPageRegistryKey, m_session->entry().url);
    }
    saveRegistries();
}

void MainWindow::saveRegistries() const
{
    QSettings settings;
    if (m_temporaryUrl.isEmpty()) {
        m_registries->save(settings);
        return;
    }
    RegistryList kept;
    for (const RegistryEntry& entry : m_registries->entries()) {
        if (entry.url != m_temporaryUrl)
            kept.add(entry);
    }
    kept.save(settings);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    event->accept();
}

int MainWindow::currentRow() const
{
    const QModelIndex current = m_sidebar->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void MainWindow::selectRow(int row)
{
    if (row < 0 || row >= m_registryModel->rowCount()) {
        if (m_session) {
            m_session->stop();
            m_session->deleteLater();
        }
        m_session = nullptr;
        m_page->setSession(nullptr);
        m_reconnectTimer->stop();
        m_sections->setBackend(nullptr);
        m_browser->reset(); // first: no page is rebuilt for a backend that goes
        m_browser->setBackend(nullptr);
        updateWindowTitle();
        updateStatus();
        updateActions();
        return;
    }
    m_sidebar->selectionModel()->setCurrentIndex(m_registryModel->index(row),
                                                 QItemSelectionModel::ClearAndSelect);
    // setCurrentIndex() says nothing when the row was already current (e.g. after a model reset).
    onCurrentRowChanged();
}

void MainWindow::onCurrentRowChanged()
{
    const int row = currentRow();
    if (row < 0 || row >= m_registries->entries().size())
        return; // a passing state while the list resets; onRegistriesChanged() selects again
    openRegistry(m_registries->entries().at(row));
}

void MainWindow::onRegistriesChanged()
{
    // The model was reset: select the open registry again, or a neighbour when it was removed.
    const int row = m_session ? m_registries->indexOfUrl(m_session->entry().url) : -1;
    if (row >= 0) {
        selectRow(row);
        return;
    }
    selectRow(qMin(qMax(0, m_lastRow), int(m_registries->entries().size()) - 1));
}

void MainWindow::openRegistry(const RegistryEntry& chosen)
{
    RegistryEntry entry = chosen;
    if (m_options.dialect && entry.url == m_options.registryUrl)
        entry.forcedDialect = m_options.dialect;
    m_lastRow = m_registries->indexOfUrl(entry.url);
    if (m_session && m_session->entry().url == entry.url &&
        m_session->entry().forcedDialect == entry.forcedDialect) {
        // The same registry: a rename or a remembered dialect does not need a new connection.
        m_session->setName(entry.name);
        updateWindowTitle();
        return;
    }

    if (m_session) {
        m_session->stop();
        m_session->deleteLater();
    }
    m_session = new RegistrySession(entry, m_network, m_packages, this);
    connect(m_session, &RegistrySession::stateChanged, this, [this] {
        onSessionStateChanged();
        updateStatus();
        updateActions();
    });
    // Pages of the old backend (another registry, or other credentials) are rebuilt for the new one.
    connect(m_session, &RegistrySession::backendCreated, m_browser, &BrowserStack::setBackend);
    RegistrySession* session = m_session;
    connect(m_session, &RegistrySession::dialectDetected, this, [this, session](Dialect dialect) {
        // Remember the detected kind so the next start skips the introspection round trip.
        const int index = m_registries->indexOfUrl(session->entry().url);
        if (index < 0)
            return;
        RegistryEntry updated = m_registries->entries().at(index);
        updated.detectedDialect = dialect;
        m_registries->replace(index, updated);
        saveRegistries();
    });
    updateWindowTitle();
    m_page->setSession(m_session);
    // Another registry: its own history, from its latest packages; no catalogs until it answers.
    m_reconnectTimer->stop();
    m_reconnectDelayMs = 0;
    m_reconnecting = false;
    m_sections->setBackend(nullptr);
    m_browser->reset(); // first: no page is rebuilt for a backend that goes
    m_browser->setBackend(nullptr);
    // Gives the session this registry's credentials (the stored key is read first, once), then starts it.
    m_accounts->attach(m_session);
    updateStatus();
    updateActions();
}

void MainWindow::updateStatus()
{
    if (!m_session) {
        m_statusText->setText(tr("No registry selected"));
        m_statusRetry->hide();
        return;
    }
    // While Depot tries again by itself, the line keeps saying why rather than flashing "Connecting…".
    const RegistrySession::State state = m_session->state();
    if (m_reconnecting &&
        (state == RegistrySession::State::Detecting || state == RegistrySession::State::Connecting))
        return;
    m_statusText->setText(m_session->statusText());
    m_statusRetry->setVisible(m_session->state() == RegistrySession::State::Failed);
}

void MainWindow::updateActions()
{
    const bool hasRegistry = currentRow() >= 0;
    m_editAction->setEnabled(hasRegistry);
    m_removeAction->setEnabled(hasRegistry);
    m_refreshAction->setEnabled(m_session != nullptr);
}

void MainWindow::refresh()
{
    if (!m_session)
        return;
    m_session->start();
    // The list reloads with the session; any other page reloads itself.
    if (m_browser->currentPage() != m_page)
        m_browser->reloadCurrent();
}

void MainWindow::addRegistry()
{
    auto* dialog = new RegistryDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const RegistryEntry entry = dialog->entry();
        const int existing = m_registries->indexOfUrl(entry.url);
        if (existing >= 0) {
            selectRow(existing); // already in the list: show it rather than keep two of the same
            return;
        }
        m_registries->add(entry);
        saveRegistries();
        selectRow(m_registries->indexOfUrl(entry.url));
    });
    dialog->open();
}

void MainWindow::editRegistry()
{
    const int row = currentRow();
    if (row < 0)
        return;
    auto* dialog = new RegistryDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEntry(m_registries->entries().at(row));
    const QUrl originalUrl = m_registries->entries().at(row).url;
    connect(dialog, &QDialog::accepted, this, [this, dialog, originalUrl] {
        const int index = m_registries->indexOfUrl(originalUrl);
        if (index < 0)
            return;
        const RegistryEntry entry = dialog->entry();
        const int clash = m_registries->indexOfUrl(entry.url);
        if (clash >= 0 && clash != index) {
            QMessageBox::warning(this, tr("Edit Registry"),
                                 tr("“%1” is already in the list.").arg(entry.url.toDisplayString()));
            return;
        }
        m_registries->replace(index, entry);
        saveRegistries();
        selectRow(m_registries->indexOfUrl(entry.url));
    });
    dialog->open();
}

void MainWindow::removeRegistry()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const RegistryEntry entry = m_registries->entries().at(row);
    auto* box = new QMessageBox(QMessageBox::Question, tr("Remove Registry"),
                                tr("Remove “%1” from the list?").arg(entry.name), QMessageBox::Cancel, this);
    box->setInformativeText(tr("Nothing is deleted on the registry itself. You can add it again later."));
    QPushButton* remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, url = entry.url] {
        if (box->clickedButton() != remove)
            return;
        const int index = m_registries->indexOfUrl(url);
        if (index < 0)
            return;
        m_lastRow = index;
        m_registries->remove(index);
        saveRegistries();
    });
    box->open();
}

void MainWindow::openPublishWizard()
{
    RegistryBackend* backend = m_session ? m_session->backend() : nullptr;
    if (!backend || !backend->capabilities().testFlag(Capability::Publish)) {
        QMessageBox::information(
            this, tr("Publish"),
            tr("Select a registry that Depot can publish to (DataPM) and wait until it is "
               "connected."));
        return;
    }
    // With the registry's account session the wizard signs in (or takes a key) by itself; without one (no
    // session yet) it asks with signInRequested.
    auto* wizard = new PublishWizard(backend, m_accounts->current(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // Another registry was opened: this backend goes away, and the wizard with it.
    connect(m_session, &QObject::destroyed, wizard, &QObject::deleteLater);
    // "Open the package page" is the same request as activating the package in the list.
    connect(wizard, &PublishWizard::openPackageRequested, m_page, &PackageListPage::packageActivated);
    connect(wizard, &PublishWizard::signInRequested, wizard, [wizard] {
        QMessageBox::information(wizard, PublishWizard::tr("Sign In"),
                                 PublishWizard::tr("Sign in to this registry first, then publish again."));
    });
    wizard->open();
}

// --- Browsing (issue 4): search, history, sidebar sections, recovery ---------------------------------------

void MainWindow::createBrowsing()
{
    m_backAction =
        new QAction(themedIcon(QStringLiteral("go-previous"), QStyle::SP_ArrowBack), tr("&Back"), this);
    m_backAction->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Back)});
    m_backAction->setObjectName(QStringLiteral("backAction"));
    connect(m_backAction, &QAction::triggered, this, &MainWindow::goBack);
    m_forwardAction =
        new QAction(themedIcon(QStringLiteral("go-next"), QStyle::SP_ArrowForward), tr("&Forward"), this);
    m_forwardAction->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::Key_Forward)});
    m_forwardAction->setObjectName(QStringLiteral("forwardAction"));
    connect(m_forwardAction, &QAction::triggered, this, &MainWindow::goForward);
    addAction(m_backAction);
    addAction(m_forwardAction);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("packageSearch"));
    m_search->setAccessibleName(tr("Search packages"));
    m_search->setPlaceholderText(tr("Search packages (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(280);
    m_search->setMaximumWidth(420);
    // The clear button is an icon only: screen readers need its name.
    const QList<QToolButton*> searchButtons = m_search->findChildren<QToolButton*>();
    for (QToolButton* button : searchButtons)
        button->setAccessibleName(tr("Clear search"));

    // Ctrl+F as everywhere, Ctrl+K as in browsers and chat apps: both put the cursor in the search.
    m_findAction = new QAction(tr("&Find Packages"), this);
    m_findAction->setShortcuts({QKeySequence(QKeySequence::Find), QKeySequence(Qt::CTRL | Qt::Key_K)});
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(m_findAction);
    m_latestAction = new QAction(themedIcon(QStringLiteral("go-home"), QStyle::SP_DirHomeIcon),
                                 tr("&Latest Packages"), this);
    m_latestAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    connect(m_latestAction, &QAction::triggered, this, &MainWindow::clearSearch);
    addAction(m_latestAction);
    // Escape in the search field: back to the latest packages.
    auto* clear = new QAction(tr("Clear Search"), m_search);
    clear->setShortcut(QKeySequence(Qt::Key_Escape));
    clear->setShortcutContext(Qt::WidgetShortcut);
    connect(clear, &QAction::triggered, this, &MainWindow::clearSearch);
    m_search->addAction(clear);
    // Down from the search field goes to the results, so that Enter then opens one: no mouse needed.
    auto* toResults = new QAction(tr("Go to Results"), m_search);
    toResults->setShortcut(QKeySequence(Qt::Key_Down));
    toResults->setShortcutContext(Qt::WidgetShortcut);
    connect(toResults, &QAction::triggered, this, [this] {
        if (m_browser->currentPage() != m_page || !m_page->isShowingTable())
            return;
        QTableView* table = m_page->table();
        table->setFocus(Qt::ShortcutFocusReason);
        if (!table->currentIndex().isValid() && table->model()->rowCount() > 0)
            table->setCurrentIndex(table->model()->index(0, 0));
    });
    m_search->addAction(toResults);

    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(kSearchDebounceMs);
    // Typing, the clear button and assistive technology setting the text all search; Depot's own changes
    // (Back to an older search, Escape) block the field's signals.
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::applySearch);
    connect(m_searchDebounce, &QTimer::timeout, this, &MainWindow::applySearch);

    m_reconnectTimer = new QTimer(this);
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &MainWindow::reconnect);
}

void MainWindow::goBack()
{
    m_browser->back();
}

void MainWindow::goForward()
{
    m_browser->forward();
}

void MainWindow::applySearch()
{
    m_searchDebounce->stop();
    const QString term = m_search->text().trimmed();
    // Typing over the list changes it in place; typing on another page goes to the list, as a new entry.
    if (m_browser->currentLocation().kind == BrowserLocation::Kind::List) {
        m_browser->setCurrentListTerm(term);
        onListTermRequested(term);
    } else {
        m_browser->open({BrowserLocation::Kind::List, term});
    }
}

void MainWindow::clearSearch()
{
    m_searchDebounce->stop();
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    applySearch();
}

void MainWindow::onListTermRequested(const QString& term)
{
    if (m_search->text().trimmed() != term) {
        const QSignalBlocker blocker(m_search);
        m_search->setText(term);
    }
    m_searchDebounce->stop();
    // The session replaces the list's source: the model cancels the request in flight and drops any
    // answer for an older term or cursor.
    if (m_session)
        m_session->setSearchText(term);
    m_sections->setSearchTerm(term);
}

void MainWindow::onBrowserChanged()
{
    m_backAction->setEnabled(m_browser->canGoBack());
    m_forwardAction->setEnabled(m_browser->canGoForward());
    m_backAction->setToolTip(m_browser->canGoBack()
                                 ? tr("Back to “%1” (Alt+Left)").arg(m_browser->titleAt(-1))
                                 : tr("Back (Alt+Left)"));
    m_forwardAction->setToolTip(m_browser->canGoForward()
                                    ? tr("Forward to “%1” (Alt+Right)").arg(m_browser->titleAt(1))
                                    : tr("Forward (Alt+Right)"));
    m_sections->setCurrentLocation(m_browser->currentLocation());
    updateWindowTitle();
}

void MainWindow::updateWindowTitle()
{
    // The page first: it is what changes, and what a screen reader announces when switching windows.
    BrowserPage* page = m_browser ? m_browser->currentPage() : nullptr;
    if (!m_session)
        setWindowTitle(tr("Depot"));
    else if (!page || page->title().isEmpty())
        setWindowTitle(tr("%1 — Depot").arg(m_session->entry().name));
    else
        //: Window title: page, registry, application
        setWindowTitle(tr("%1 — %2 — Depot").arg(page->title(), m_session->entry().name));
}

void MainWindow::onSessionStateChanged()
{
    if (!m_session)
        return;
    const RegistrySession::State state = m_session->state();
    if (state == RegistrySession::State::Failed) {
        m_reconnecting = false;
        if (isUnreachable(m_session->error()))
            scheduleReconnect();
        return;
    }
    if (state != RegistrySession::State::Connected)
        return;
    // The registry answers (again).
    const bool recovered = m_reconnecting || m_reconnectDelayMs > 0;
    m_reconnectTimer->stop();
    m_reconnectDelayMs = 0;
    m_reconnecting = false;
    m_browser->setBackend(m_session->backend());
    m_sections->setBackend(m_session->backend());
    m_sections->reload();
    // A page that could not load while the registry was away loads now (the list reloads with the session).
    auto* page = qobject_cast<StatefulPage*>(m_browser->currentPage());
    if (recovered && page && !page->isShowingContent())
        page->reload();

    if (m_restoreLocation && m_session->entry().url == m_restoreRegistry) {
        const BrowserLocation location = *std::exchange(m_restoreLocation, std::nullopt);
        if (location.kind == BrowserLocation::Kind::List) {
            if (!location.key.isEmpty()) {
                m_search->setText(location.key);
                applySearch();
            }
        } else {
            m_browser->open(location); // on top of the list: Back leads to it
        }
    }
}

void MainWindow::onListStateChanged()
{
    if (!m_session || m_session->state() != RegistrySession::State::Connected)
        return;
    const PackageListModel::State state = m_packages->state();
    // Connected a moment ago, but the list got no answer: the registry went away in between.
    if (state == PackageListModel::State::Failed && isUnreachable(m_packages->lastError())) {
        m_reconnecting = false;
        scheduleReconnect();
        return;
    }
    const bool answered =
        state == PackageListModel::State::CanFetchMore || state == PackageListModel::State::Finished;
    if (answered && (m_reconnecting || m_reconnectDelayMs > 0)) {
        // The list's retry got its answer: the registry is back.
        m_reconnectTimer->stop();
        m_reconnectDelayMs = 0;
        m_reconnecting = false;
        m_sections->reload();
        auto* page = qobject_cast<StatefulPage*>(m_browser->currentPage());
        if (page && !page->isShowingContent())
            page->reload();
        updateStatus();
    }
}

void MainWindow::scheduleReconnect()
{
    if (m_reconnectTimer->isActive())
        return;
    m_reconnectDelayMs =
        m_reconnectDelayMs == 0 ? kFirstReconnectMs : qMin(2 * m_reconnectDelayMs, kMaxReconnectMs);
    m_reconnectTimer->start(m_reconnectDelayMs);
}

void MainWindow::reconnect()
{
    if (!m_session)
        return;
    m_reconnecting = true;
    // Only the list's page failed: ask for that page again, keeping the rows and the scroll position.
    if (m_session->state() == RegistrySession::State::Connected &&
        m_packages->state() == PackageListModel::State::Failed) {
        m_packages->retry();
        return;
    }
    m_session->start(); // checks the status again, then reloads the list
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonPress && watched->isWidgetType() &&
        static_cast<QWidget*>(watched)->window() == this) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::BackButton) {
            goBack();
            return true;
        }
        if (mouse->button() == Qt::ForwardButton) {
            goForward();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}
