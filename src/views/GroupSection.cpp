#include "GroupSection.h"

#include "GroupSource.h"
#include "models/PackageGroupListModel.h"
#include "registry/RegistryBackend.h"
#include "registry/parts/PackageGroups.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

GroupSection::GroupSection(RegistryPart part, const QString& fallbackHeading, QWidget* parent)
    : QWidget(parent)
    , m_part(part)
    , m_fallbackHeading(fallbackHeading)
    , m_model(new PackageGroupListModel(this))
    , m_heading(new QLabel(fallbackHeading, this))
    , m_list(new QListView(this))
    , m_status(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry"), this))
{
    QFont font = m_heading->font();
    font.setBold(true);
    m_heading->setFont(font);
    m_heading->setContentsMargins(3, 10, 8, 2); // in line with the rows' text

    m_list->setModel(m_model);
    m_list->setAccessibleName(fallbackHeading);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // As tall as its rows (the sections stack at the top), scrolling only when the sidebar is too short.
    m_list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_list->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    // A scroll area asks for room for its scroll bars even with one row: a row is enough.
    m_list->setMinimumHeight(m_list->fontMetrics().height() + 8);
    // The sidebar's lists look like part of the sidebar, not like white boxes in it.
    m_list->viewport()->setAutoFillBackground(false);
    // Through the palette, not a style sheet: a style sheet puts a style of its own on the view and its
    // children, slower to lay out and draw (bench figure 9).
    QPalette transparent = m_list->palette();
    transparent.setColor(QPalette::Base, Qt::transparent);
    m_list->setPalette(transparent);

    m_status->setContentsMargins(3, 0, 8, 0);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setEnabled(false); // drawn greyed: a remark, not content
    //: Accessible name of a Retry button under a sidebar section; %1 is its heading ("Catalogs")
    m_retry->setAccessibleName(tr("Retry: %1").arg(fallbackHeading));
    m_retry->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_heading);
    layout->addWidget(m_list);
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 8, 4);
    row->addWidget(m_status, 1);
    row->addWidget(m_retry);
    layout->addLayout(row);

    // A click is enough in a sidebar; activated() adds Enter (and a double-click where that activates).
    const auto open = [this](const QModelIndex& index) {
        emit groupRequested(index.data(PackageGroupListModel::SlugRole).toString());
    };
    connect(m_list, &QListView::clicked, this, open);
    connect(m_list, &QListView::activated, this, open);
    connect(m_model, &PackageGroupListModel::stateChanged, this, &GroupSection::updateState);
    connect(m_model, &PackageGroupListModel::modelReset, this, &GroupSection::updateState);
    connect(m_model, &PackageGroupListModel::rowsInserted, this, &GroupSection::rowsArrived);
    connect(m_retry, &QPushButton::clicked, m_model, &PackageGroupListModel::retry);
    updateState();
}

void GroupSection::setBackend(RegistryBackend* backend)
{
    if (m_backend == backend)
        return;
    m_backend = backend;
    PackageGroups* groups = (backend ? backend->groups(m_part) : nullptr);
    const QString heading = groups ? groups->pluralName() : m_fallbackHeading;
    m_heading->setText(heading);
    m_list->setAccessibleName(heading);
    m_retry->setAccessibleName(tr("Retry: %1").arg(heading));
    reload();
}

void GroupSection::setSearchTerm(const QString& term)
{
    if (m_term == term)
        return;
    m_term = term;
    reload();
}

void GroupSection::reload()
{
    PackageGroups* groups = (m_backend ? m_backend->groups(m_part) : nullptr);
    // Nothing to ask: no list, or no query for a list that needs one.
    if (!groups || groups->listing() == PackageGroups::Listing::None ||
        (groups->listing() == PackageGroups::Listing::Search && m_term.isEmpty())) {
        m_model->clear();
        updateState();
        return;
    }
    // The model drops any answer for an older term.
    m_model->setSource(groupSource<GroupPageJob>(
        m_backend, m_part, [term = m_term](PackageGroups* part, const PageRequest& page) {
            return part->listGroups(term, page);
        }));
    updateState();
}

void GroupSection::select(const QString& slug)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(PackageGroupListModel::SlugRole).toString() == slug) {
            m_list->setCurrentIndex(index);
            return;
        }
    }
    m_list->clearSelection();
}

void GroupSection::clearSelection()
{
    m_list->clearSelection();
}

void GroupSection::updateState()
{
    using State = PackageGroupListModel::State;
    PackageGroups* groups = (m_backend ? m_backend->groups(m_part) : nullptr);
    const PackageGroups::Listing listing = groups ? groups->listing() : PackageGroups::Listing::None;
    const bool listed = listing != PackageGroups::Listing::None;
    const State state = m_model->state();
    const int rows = m_model->rowCount();
    const bool failed = state == State::Failed;
    m_heading->setEnabled(listed);
    m_list->setVisible(listed && rows > 0);
    m_retry->setVisible(listed && failed);
    QString text;
    if (!m_backend)
        text = tr("Not connected");
    else if (!groups)
        text = m_backend->whyMissing(m_part);
    else if (!listed || (listing == PackageGroups::Listing::Search && m_term.isEmpty()))
        text = groups->listingHint();
    else if (failed)
        text = m_model->lastError().userText();
    else if (state == State::Loading && rows == 0)
        text = tr("Loading…");
    else if (rows == 0)
        text = m_term.isEmpty() ? tr("None yet") : tr("None match");
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    // Hidden labels stay in the accessibility tree: a name only when there is no text to read.
    m_status->setAccessibleName(text.isEmpty() ? tr("No remark") : QString());
}
