#pragma once

#include "registry/PackageDetails.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// A resolved bundle as a tree: the package, then each package it depends on, each with its components
// (compiled or not) and assets. A dependency opens on a double-click or Enter. "Export Resolved Bundle…"
// writes the whole bundle to a JSON file (BundleExport).
class BundleTree : public QWidget
{
    Q_OBJECT
public:
    explicit BundleTree(QWidget* parent = nullptr);

    // `name`: what the export proposes as a file name, without extension.
    void setBundle(const QList<PackageDetails::BundlePart>& bundle, const QString& name);
    // Writes the bundle shown to `path`. False and *error when it cannot.
    bool exportTo(const QString& path, QString* error = nullptr) const;

    QTreeWidget* tree() const { return m_tree; }
    QPushButton* exportButton() const { return m_export; }

signals:
    void packageActivated(const PackageId& id);

private:
    void askAndExport();

    QList<PackageDetails::BundlePart> m_bundle;
    QString m_name;
    QTreeWidget* m_tree;
    QPushButton* m_export;
};
