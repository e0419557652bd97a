#pragma once

#include "BrowserLocation.h"

#include <QPointer>
#include <QWidget>

class CatalogListModel;
class CollectionListModel;
class QLabel;
class QListView;
class QListWidget;
class QModelIndex;
class QPushButton;
class RegistryBackend;

// The sidebar under the registries: what the selected registry offers to browse. "Latest packages",
// then its catalogs and collections (found with the registry's catalog / collection search, following the
// search field), each only when the registry has them: a registry without them shows the heading greyed
// with "Not available" instead of an error.
class RegistrySections : public QWidget
{
    Q_OBJECT
public:
    explicit RegistrySections(QWidget* parent = nullptr);

    // Null: nothing to browse (no registry, or not connected yet).
    void setBackend(RegistryBackend* backend);
    // The catalogs and collections matching `term` (all of them when empty).
    void setSearchTerm(const QString& term);
    // Highlights the entry of the page shown, if it is one of ours.
    void setCurrentLocation(const BrowserLocation& location);
    // Asks again for the catalogs and collections (after a reconnection, F5).
    void reload() { applySources(); }

    QListWidget* latestList() const { return m_latest; }
    QListView* catalogList() const { return m_catalogs; }
    QListView* collectionList() const { return m_collections; }
    CatalogListModel* catalogModel() const { return m_catalogModel; }
    CollectionListModel* collectionModel() const { return m_collectionModel; }
    QLabel* catalogStatus() const { return m_catalogStatus; }
    QLabel* collectionStatus() const { return m_collectionStatus; }

signals:
    void latestRequested();
    void catalogRequested(const QString& slug);
    void collectionRequested(const QString& slug);

private:
    void applySources();
    void updateCatalogState();
    void updateCollectionState();
    // One section's heading, list and status line for `state`: the list when it has rows, else a line.
    void showSectionState(QLabel* heading, QListView* list, QLabel* status, QPushButton* retry,
                          bool available, bool loading, bool failed, bool unsupported,
                          const QString& errorText, int rows, const QString& emptyText,
                          const QString& emptyMatchText);
    void clearSelections(QWidget* except);

    QPointer<RegistryBackend> m_backend;
    QString m_term;
    BrowserLocation m_location; // of the page shown
    CatalogListModel* m_catalogModel;
    CollectionListModel* m_collectionModel;
    QListWidget* m_latest;
    QLabel* m_catalogHeading;
    QListView* m_catalogs;
    QLabel* m_catalogStatus;
    QPushButton* m_catalogRetry;
    QLabel* m_collectionHeading;
    QListView* m_collections;
    QLabel* m_collectionStatus;
    QPushButton* m_collectionRetry;
};
