#pragma once

#include "registry/PackageDetails.h"

#include <QObject>

class QLineEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QVBoxLayout;
class QWidget;

// The tabs of a package page that show what a version holds and how it runs: its modules (name, ABI, source,
// interfaces), its commands with the line that runs the package (to copy), its dependencies (each a link to
// that package) and its filesystem mappings. A tab without content is hidden.
class PackageContentsTabs : public QObject
{
    Q_OBJECT
public:
    // Inserts the four tabs into `tabs` at `firstIndex` and the following indices.
    PackageContentsTabs(QTabWidget* tabs, int firstIndex);

    void fill(const PackageDetails* details);

    QTreeWidget* modulesView() const { return m_modules; }
    QTreeWidget* commandsView() const { return m_commands; }
    QLineEdit* runLine() const { return m_run; }
    QPushButton* copyRunButton() const { return m_copyRun; }
    QWidget* dependenciesView() const { return m_dependencies; }
    // The links of the dependencies tab, in order.
    QList<QPushButton*> dependencyLinks() const;
    QTreeWidget* filesystemView() const { return m_filesystem; }

signals:
    void dependencyActivated(const PackageId& id, const QString& version);
    void interfaceActivated(const QString& name);

private:
    void fillDependencies(const QList<PackageDetails::Dependency>& dependencies);
    void copyRunLine();

    QTabWidget* m_tabs;
    int m_first;
    QTreeWidget* m_modules;
    QWidget* m_commandsTab;
    QTreeWidget* m_commands;
    QLineEdit* m_run;
    QPushButton* m_copyRun;
    QWidget* m_dependencies;
    QVBoxLayout* m_dependencyList;
    QTreeWidget* m_filesystem;
};
