#include "MainWindow.h"

#include "MessagePage.h"
#include "PackageListPage.h"
#include "RegistryDialog.h"
#include "RegistryItemDelegate.h"
#include "models/PackageListModel.h"
#include "models/RegistryListModel.h"
#include "models/RegistrySession.h"
#include "registry/RegistryList.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QIcon>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kSplitterKey = QStringLiteral("window/splitter");
const QString kLastRegistryKey = QStringLiteral("window/lastRegistry");

// Icon themes are missing on some desktops (and under Xvfb): fall back to the style's own icons.
QIcon themedIcon(const char* name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QLatin1String(name), QApplication::style()->standardIcon(fallback));
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
    m_registries->load(settings, m_options.localRegistryUrl);
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
    saveRegistries(); // the first run's presets are now the user's list
    connect(m_registries, &RegistryList::changed, this, &MainWindow::onRegistriesChanged);

    restoreSettings();
    const int row = m_registries->indexOfUrl(wanted);
    selectRow(row >= 0 ? row : 0);
    updateStatus();
    updateActions();
}

MainWindow::~MainWindow()
{
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
    m_addAction =
        new QAction(themedIcon("list-add", QStyle::SP_FileDialogNewFolder), tr("&Add Registry…"), this);
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_addAction->setToolTip(tr("Add a registry by its GraphQL address"));
    connect(m_addAction, &QAction::triggered, this, &MainWindow::addRegistry);

    m_editAction = new QAction(themedIcon("document-edit", QStyle::SP_FileDialogDetailedView),
                               tr("&Edit Registry…"), this);
    m_editAction->setToolTip(tr("Change the name, address or kind of the selected registry"));
    connect(m_editAction, &QAction::triggered, this, &MainWindow::editRegistry);

    m_removeAction =
        new QAction(themedIcon("list-remove", QStyle::SP_TrashIcon), tr("&Remove Registry…"), this);
    m_removeAction->setToolTip(tr("Remove the selected registry from the list"));
    connect(m_removeAction, &QAction::triggered, this, &MainWindow::removeRegistry);

    m_refreshAction = new QAction(themedIcon("view-refresh", QStyle::SP_BrowserReload), tr("Re&fresh"), this);
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setToolTip(tr("Connect again and reload the package list (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_quitAction =
        new QAction(themedIcon("application-exit", QStyle::SP_DialogCloseButton), tr("&Quit"), this);
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
    toolBar->addAction(m_addAction);
    toolBar->addAction(m_refreshAction);
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

    m_page = new PackageListPage(m_packages, this);
    connect(m_page, &PackageListPage::addRegistryRequested, this, &MainWindow::addRegistry);
    connect(m_page, &PackageListPage::editRegistryRequested, this, &MainWindow::editRegistry);

    m_splitter = new QSplitter(this);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_page);
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
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1180, 720);
    restoreState(settings.value(kStateKey).toByteArray());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    if (m_session)
        settings.setValue(kLastRegistryKey, m_session->entry().url);
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
        m_session->entry().forcedDialect == entry.forcedDialect)
        return; // the same registry (a rename or a remembered dialect does not need a new connection)

    if (m_session) {
        m_session->stop();
        m_session->deleteLater();
    }
    m_session = new RegistrySession(entry, m_network, m_packages, this);
    connect(m_session, &RegistrySession::stateChanged, this, [this] {
        updateStatus();
        updateActions();
    });
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
    setWindowTitle(tr("%1 — Depot").arg(entry.name));
    m_page->setSession(m_session);
    m_session->start();
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
    if (m_session)
        m_session->start();
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
