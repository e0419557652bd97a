#include "DownloadsPanel.h"

#include "DownloadListModel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace {

// The progress column as a progress bar (a busy one while the size is unknown).
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const int permille = index.data(DownloadListModel::ProgressRole).toInt();
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(4, 4, -4, -4);
        bar.minimum = 0;
        bar.maximum = permille < 0 ? 0 : 1000;
        bar.progress = qMax(permille, 0);
        bar.state = option.state | QStyle::State_Horizontal;
        QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
    }
};

} // namespace

DownloadsPanel::DownloadsPanel(DownloadManager* manager, QWidget* parent)
    : QDockWidget(tr("Downloads"), parent)
    , m_manager(manager)
    , m_model(new DownloadListModel(manager, this))
    , m_table(new QTableView(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_unpack(new QPushButton(tr("Unpack to Folder…"), this))
    , m_show(new QPushButton(tr("Show in Folder"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("downloadsPanel")); // saveState() needs a name
    setAccessibleName(tr("Downloads"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Downloads"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    for (QAbstractButton* corner : m_table->findChildren<QAbstractButton*>())
        corner->setAccessibleName(tr("Select all"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(DownloadListModel::FileColumn, 260);
    m_table->setColumnWidth(DownloadListModel::ProgressColumn, 180);
    m_table->setItemDelegateForColumn(DownloadListModel::ProgressColumn, new ProgressDelegate(m_table));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAccessibleName(tr("No download selected"));
    m_cancel->setAccessibleName(tr("Cancel the download"));
    m_retry->setAccessibleName(tr("Retry the download"));
    m_unpack->setAccessibleName(tr("Unpack the download to a folder"));
    m_show->setAccessibleName(tr("Show the download in its folder"));
    m_remove->setAccessibleName(tr("Remove the download from the list"));

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_cancel, m_retry, m_unpack, m_show, m_remove})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    setWidget(content);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DownloadsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DownloadsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DownloadsPanel::updateButtons);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_manager->cancel(selectedId()); });
    connect(m_retry, &QPushButton::clicked, this, [this] { emit retryRequested(selectedId()); });
    connect(m_unpack, &QPushButton::clicked, this, [this] { emit unpackRequested(selectedId()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { m_manager->remove(selectedId()); });
    connect(m_show, &QPushButton::clicked, this, [this] {
        const QString path = m_table->currentIndex().data(DownloadListModel::PathRole).toString();
        const QFileInfo info(path);
        QDesktopServices::openUrl(QUrl::fromLocalFile(info.isDir() ? path : info.absolutePath()));
    });
    updateButtons();
}

int DownloadsPanel::selectedId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(DownloadListModel::IdRole).toInt() : 0;
}

void DownloadsPanel::select(int id)
{
    const int row = m_manager->indexOf(id);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
}

void DownloadsPanel::updateButtons()
{
    const int row = m_manager->indexOf(selectedId());
    const DownloadManager::Item* item = row >= 0 ? &m_manager->items().at(row) : nullptr;
    using State = DownloadManager::State;
    const bool ended = item && !item->isActive();
    m_cancel->setEnabled(item && item->isActive());
    m_retry->setEnabled(item && (item->state == State::Failed || item->state == State::Cancelled));
    m_unpack->setEnabled(item && item->state == State::Done && item->unpackedFolder.isEmpty() &&
                         item->offer.isArchive);
    m_show->setEnabled(item && item->state == State::Done);
    m_remove->setEnabled(ended);
    QString details;
    if (item) {
        details = DownloadListModel::statusText(*item) + QLatin1String(" — ") +
                  QDir::toNativeSeparators(item->unpackedFolder.isEmpty() ? item->destination
                                                                          : item->unpackedFolder);
        // What an unpack left out, entry by entry, and why.
        for (const RefusedEntry& refused : item->refused)
            details += QLatin1Char('\n') + refused.text();
    }
    m_details->setText(details);
    m_details->setAccessibleName(details.isEmpty() ? tr("No download selected") : QString());
}
