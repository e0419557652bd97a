#include "PackageListPage.h"

#include "MessagePage.h"
#include "models/PackageListModel.h"
#include "models/RegistrySession.h"
#include "pages/PagedPackageTable.h"

#include <QAbstractButton>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
const QString kRowsKey = QStringLiteral("rows");
const QString kCurrentKey = QStringLiteral("current");
const QString kScrollKey = QStringLiteral("scroll");

// The registry did not answer at all: worth trying again by itself, unlike an error it answered with.
bool isUnreachable(const Error& error)
{
    return error.kind == Error::Kind::Network || error.kind == Error::Kind::Timeout;
}
} // namespace

PackageListPage::PackageListPage(PackageListModel* model, QLineEdit* searchField, QWidget* parent)
    : BrowserPage(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(searchField)
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_message(new MessagePage(this))
    , m_footerText(new QLabel(this))
    , m_footerRetry(new QPushButton(tr("Retry"), this))
{
    PagedPackageTable::setUpTable(m_table, m_proxy, m_model);

    m_footerText->setObjectName(QStringLiteral("packageFooter"));
    m_footerText->setTextFormat(Qt::PlainText);
    m_footerRetry->setAccessibleName(tr("Retry loading more packages"));
    m_footerRetry->hide();

    auto* tablePage = new QWidget(this);
    auto* footer = new QHBoxLayout;
    footer->setContentsMargins(6, 2, 6, 2);
    footer->addWidget(m_footerText, 1);
    footer->addWidget(m_footerRetry);
    auto* tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addLayout(footer);

    m_stack->addWidget(tablePage);
    m_stack->addWidget(m_message);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 1);

    connect(m_model, &PackageListModel::stateChanged, this, &PackageListPage::updateState);
    connect(m_model, &PackageListModel::rowsInserted, this, &PackageListPage::updateFooter);
    connect(m_model, &PackageListModel::modelReset, this, &PackageListPage::updateState);
    // activated() covers Enter/Return and the platform's double-click (or single click) activation.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        // Through the proxy: the roles are the model's.
        const PackageId id = index.data(PackageListModel::PackageIdRole).value<PackageId>();
        if (id.isValid()) {
            emit packageActivated(id);
        }
    });
    // A click on a header that cannot sort yet says why, where the eyes are (the footer).
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, [this] {
        if (!m_table->isSortingEnabled())
            m_footerText->setText(sortingUnavailableText());
    });
    connect(m_message, &MessagePage::actionTriggered, this, &PackageListPage::runAction);
    connect(m_footerRetry, &QPushButton::clicked, m_model, &PackageListModel::retry);
    m_title = title();
    updateState();
    updateFooter();
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
    m_pendingRestore.clear();
    if (m_session)
        connect(m_session, &RegistrySession::stateChanged, this, &PackageListPage::updateState);
    updateState();
}

bool PackageListPage::isShowingTable() const
{
    return m_stack->currentIndex() == 0;
}

void PackageListPage::showMessage(const QString& title, const QString& detail, Action action)
{
    m_action = action;
    QString actionText;
    switch (action) {
    case Action::None:
        break;
    case Action::RetrySession:
    case Action::RetryModel:
        actionText = tr("Retry");
        break;
    case Action::AddRegistry:
        actionText = tr("Add Registry…");
        break;
    case Action::EditRegistry:
        actionText = tr("Edit Registry…");
        break;
    }
    m_message->showMessage(title, detail, actionText);
    m_stack->setCurrentWidget(m_message);
}

void PackageListPage::showBusy(const QString& title, const QString& detail)
{
    m_action = Action::None;
    m_message->showBusy(title, detail);
    m_stack->setCurrentWidget(m_message);
}

void PackageListPage::showUnreachable(const QString& detail)
{
    m_unreachable = true;
    showMessage(tr("Cannot reach “%1”").arg(m_session->entry().name),
                tr("%1 Depot tries again by itself and shows the packages as soon as the registry answers.")
                    .arg(detail),
                Action::RetrySession);
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
    case Action::RetryModel:
        m_model->retry();
        break;
    case Action::AddRegistry:
        emit addRegistryRequested();
        break;
    case Action::EditRegistry:
        emit editRegistryRequested();
        break;
    }
}

void PackageListPage::reload()
{
    if (m_session)
        m_session->start();
}

void PackageListPage::updateState()
{
    updateSorting();
    if (const QString now = title(); now != m_title) {
        m_title = now;
        emit titleChanged(now);
    }
    const bool canSearch = m_session && m_session->canSearch();
    if (m_search) {
        m_search->setEnabled(canSearch);
        m_search->setToolTip(!m_session || canSearch ||
                                     m_session->state() != RegistrySession::State::Connected
                                 ? tr("Search the packages of the selected registry (Ctrl+F)")
                                 : tr("This registry cannot search its packages."));
    }
    if (!m_session) {
        m_unreachable = false;
        showMessage(tr("No registry selected"), tr("Add a registry or pick one in the list on the left."),
                    Action::AddRegistry);
        return;
    }
    const QString name = m_session->entry().name;
    switch (m_session->state()) {
    case RegistrySession::State::Idle:
    case RegistrySession::State::Detecting:
    case RegistrySession::State::Connecting:
        // While Depot tries again by itself, keep saying why instead of flashing "Connecting…".
        if (!m_unreachable)
            showBusy(tr("Connecting…"), tr("Contacting “%1”.").arg(name));
        return;
    case RegistrySession::State::Failed: {
        const Error& error = m_session->error();
        if (isUnreachable(error)) {
            showUnreachable(error.userText());
            return;
        }
        m_unreachable = false;
        const bool wrongKind = error.kind == Error::Kind::Unsupported;
        showMessage(tr("Cannot open “%1”").arg(name), error.userText(),
                    wrongKind && !m_session->entry().forcedDialect ? Action::EditRegistry
                                                                   : Action::RetrySession);
        return;
    }
    case RegistrySession::State::Connected:
        break;
    }
    const bool empty = m_model->rowCount() == 0;
    if (m_model->state() == PackageListModel::State::Failed && empty && isUnreachable(m_model->lastError())) {
        showUnreachable(m_model->lastError().userText());
        return;
    }
    // Trying again for the list: keep saying why until an answer comes.
    if (m_unreachable && empty && m_model->state() == PackageListModel::State::Loading)
        return;
    m_unreachable = false;
    if (!m_session->canBrowse()) {
        const QString kind =
            m_session->backend() ? dialectDisplayName(m_session->backend()->dialect()) : QString();
        showMessage(tr("Browsing is not available yet"),
                    tr("Depot is connected to this %1 registry, but browsing its packages comes in a later "
                       "version.")
                        .arg(kind),
                    Action::None);
        return;
    }
    switch (m_model->state()) {
    case PackageListModel::State::Idle:
    case PackageListModel::State::Loading:
        if (empty) {
            showBusy(m_session->searchText().isEmpty()
                         ? tr("Loading packages…")
                         : tr("Searching for “%1”…").arg(m_session->searchText()),
                     QString());
            return;
        }
        break;
    case PackageListModel::State::Failed:
        if (empty) {
            showMessage(tr("Could not load the packages"), m_model->lastError().userText(),
                        Action::RetryModel);
            return;
        }
        break;
    case PackageListModel::State::Finished:
        if (empty && !m_session->searchText().isEmpty()) {
            showMessage(tr("No packages match “%1”").arg(m_session->searchText()),
                        tr("Try other or fewer words, or press Escape for the latest packages."),
                        Action::None);
            return;
        }
        if (empty) {
            showMessage(tr("No packages yet"), tr("This registry has no public packages."), Action::None);
            return;
        }
        break;
    case PackageListModel::State::CanFetchMore:
        break;
    }
    m_action = Action::None;
    m_stack->setCurrentIndex(0);
    updateFooter();
    continueRestore();
}

QString PackageListPage::sortingUnavailableText() const
{
    const int total = m_model->serverTotal();
    return total >= 0 ? tr("Sorting is available once all %1 packages are loaded: scroll to the end of the "
                           "list.")
                            .arg(total)
                      : tr("Sorting is available once every package is loaded: scroll to the end of the "
                           "list.");
}

void PackageListPage::updateSorting()
{
    // Sorting a part would put rows in an order the next page breaks: only a complete list sorts.
    const bool complete = m_model->state() == PackageListModel::State::Finished;
    QHeaderView* header = m_table->horizontalHeader();
    header->setToolTip(complete ? tr("Click a column to sort by it.") : sortingUnavailableText());
    if (m_table->isSortingEnabled() == complete)
        return;
    if (!complete) {
        // Back to the server's order for a new or growing list.
        m_table->setSortingEnabled(false);
        header->setSortIndicator(-1, Qt::AscendingOrder);
        m_proxy->sort(-1);
        return;
    }
    // No indicator: enabling sorting must not reorder the rows before the user asks.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
}

void PackageListPage::updateFooter()
{
    m_footerText->setText(PagedPackageTable::footerText(*m_model));
    m_footerRetry->setVisible(m_model->state() == PackageListModel::State::Failed);
}

QVariant PackageListPage::saveState() const
{
    // The current row in the model's (server) order: after a restore the list may come back unsorted.
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    return QVariantMap{{kRowsKey, m_model->rowCount()},
                       {kCurrentKey, current.isValid() ? current.row() : -1},
                       {kScrollKey, m_table->verticalScrollBar()->value()}};
}

void PackageListPage::restoreState(const QVariant& state)
{
    m_pendingRestore = state.toMap();
    continueRestore();
}

void PackageListPage::continueRestore()
{
    if (m_pendingRestore.isEmpty() || !m_session || m_session->state() != RegistrySession::State::Connected)
        return;
    const int wanted = m_pendingRestore.value(kRowsKey).toInt();
    if (m_model->rowCount() < wanted && m_model->state() == PackageListModel::State::CanFetchMore) {
        m_model->fetchMore({});
        return;
    }
    if (m_model->rowCount() < wanted && m_model->state() == PackageListModel::State::Loading)
        return; // the next page's stateChanged() comes back here
    const QVariantMap restore = std::exchange(m_pendingRestore, {});
    const int current = restore.value(kCurrentKey).toInt();
    if (current >= 0 && current < m_model->rowCount())
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(current, 0)));
    // After the rows are laid out, or the scroll bar's range is still that of fewer rows.
    const int scroll = restore.value(kScrollKey).toInt();
    QTimer::singleShot(0, m_table,
                       [table = m_table, scroll] { table->verticalScrollBar()->setValue(scroll); });
}
