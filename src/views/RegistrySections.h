#pragma once

#include "BrowserLocation.h"

#include <QPointer>
#include <QWidget>

class GroupSection;
class QListWidget;
class RegistryBackend;

// The sidebar under the registries: what the selected registry offers to browse. "Latest packages", then its
// catalogs (or namespaces), collections and interfaces, following the search field. A registry without one of
// them says why in that section instead of showing an error.
class RegistrySections : public QWidget
{
    Q_OBJECT
public:
    explicit RegistrySections(QWidget* parent = nullptr);

    // Null: nothing to browse (no registry, or not connected yet).
    void setBackend(RegistryBackend* backend);
    // The groups matching `term` (all of them when empty).
    void setSearchTerm(const QString& term);
    // Highlights the entry of the page shown, if it is one of ours.
    void setCurrentLocation(const BrowserLocation& location);
    // Asks again for the groups (after a reconnection, F5).
    void reload();

    QListWidget* latestList() const { return m_latest; }
    // Its controls from top to bottom, for the window's Tab order.
    QList<QWidget*> tabOrder() const;
    GroupSection* catalogs() const { return m_catalogs; }
    GroupSection* collections() const { return m_collections; }
    GroupSection* interfaces() const { return m_interfaces; }

signals:
    void latestRequested();
    void locationRequested(const BrowserLocation& location);

private:
    void clearSelections(QWidget* except);
    QList<GroupSection*> sections() const;
    BrowserLocation::Kind kindOf(const GroupSection* section) const;

    QPointer<RegistryBackend> m_backend;
    BrowserLocation m_location; // of the page shown
    QListWidget* m_latest;
    GroupSection* m_catalogs;
    GroupSection* m_collections;
    GroupSection* m_interfaces;
};
