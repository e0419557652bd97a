#include "PagedPackageTable.h"

#include "FittedColumns.h"
#include "FreshnessNotice.h"
#include "PageHeader.h"
#include "views/MessagePage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
const QString kRowsKey = QStringLiteral("rows");
const QString kCurrentKey = QStringLiteral("current");
const QString kScrollKey = QStringLiteral("scroll");

QString footerText(const PackageListModel& model)
{
    const int rows = model.rowCount();
    const int total = model.serverTotal();
    switch (model.state()) {
    case PackageListModel::State::Loading:
        return PagedPackageTable::tr("Packages shown: %1. Loading more…").arg(rows);
    case PackageListModel::State::Failed:
        // Offline: the notice above the rows says so (FreshnessNotice); no second sentence about it here.
        if (model.isShowingCached() && model.lastError().isUnreachable())
            return PagedPackageTable::tr("Packages shown: %1, as saved.").arg(rows);
        if (model.isShowingCached())
            return PagedPackageTable::tr("Packages shown: %1, as saved. Refreshing failed: %2")
                .arg(rows)
                .arg(model.lastError().userText());
        return PagedPackageTable::tr("Packages shown: %1. Loading more failed: %2")
            .arg(rows)
            .arg(model.lastError().userText());
    case PackageListModel::State::Finished:
        return PagedPackageTable::tr("Packages: %1").arg(rows);
    case PackageListModel::State::Idle:
        return PagedPackageTable::tr("No packages loaded.");
    case PackageListModel::State::CanFetchMore:
        // Qt's item views call fetchMore() when the last row scrolls into view.
        return total >= 0 ? PagedPackageTable::tr("Packages shown: %1 of %2. Scroll down for more.")
                                .arg(rows)
                                .arg(total)
                          : PagedPackageTable::tr("Packages shown: %1. Scroll down for more.").arg(rows);
    }
    return {};
}

} // namespace

PagedPackageTable::PagedPackageTable(PackageListModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model ? model : new PackageListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_tablePage(new QWidget(this))
    , m_table(new QTableView(this))
    , m_message(new MessagePage(this))
    , m_footerText(new QLabel(this))
    , m_freshness(new FreshnessNotice(this))
    , m_footerRetry(new QPushButton(tr("Retry"), this))
    , m_loadingTitle(tr("Loading packages…"))
    , m_emptyTitle(tr("No packages"))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    // Dates sort by their value, not by their (locale-formatted) text. Connected before the view's own
    // sorting connection, so the role is set when the view sorts.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_proxy, [this](int column) {
        m_proxy->setSortRole(column == PackageListModel::UpdatedColumn ? int(PackageListModel::UpdatedRole)
                                                                       : int(Qt::DisplayRole));
    });
    m_table->setAccessibleName(tr("Packages"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as everywhere else; arrows move in it
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    // The corner "select all" button stays in the accessibility tree with the header hidden: name it.
    for (QAbstractButton* corner : m_table->findChildren<QAbstractButton*>())
        corner->setAccessibleName(tr("Select all"));
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Name, identifier, latest version, updated; the description has the rest.
    const QString longDate = QLocale().toString(QDate(2025, 9, 30), QLocale::ShortFormat);
    new FittedColumns(m_table,
                      {{0.22, 110, 340}, {0.23, 110, 340}, {0.11, 70, 110}, {0.13, 90, 120, longDate}});

    m_footerText->setObjectName(QStringLiteral("packageFooter"));
    m_footerText->setTextFormat(Qt::PlainText);
    m_footerRetry->setAccessibleName(tr("Retry loading more packages"));
    m_footerRetry->hide();

    auto* footer = new QHBoxLayout;
    footer->setContentsMargins(6, 2, 6, 2);
    footer->addWidget(m_footerText, 1);
    footer->addWidget(m_footerRetry);
    auto* tableLayout = new QVBoxLayout(m_tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(0);
    tableLayout->addWidget(m_freshness);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addLayout(footer);
    // The rows or the message, one at a time. Not a QStackedWidget: a stack sizes itself for every page, so
    // the message's wrapped labels were laid out on each resize while the rows showed (bench figure 9); a
    // hidden widget takes no part in its layout.
    m_message->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tablePage, 1);
    layout->addWidget(m_message, 1);

    // activated() covers Enter/Return and the platform's double-click (or single click) activation.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        // Through the proxy: the roles are the model's.
        const PackageId id = index.data(PackageListModel::PackageIdRole).value<PackageId>();
        if (id.isValid())
            emit packageActivated(id);
    });
    // A click on a header that cannot sort yet says why, where the eyes are (the footer).
    connect(header, &QHeaderView::sectionClicked, this, [this] {
        if (!m_table->isSortingEnabled())
            m_footerText->setText(sortingUnavailableText());
    });
    connect(m_model, &PackageListModel::stateChanged, this, &PagedPackageTable::updateState);
    connect(m_model, &PackageListModel::modelReset, this, &PagedPackageTable::updateState);
    connect(m_model, &PackageListModel::rowsInserted, this, &PagedPackageTable::updateFooter);
    // A list that said "no packages" gets its first one announced (live updates): the table comes back.
    connect(m_model, &PackageListModel::rowsInserted, this, [this] {
        if (!isShowingTable() && m_model->state() == PackageListModel::State::Finished)
            updateState();
    });
    connect(m_model, &PackageListModel::freshnessChanged, this, &PagedPackageTable::updateState);
    connect(m_message, &MessagePage::actionTriggered, this, &PagedPackageTable::onMessageAction);
    connect(m_footerRetry, &QPushButton::clicked, this, &PagedPackageTable::retry);
    updateState();
}

void PagedPackageTable::setSource(PackageListModel::Source source)
{
    m_model->setSource(std::move(source));
}

void PagedPackageTable::setLoadingText(const QString& title)
{
    m_loadingTitle = title;
}

void PagedPackageTable::setEmptyText(const QString& title, const QString& detail)
{
    m_emptyTitle = title;
    m_emptyDetail = detail;
}

void PagedPackageTable::setStateOverride(std::function<bool()> override)
{
    m_override = std::move(override);
    updateState();
}

void PagedPackageTable::retry()
{
    m_model->retry();
}

bool PagedPackageTable::isShowingTable() const
{
    return !m_tablePage->isHidden();
}

void PagedPackageTable::showPage(QWidget* page)
{
    QWidget* other = page == m_message ? m_tablePage : static_cast<QWidget*>(m_message);
    if (!other->isHidden()) {
        // Keyboard focus in the page that goes stays in this table: on the one that comes.
        const bool hadFocus = other->isAncestorOf(QApplication::focusWidget());
        other->hide();
        page->show();
        if (hadFocus)
            page->setFocus(Qt::OtherFocusReason);
        return;
    }
    page->show();
}

void PagedPackageTable::showMessage(const QString& title, const QString& detail, const QString& actionText)
{
    m_ownerMessage = true;
    m_message->showMessage(title, detail, actionText);
    showPage(m_message);
}

void PagedPackageTable::showError(const QString& title, const Error& error, const QString& actionText)
{
    m_ownerMessage = true;
    m_message->showError(title, error, actionText);
    showPage(m_message);
}

void PagedPackageTable::showBusy(const QString& title, const QString& detail)
{
    m_ownerMessage = true;
    m_message->showBusy(title, detail);
    showPage(m_message);
}

void PagedPackageTable::onMessageAction()
{
    if (m_ownerMessage)
        emit actionTriggered();
    else
        retry();
}

QString PagedPackageTable::sortingUnavailableText() const
{
    const int total = m_model->serverTotal();
    return total >= 0
               ? tr("Sorting is available once all %1 packages are loaded: scroll to the end of the list.")
                     .arg(total)
               : tr("Sorting is available once every package is loaded: scroll to the end of the list.");
}

void PagedPackageTable::updateSorting()
{
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

void PagedPackageTable::updateFreshness()
{
    using Fresh = FreshnessNotice::Fresh;
    const bool failed = m_model->state() == PackageListModel::State::Failed;
    m_freshness->setCached(m_model->cachedAt(), !failed                                ? Fresh::Coming
                                                : m_model->lastError().isUnreachable() ? Fresh::Unreachable
                                                                                       : Fresh::Failed);
}

void PagedPackageTable::updateState()
{
    updateSorting();
    updateFooter();
    updateFreshness();
    if (m_override && m_override())
        return;
    m_ownerMessage = false;
    const bool empty = m_model->rowCount() == 0;
    using State = PackageListModel::State;
    if (empty) {
        switch (m_model->state()) {
        case State::Idle:
        case State::Loading:
        case State::CanFetchMore:
            m_message->showBusy(m_loadingTitle);
            showPage(m_message);
            continueRestore();
            return;
        case State::Failed:
            m_message->showError(tr("Could not load the packages"), m_model->lastError(), tr("Retry"));
            showPage(m_message);
            return;
        case State::Finished:
            m_message->showMessage(m_emptyTitle, m_emptyDetail);
            showPage(m_message);
            return;
        }
    }
    showPage(m_tablePage);
    continueRestore();
}

void PagedPackageTable::updateFooter()
{
    m_footerText->setText(footerText(*m_model));
    m_footerRetry->setVisible(m_model->state() == PackageListModel::State::Failed);
}

QVariant PagedPackageTable::saveState() const
{
    // The current row in the model's (server) order: after a restore the list comes back unsorted.
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    return QVariantMap{{kRowsKey, m_model->rowCount()},
                       {kCurrentKey, current.isValid() ? current.row() : -1},
                       {kScrollKey, m_table->verticalScrollBar()->value()}};
}

void PagedPackageTable::restoreState(const QVariant& state)
{
    m_pendingRestore = state.toMap();
    updateState();
}

void PagedPackageTable::continueRestore()
{
    if (m_pendingRestore.isEmpty())
        return;
    const int wanted = m_pendingRestore.value(kRowsKey).toInt();
    if (m_model->rowCount() < wanted && m_model->state() == PackageListModel::State::CanFetchMore) {
        m_model->fetchMore({});
        return;
    }
    if (m_model->rowCount() < wanted && m_model->state() == PackageListModel::State::Loading)
        return; // the next page's stateChanged() comes back here
    if (m_model->state() == PackageListModel::State::Idle)
        return; // no source yet
    const QVariantMap restore = std::exchange(m_pendingRestore, {});
    const int current = restore.value(kCurrentKey).toInt();
    if (current >= 0 && current < m_model->rowCount())
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(current, 0)));
    // After the rows are laid out, or the scroll bar's range is still that of fewer rows.
    const int scroll = restore.value(kScrollKey).toInt();
    QTimer::singleShot(0, m_table,
                       [table = m_table, scroll] { table->verticalScrollBar()->setValue(scroll); });
}

QWidget* PagedPackageTable::withHeader(PageHeader* header, const QString& title)
{
    auto* heading = new QLabel(title);
    QFont sectionFont = heading->font();
    sectionFont.setBold(true);
    sectionFont.setPointSizeF(sectionFont.pointSizeF() * 1.15);
    heading->setFont(sectionFont);
    return header->pageWith({heading}, this);
}

QWidget* PagedPackageTable::alone(QWidget* header)
{
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(header);
    layout->addStretch(1);
    return content;
}
