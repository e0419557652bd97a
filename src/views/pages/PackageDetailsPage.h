#pragma once

#include "StatefulPage.h"
#include "registry/Package.h"

#include <QPointer>

#include <optional>

class LinkButton;
class LiveFeed;
class RegistryJob;
class MarkdownBrowser;
class PackageBundleTabs;
class PackageContentsTabs;
class PageHeader;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeWidget;
class RegistryBackend;
class VersionListModel;

template <typename T> class ResultJob;

// One package, or one version of it: name, identifier (with Copy), links to its group, owner, website and
// repository, description, figures (downloads, size, licence, signature), Download… and Unpack to folder…
// where the registry offers files, and tabs for the README, the versions (Enter opens one), the components,
// assets and resolved bundle of bundle registries (Metabind: PackageBundleTabs), the modules,
// commands, dependencies and filesystem mappings of the version, the schemas of the package file, the licence
// and the package file itself. Where the registry announces new versions (live updates), a version published
// while the page is open shows up in place.
class PackageDetailsPage : public StatefulPage
{
    Q_OBJECT
public:
    enum Tab {
        ReadmeTab,
        VersionsTab,
        ComponentsTab, // PackageBundleTabs: components, assets, resolved bundle, compiled bundle
        AssetsTab,
        BundleTab,
        CompiledTab,
        ModulesTab,
        CommandsTab,
        DependenciesTab,
        FilesTab,
        SchemasTab,
        LicenseTab,
        PackageFileTab
    };
    Q_ENUM(Tab)

    // `version`: that version's page; empty: the latest version's.
    PackageDetailsPage(RegistryBackend* backend, const PackageId& id, const QString& version = {},
                       QWidget* parent = nullptr);

    QString title() const override;
    QVariant saveState() const override;
    void restoreState(const QVariant& state) override;
    void reload() override;

    PackageId packageId() const { return m_id; }
    // The version asked for; empty for the latest.
    QString requestedVersion() const { return m_version; }
    // The package as last loaded (empty before).
    const Package& package() const { return m_package; }
    // Writes the package file shown in the "Package file" tab to `path` (atomically). False and *error
    // when it cannot.
    bool savePackageFile(const QString& path, QString* error = nullptr) const;

    PageHeader* header() const { return m_header; }
    QTabWidget* tabs() const { return m_tabs; }
    MarkdownBrowser* readmeView() const { return m_readme; }
    MarkdownBrowser* licenseView() const { return m_license; }
    QTableView* versionsView() const { return m_versions; }
    VersionListModel* versionModel() const { return m_versionModel; }
    QTreeWidget* schemaTree() const { return m_schemas; }
    QPlainTextEdit* packageFileView() const { return m_packageFile; }
    QPushButton* copyButton() const { return m_copy; }
    QPushButton* saveButton() const { return m_save; }
    // The link to the package's catalog or namespace, where the registry has such pages.
    LinkButton* catalogLink() const { return m_catalogLink; }
    LinkButton* ownerLink() const { return m_ownerLink; }
    LinkButton* websiteLink() const { return m_websiteLink; }
    LinkButton* repositoryLink() const { return m_repositoryLink; }
    // Downloads, size, licence, signature: one line.
    QLabel* factsLabel() const { return m_facts; }
    QPushButton* downloadButton() const { return m_download; }
    QPushButton* unpackButton() const { return m_unpack; }
    PackageContentsTabs* contents() const { return m_contents; }
    PackageBundleTabs* bundleTabs() const { return m_bundleTabs; }

private:
    void onLoaded(const Package& package);
    // A version of this package was just published (live updates): loads the page again without leaving it
    // (no "Loading…"), keeping the tab, the README's scroll position and the selected version. A refresh
    // that fails leaves the page as it was.
    void refreshInPlace();
    // The version shown: the one asked for, or the latest once loaded.
    QString shownVersion() const;
    void fillLinks(const Package& package);
    void fillFacts(const Package& package);
    void fillSchemas();
    void copyIdentifier();
    void askAndSave();
    void applyPendingState();

    QPointer<RegistryBackend> m_backend;
    PackageId m_id;
    QString m_version;
    Package m_package;
    QVariantMap m_pendingState;
    bool m_loaded = false;
    QPointer<LiveFeed> m_live;       // where the registry announces new versions
    QPointer<RegistryJob> m_refresh; // a refreshInPlace() on its way

    PageHeader* m_header;
    QPushButton* m_copy;
    LinkButton* m_catalogLink;
    LinkButton* m_ownerLink;
    LinkButton* m_websiteLink;
    LinkButton* m_repositoryLink;
    QLabel* m_meta;
    QLabel* m_facts;
    QPushButton* m_download;
    QPushButton* m_unpack;
    QTabWidget* m_tabs;
    MarkdownBrowser* m_readme;
    QTableView* m_versions;
    VersionListModel* m_versionModel;
    PackageContentsTabs* m_contents = nullptr;
    PackageBundleTabs* m_bundleTabs = nullptr;
    QTreeWidget* m_schemas;
    MarkdownBrowser* m_license;
    QPlainTextEdit* m_packageFile;
    QPushButton* m_save;
};
