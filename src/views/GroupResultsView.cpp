#include "GroupResultsView.h"

#include "MessagePage.h"

#include <QListView>
#include <QStackedWidget>
#include <QVBoxLayout>

GroupResultsView::GroupResultsView(QWidget* parent)
    : QWidget(parent)
    , m_model(new PackageGroupListModel(this))
    , m_stack(new QStackedWidget(this))
    , m_list(new QListView(this))
    , m_message(new MessagePage(this))
{
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Results"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setAlternatingRowColors(true);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_message);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    const auto open = [this](const QModelIndex& index) {
        emit activated(index.data(PackageGroupListModel::SlugRole).toString());
    };
    connect(m_list, &QListView::activated, this, open);
    connect(m_list, &QListView::clicked, this, open);
    connect(m_model, &PackageGroupListModel::stateChanged, this, &GroupResultsView::updateState);
    connect(m_model, &PackageGroupListModel::modelReset, this, &GroupResultsView::updateState);
    connect(m_message, &MessagePage::actionTriggered, m_model, &PackageGroupListModel::retry);
}

void GroupResultsView::setSource(PackageGroupListModel::Source source, const QString& noneTitle)
{
    m_noneTitle = noneTitle;
    m_model->setSource(std::move(source));
    updateState();
}

void GroupResultsView::clear()
{
    m_model->clear();
}

void GroupResultsView::updateState()
{
    using State = PackageGroupListModel::State;
    if (m_model->rowCount() > 0) {
        m_stack->setCurrentWidget(m_list);
        return;
    }
    switch (m_model->state()) {
    case State::Idle:
    case State::Loading:
    case State::CanFetchMore:
        m_message->showBusy(tr("Searching…"));
        break;
    case State::Failed:
        m_message->showMessage(tr("The search failed"), m_model->lastError().userText(), tr("Retry"));
        break;
    case State::Finished:
        m_message->showMessage(m_noneTitle, tr("Try other or fewer words."));
        break;
    }
    m_stack->setCurrentWidget(m_message);
}
