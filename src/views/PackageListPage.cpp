#include "PackageListPage.h"

#include "GroupResultsView.h"
#include "SearchFilterBar.h"
#include "models/PackageListModel.h"
#include "pages/PagedPackageTable.h"
#include "registry/parts/PackageGroups.h"
#include "registry/parts/PackageSearch.h"
#include "registry/parts/UserDirectory.h"
#include "session/RegistrySession.h"
#include "session/Workspace.h"
#include "views/MessagePage.h"

#include <QTableView>
#include <QVBoxLayout>

PackageListPage::PackageListPage(PackageListModel* model, QLineEdit* searchField, QWidget* parent)
    : BrowserPage(parent)
    , m_model(model)
    , m_packages(new PagedPackageTable(model, this))
    , m_search(searchField)
{
    // The filter bar and the results view come when first needed (filterBar(), results()): a registry
    // without filters never shows them (bench figure 9).
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_packages, 1);
    connect(m_packages, &PagedPackageTable::packageActivated, this, &PackageListPage::packageActivated);
    connect(m_packages, &PagedPackageTable::actionTriggered, this, &PackageListPage::runAction);
    m_packages->setStateOverride([this] { return showSessionState(); });
    m_title = title();
}

SearchFilterBar* PackageListPage::filterBar()
{
    if (!m_filterBar) {
        m_filterBar = new SearchFilterBar(this);
        static_cast<QVBoxLayout*>(layout())->insertWidget(0, m_filterBar);
        connect(m_filterBar, &SearchFilterBar::filtersChanged, this, [this](const SearchFilters& filters) {
            if (m_session)
                m_session->setSearchFilters(filters);
        });
        connect(m_filterBar, &SearchFilterBar::kindChanged, this, &PackageListPage::showResults);
    }
    return m_filterBar;
}

GroupResultsView* PackageListPage::results()
{
    if (!m_results) {
        m_results = new GroupResultsView(this);
        m_results->hide();
        static_cast<QVBoxLayout*>(layout())->addWidget(m_results, 1);
        connect(m_results, &GroupResultsView::activated, this, [this](const QString& slug) {
            if (m_filterBar && m_filterBar->kind() == SearchFilterBar::Kind::Users)
                emit userActivated(slug);
            else
                emit groupActivated(slug);
        });
    }
    return m_results;
}

QTableView* PackageListPage::table() const
{
    return m_packages->table();
}

QSortFilterProxyModel* PackageListPage::proxy() const
{
    return m_packages->proxy();
}

MessagePage* PackageListPage::messagePage() const
{
    return m_packages->messagePage();
}

QLabel* PackageListPage::footerLabel() const
{
    return m_packages->footerLabel();
}

bool PackageListPage::isShowingTable() const
{
    return m_packages->isShowingTable();
}

void PackageListPage::focusResults()
{
    if (!isShowingTable())
        return;
    QTableView* view = table();
    view->setFocus(Qt::ShortcutFocusReason);
    if (!view->currentIndex().isValid() && view->model()->rowCount() > 0)
        view->setCurrentIndex(view->model()->index(0, 0));
}

QString PackageListPage::title() const
{
    const QString term = m_session ? m_session->searchText() : QString();
    return term.isEmpty() ? tr("Latest packages") : tr("Search for “%1”").arg(term);
}

void PackageListPage::setSession(RegistrySession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_unreachable = false;
    if (m_session)
        connect(m_session, &RegistrySession::stateChanged, m_packages, &PagedPackageTable::updateState);
    m_packages->updateState();
}

void PackageListPage::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    // Every second while the next try is waited for: the countdown.
    if (m_workspace)
        connect(m_workspace, &Workspace::statusChanged, m_packages, &PagedPackageTable::updateState);
    m_packages->updateState();
}

bool PackageListPage::isReconnecting() const
{
    return m_workspace && m_workspace->session() == m_session && m_workspace->isReconnecting() &&
           m_workspace->unreachableError().isError();
}

void PackageListPage::showState(const QString& title, const QString& detail, Action action,
                                const Error* error)
{
    m_action = action;
    QString actionText;
    switch (action) {
    case Action::None:
        break;
    case Action::RetrySession:
        actionText = tr("Retry");
        break;
    case Action::AddRegistry:
        actionText = tr("Add Registry…");
        break;
    case Action::EditRegistry:
        actionText = tr("Edit Registry…");
        break;
    case Action::SignIn:
        actionText = tr("Sign In…");
        break;
    }
    if (error)
        m_packages->showError(title, *error, actionText); // with the certificate Depot refused, if any
    else
        m_packages->showMessage(title, detail, actionText);
}

void PackageListPage::showUnreachable(const QString& detail)
{
    m_unreachable = true;
    QString text =
        tr("%1 Depot tries again by itself and shows the packages as soon as the registry answers.")
            .arg(detail);
    if (isReconnecting())
        text += QLatin1Char(' ') + m_workspace->reconnectText();
    showState(tr("Cannot reach “%1”").arg(m_session->entry().name), text, Action::RetrySession);
}

void PackageListPage::runAction()
{
    switch (m_action) {
    case Action::None:
        break;
    case Action::RetrySession:
        if (m_session)
            m_session->start();
        break;
    case Action::AddRegistry:
        emit addRegistryRequested();
        break;
    case Action::EditRegistry:
        emit editRegistryRequested();
        break;
    case Action::SignIn:
        emit signInRequested();
        break;
    }
}

void PackageListPage::reload()
{
    if (m_session)
        m_session->start();
}

void PackageListPage::updateFilterBar()
{
    RegistryBackend* backend =
        m_session && m_session->state() == RegistrySession::State::Connected ? m_session->backend() : nullptr;
    if (backend == m_filterBackend)
        return;
    m_filterBackend = backend;
    PackageSearch* search = backend ? backend->search() : nullptr;
    SearchFilterSupport support = search ? search->filterSupport() : SearchFilterSupport{};
    // Only what the registry has parts for can be listed.
    support.groups = support.groups && backend && backend->catalogs() &&
                     backend->catalogs()->listing() != PackageGroups::Listing::None;
    support.users = support.users && backend && backend->users() && backend->users()->searchesUsers();
    if (m_filterBar || !support.isEmpty())
        filterBar()->setSupport(support, backend && backend->catalogs() ? backend->catalogs()->pluralName()
                                                                        : QString());
    showResults();
}

void PackageListPage::showResults()
{
    const SearchFilterBar::Kind kind = m_filterBar ? m_filterBar->kind() : SearchFilterBar::Kind::Packages;
    RegistryBackend* backend = m_filterBackend;
    m_resultsTerm = m_session ? m_session->searchText() : QString();
    // isVisible() is false for every widget of a page in the history: the choice is what counts.
    const bool packages = kind == SearchFilterBar::Kind::Packages || !backend;
    m_packages->setVisible(packages);
    if (packages) {
        if (m_results) {
            m_results->hide();
            m_results->clear();
        }
        return;
    }
    results()->show();
    // The results live no longer than the backend: a gone backend makes no job.
    QPointer<RegistryBackend> guarded(backend);
    const QString term = m_resultsTerm;
    if (kind == SearchFilterBar::Kind::Users)
        m_results->setSource(
            [guarded, term](const PageRequest& page) -> GroupPageJob* {
                return guarded && guarded->users() ? guarded->users()->searchUsers(term, page) : nullptr;
            },
            tr("No users match"));
    else
        m_results->setSource(
            [guarded, term](const PageRequest& page) -> GroupPageJob* {
                return guarded && guarded->catalogs() ? guarded->catalogs()->listGroups(term, page) : nullptr;
            },
            tr("None match"));
}

void PackageListPage::updateTexts()
{
    updateFilterBar();
    if (m_results && !m_results->isHidden() && m_session && m_session->searchText() != m_resultsTerm)
        showResults();
    if (const QString now = title(); now != m_title) {
        m_title = now;
        emit titleChanged(now);
    }
    const bool canSearch = m_session && m_session->canSearch();
    if (m_search) {
        m_search->setEnabled(canSearch);
        QString tip = tr("Search the packages of the selected registry (Ctrl+F)");
        if (m_session && !canSearch && m_session->state() == RegistrySession::State::Connected &&
            m_session->backend())
            tip = m_session->backend()->whyMissing(RegistryPart::Search);
        m_search->setToolTip(tip);
    }
    const QString term = m_session ? m_session->searchText() : QString();
    m_packages->setLoadingText(term.isEmpty() ? tr("Loading packages…")
                                              : tr("Searching for “%1”…").arg(term));
}

bool PackageListPage::showSessionState()
{
    updateTexts();
    if (!m_session) {
        m_unreachable = false;
        showState(tr("No registry selected"), tr("Add a registry or pick one in the list on the left."),
                  Action::AddRegistry);
        return true;
    }
    const QString name = m_session->entry().name;
    // Rows kept from an earlier visit are shown while Depot connects, and while the registry is out of reach:
    // the notice above them says how old they are (PagedPackageTable).
    if (m_model->isShowingCached() && m_model->rowCount() > 0 &&
        (m_session->state() != RegistrySession::State::Failed || m_session->error().isUnreachable())) {
        m_unreachable = false;
        return false;
    }
    switch (m_session->state()) {
    case RegistrySession::State::Idle:
    case RegistrySession::State::Detecting:
    case RegistrySession::State::Connecting:
        // While Depot tries again by itself, keep saying why (and when it tries next) instead of showing
        // "Connecting…" for as long as a try takes.
        if (isReconnecting())
            showUnreachable(m_workspace->unreachableError().userText());
        else if (!m_unreachable) {
            m_action = Action::None;
            m_packages->showBusy(tr("Connecting…"), tr("Contacting “%1”.").arg(name));
        }
        return true;
    case RegistrySession::State::Failed: {
        const Error& error = m_session->error();
        if (error.isUnreachable()) {
            showUnreachable(error.userText());
            return true;
        }
        m_unreachable = false;
        // A server of another kind, or one Depot could not tell: let the person choose its kind.
        const bool wrongKind =
            error.reason == Error::Reason::NotARegistry || error.reason == Error::Reason::Unsupported;
        Action action =
            wrongKind && !m_session->entry().forcedDialect ? Action::EditRegistry : Action::RetrySession;
        // A registry that needs a credential (or refused the one it got): the way out is signing in.
        if (error.isCredentialProblem() && m_session->backend() && m_session->backend()->account())
            action = Action::SignIn;
        showState(tr("Cannot open “%1”").arg(name), error.userText(), action, &error);
        return true;
    }
    case RegistrySession::State::Connected:
        break;
    }
    const bool empty = m_model->rowCount() == 0;
    if (m_model->state() == PackageListModel::State::Failed && empty &&
        m_model->lastError().isUnreachable()) {
        showUnreachable(m_model->lastError().userText());
        return true;
    }
    // Trying again for the list: keep saying why until an answer comes.
    if (m_unreachable && empty && m_model->state() == PackageListModel::State::Loading) {
        if (isReconnecting())
            showUnreachable(m_workspace->unreachableError().userText());
        return true;
    }
    m_unreachable = false;
    if (empty && m_model->state() == PackageListModel::State::Finished) {
        const QString term = m_session->searchText();
        if (!term.isEmpty())
            showState(tr("No packages match “%1”").arg(term),
                      tr("Try other or fewer words, or press Escape for the latest packages."), Action::None);
        else
            showState(tr("No packages yet"), tr("This registry has no public packages."), Action::None);
        return true;
    }
    return false;
}

QVariant PackageListPage::saveState() const
{
    return m_packages->saveState();
}

void PackageListPage::restoreState(const QVariant& state)
{
    m_packages->restoreState(state);
}
