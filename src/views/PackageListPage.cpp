#include "PackageListPage.h"

#include "MessagePage.h"
#include "models/PackageListModel.h"
#include "models/RegistrySession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

PackageListPage::PackageListPage(PackageListModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_search(new QLineEdit(this))
    , m_searchDebounce(new QTimer(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_message(new MessagePage(this))
    , m_footerText(new QLabel(this))
    , m_footerRetry(new QPushButton(tr("Retry"), this))
{
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Packages"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(PackageListModel::NameColumn, 220);
    m_table->setColumnWidth(PackageListModel::IdentifierColumn, 240);
    m_table->setColumnWidth(PackageListModel::LatestVersionColumn, 110);
    m_table->setColumnWidth(PackageListModel::UpdatedColumn, 110);

    m_footerRetry->setAccessibleDescription(tr("Load the next page of packages again"));
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
    m_search->setObjectName(QStringLiteral("packageSearch"));
    m_search->setAccessibleName(tr("Search packages"));
    m_search->setPlaceholderText(tr("Search packages"));
    m_search->setClearButtonEnabled(true);
    // Search as you type, but one request per pause, not per key; the model drops answers for older text.
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &PackageListPage::applySearch);
    connect(m_searchDebounce, &QTimer::timeout, this, &PackageListPage::applySearch);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_stack, 1);

    connect(m_model, &PackageListModel::stateChanged, this, &PackageListPage::updateState);
    connect(m_model, &PackageListModel::rowsInserted, this, &PackageListPage::updateFooter);
    connect(m_model, &PackageListModel::modelReset, this, &PackageListPage::updateState);
    connect(m_message, &MessagePage::actionTriggered, this, &PackageListPage::runAction);
    connect(m_footerRetry, &QPushButton::clicked, m_model, &PackageListModel::retry);
    updateState();
    updateFooter();
}

void PackageListPage::applySearch()
{
    m_searchDebounce->stop();
    if (m_session)
        m_session->setSearchText(m_search->text());
}

void PackageListPage::setSession(RegistrySession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    // A new registry starts with its newest packages, not with the last registry's search.
    m_searchDebounce->stop();
    const QSignalBlocker blocker(m_search);
    m_search->setText(m_session ? m_session->searchText() : QString());
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

void PackageListPage::updateState()
{
    const bool canSearch = m_session && m_session->canSearch();
    m_search->setEnabled(canSearch);
    m_search->setToolTip(!m_session || canSearch || m_session->state() != RegistrySession::State::Connected
                             ? QString()
                             : tr("This registry cannot search its packages."));
    if (!m_session) {
        showMessage(tr("No registry selected"), tr("Add a registry or pick one in the list on the left."),
                    Action::AddRegistry);
        return;
    }
    const QString name = m_session->entry().name;
    switch (m_session->state()) {
    case RegistrySession::State::Idle:
    case RegistrySession::State::Detecting:
    case RegistrySession::State::Connecting:
        showMessage(tr("Connecting…"), tr("Contacting “%1”.").arg(name), Action::None);
        return;
    case RegistrySession::State::Failed: {
        const bool wrongKind = m_session->error().kind == Error::Kind::Unsupported;
        showMessage(tr("Cannot open “%1”").arg(name), m_session->error().userText(),
                    wrongKind && !m_session->entry().forcedDialect ? Action::EditRegistry
                                                                   : Action::RetrySession);
        return;
    }
    case RegistrySession::State::Connected:
        break;
    }
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
    const bool empty = m_model->rowCount() == 0;
    switch (m_model->state()) {
    case PackageListModel::State::Idle:
    case PackageListModel::State::Loading:
        if (empty) {
            showMessage(tr("Loading packages…"), QString(), Action::None);
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
                        tr("Try other or fewer words."), Action::None);
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
}

void PackageListPage::updateFooter()
{
    const int rows = m_model->rowCount();
    const int total = m_model->serverTotal();
    QString text;
    switch (m_model->state()) {
    case PackageListModel::State::Loading:
        text = tr("Packages shown: %1. Loading more…").arg(rows);
        break;
    case PackageListModel::State::Failed:
        text =
            tr("Packages shown: %1. Loading more failed: %2").arg(rows).arg(m_model->lastError().userText());
        break;
    case PackageListModel::State::Finished:
        text = tr("Packages: %1").arg(rows);
        break;
    case PackageListModel::State::Idle:
        text = tr("No packages loaded.");
        break;
    case PackageListModel::State::CanFetchMore:
        // Qt's item views call fetchMore() when the last row scrolls into view.
        text = total >= 0 ? tr("Packages shown: %1 of %2. Scroll down for more.").arg(rows).arg(total)
                          : tr("Packages shown: %1. Scroll down for more.").arg(rows);
        break;
    }
    m_footerText->setText(text);
    m_footerRetry->setVisible(m_model->state() == PackageListModel::State::Failed);
}
