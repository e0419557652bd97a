#pragma once

#include <QDockWidget>

class DownloadListModel;
class DownloadManager;
class QLabel;
class QPushButton;
class QTableView;

// The downloads of the run, docked at the bottom of the window: each file with its progress bar, size and
// speed or what became of it; for the one selected: Cancel, Retry, Unpack to Folder…, Show in Folder,
// Remove, and under the list where it went and what an unpack left out.
class DownloadsPanel : public QDockWidget
{
    Q_OBJECT
public:
    DownloadsPanel(DownloadManager* manager, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    DownloadListModel* model() const { return m_model; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* retryButton() const { return m_retry; }
    QPushButton* unpackButton() const { return m_unpack; }
    QPushButton* showButton() const { return m_show; }
    QPushButton* removeButton() const { return m_remove; }
    QLabel* detailsLabel() const { return m_details; }
    // The DownloadManager id of the row selected; 0 when none.
    int selectedId() const;
    // Selects the row of item `id`.
    void select(int id);

signals:
    // Need the registry or a folder chosen: the controller does these.
    void retryRequested(int id);
    void unpackRequested(int id);

private:
    void updateButtons();

    DownloadManager* m_manager;
    DownloadListModel* m_model;
    QTableView* m_table;
    QPushButton* m_cancel;
    QPushButton* m_retry;
    QPushButton* m_unpack;
    QPushButton* m_show;
    QPushButton* m_remove;
    QLabel* m_details;
};
