#pragma once

#include "session/DownloadManager.h"

#include <QAbstractTableModel>
#include <QPointer>

// The downloads of a DownloadManager as a table for the downloads panel (a view-side adapter: the manager
// is window-free state, like the sessions): the file, its progress and what it
// is doing ("12 MB of 200 MB, 40 MB/s", "Saved", "Unpacked, 2 entries left out", the error).
class DownloadListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FileColumn, ProgressColumn, StatusColumn, ColumnCount };
    Q_ENUM(Column)

    enum Roles {
        IdRole = Qt::UserRole, // int: the DownloadManager item id
        StateRole,             // DownloadManager::State
        ProgressRole,          // int 0..1000, -1 when the size is unknown
        PathRole,              // the saved file or the unpacked folder
    };
    Q_ENUM(Roles)

    explicit DownloadListModel(DownloadManager* manager, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Saved", "12 MB of 200 MB, 40 MB/s", "Failed: …" for `item`.
    static QString statusText(const DownloadManager::Item& item);

private:
    QPointer<DownloadManager> m_manager;
};
