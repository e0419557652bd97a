#include "DownloadListModel.h"

#include <QDir>
#include <QLocale>

DownloadListModel::DownloadListModel(DownloadManager* manager, QObject* parent)
    : QAbstractTableModel(parent)
    , m_manager(manager)
{
    connect(manager, &DownloadManager::itemAdded, this, [this](int index) {
        beginInsertRows({}, index, index);
        endInsertRows();
    });
    connect(manager, &DownloadManager::itemRemoved, this, [this](int index) {
        beginRemoveRows({}, index, index);
        endRemoveRows();
    });
    connect(manager, &DownloadManager::itemChanged, this, [this](int index) {
        if (index >= 0)
            emit dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
    });
}

int DownloadListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_manager ? 0 : int(m_manager->items().size());
}

int DownloadListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DownloadListModel::statusText(const DownloadManager::Item& item)
{
    const QLocale locale;
    using State = DownloadManager::State;
    switch (item.state) {
    case State::Downloading: {
        const QString done = locale.formattedDataSize(item.done);
        //: Progress of a download: "12 MB of 200 MB"
        QString text =
            item.total >= 0 ? tr("%1 of %2").arg(done, locale.formattedDataSize(item.total)) : done;
        if (item.bytesPerSecond > 0)
            //: Progress and speed of a download: "12 MB of 200 MB, 40 MB/s"
            text = tr("%1, %2/s").arg(text, locale.formattedDataSize(qint64(item.bytesPerSecond)));
        return text;
    }
    case State::Unpacking:
        return tr("Unpacking…");
    case State::Done:
        if (item.unpackedFolder.isEmpty())
            return tr("Saved");
        return item.refused.isEmpty()
                   ? tr("Unpacked")
                   : tr("Unpacked; %n entry(s) left out", nullptr, int(item.refused.size()));
    case State::Failed:
        return tr("Failed: %1").arg(item.error.userText());
    case State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QVariant DownloadListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || !m_manager || index.row() >= rowCount())
        return {};
    const DownloadManager::Item& item = m_manager->items().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == FileColumn)
            return item.offer.fileName;
        if (index.column() == StatusColumn)
            return statusText(item);
        return {};
    case Qt::ToolTipRole: {
        QStringList lines{
            QDir::toNativeSeparators(item.unpackedFolder.isEmpty() ? item.destination : item.unpackedFolder)};
        for (const RefusedEntry& refused : item.refused)
            lines.append(refused.text());
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleTextRole:
        if (index.column() == ProgressColumn)
            return statusText(item);
        return {};
    case IdRole:
        return item.id;
    case StateRole:
        return QVariant::fromValue(item.state);
    case ProgressRole:
        if (item.state == DownloadManager::State::Done)
            return 1000;
        return item.total > 0 ? int(item.done * 1000 / item.total) : -1;
    case PathRole:
        return item.unpackedFolder.isEmpty() ? item.destination : item.unpackedFolder;
    default:
        return {};
    }
}

QVariant DownloadListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn:
        return tr("File");
    case ProgressColumn:
        return tr("Progress");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}
