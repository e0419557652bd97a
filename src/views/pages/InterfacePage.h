#pragma once

#include "StatefulPage.h"
#include "registry/PackageInterface.h"

#include <QPointer>

class LinkButton;
class PageHeader;
class PagedPackageTable;
class QComboBox;
class QPlainTextEdit;
class QTabWidget;
class QTreeWidget;
class RegistryBackend;

// One interface that packages implement (Wasmer's wasi): its description and homepage, a choice of its
// versions, and for the version chosen the packages that implement it (paged; Enter opens one) and its text
// in a monospace view; a tab lists every version with its date.
class InterfacePage : public StatefulPage
{
    Q_OBJECT
public:
    enum Tab { PackagesTab, TextTab, VersionsTab };
    Q_ENUM(Tab)

    InterfacePage(RegistryBackend* backend, const QString& name, QWidget* parent = nullptr);

    QString title() const override;
    QVariant saveState() const override;
    void restoreState(const QVariant& state) override;
    void reload() override;

    QString name() const { return m_name; }
    const PackageInterface& interfaceInfo() const { return m_interface; }
    PageHeader* header() const { return m_header; }
    QComboBox* versionChoice() const { return m_version; }
    QTabWidget* tabs() const { return m_tabs; }
    PagedPackageTable* packages() const { return m_packages; }
    QPlainTextEdit* textView() const { return m_text; }
    QTreeWidget* versionsView() const { return m_versions; }

private:
    void onLoaded(const PackageInterface& interface);
    void showVersion(int index);

    QPointer<RegistryBackend> m_backend;
    QString m_name;
    PackageInterface m_interface;
    bool m_loaded = false;
    int m_pendingTab = -1;

    PageHeader* m_header;
    LinkButton* m_homepage;
    QComboBox* m_version;
    QTabWidget* m_tabs;
    PagedPackageTable* m_packages;
    QPlainTextEdit* m_text;
    QTreeWidget* m_versions;
};
