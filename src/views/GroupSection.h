#pragma once

#include "registry/RegistryPart.h"

#include <QPointer>
#include <QWidget>

class PackageGroupListModel;
class QLabel;
class QListView;
class QPushButton;
class RegistryBackend;

// One sidebar section of package groups (catalogs, collections, namespaces): a heading named as the registry
// names them, the groups matching the search term, and a line that says what is going on: loading, none, an
// error with Retry, or why this registry has no such list.
class GroupSection : public QWidget
{
    Q_OBJECT
public:
    // `fallbackHeading` while no registry says what it calls them ("Catalogs").
    GroupSection(RegistryPart part, const QString& fallbackHeading, QWidget* parent = nullptr);

    RegistryPart part() const { return m_part; }
    void setBackend(RegistryBackend* backend);
    void setSearchTerm(const QString& term);
    // Asks again (after a reconnection, F5).
    void reload();
    // Selects the row of `slug`, or clears the selection when it is not one of ours.
    void select(const QString& slug);
    void clearSelection();

    QLabel* heading() const { return m_heading; }
    QListView* list() const { return m_list; }
    PackageGroupListModel* model() const { return m_model; }
    QLabel* status() const { return m_status; }
    QPushButton* retryButton() const { return m_retry; }

signals:
    void groupRequested(const QString& slug);
    // A row arrived: the page shown may be one of ours.
    void rowsArrived();

private:
    void updateState();

    RegistryPart m_part;
    QString m_fallbackHeading;
    QPointer<RegistryBackend> m_backend;
    QString m_term;
    PackageGroupListModel* m_model;
    QLabel* m_heading;
    QListView* m_list;
    QLabel* m_status;
    QPushButton* m_retry;
};
