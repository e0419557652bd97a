#pragma once

#include "StatefulPage.h"
#include "registry/Package.h"

#include <QPointer>

#include <optional>

class LinkButton;
class MarkdownBrowser;
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

// One package: name, identifier (with Copy), catalog and website links, description, and tabs for the
// README, the versions, the schemas of the package file, the licence and the package file itself.
class PackageDetailsPage : public StatefulPage
{
    Q_OBJECT
public:
    enum Tab { ReadmeTab, VersionsTab, SchemasTab, LicenseTab, PackageFileTab };
    Q_ENUM(Tab)

    PackageDetailsPage(RegistryBackend* backend, const PackageId& id, QWidget* parent = nullptr);

    QString title() const override;
    QVariant saveState() const override;
    void restoreState(const QVariant& state) override;
    void reload() override;

    PackageId packageId() const { return m_id; }
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
    LinkButton* websiteLink() const { return m_websiteLink; }

private:
    void onLoaded(const Package& package);
    void fillSchemas();
    void copyIdentifier();
    void askAndSave();
    void applyPendingState();

    QPointer<RegistryBackend> m_backend;
    PackageId m_id;
    Package m_package;
    QVariantMap m_pendingState;
    bool m_loaded = false;

    PageHeader* m_header;
    QPushButton* m_copy;
    LinkButton* m_catalogLink;
    LinkButton* m_websiteLink;
    QLabel* m_meta;
    QTabWidget* m_tabs;
    MarkdownBrowser* m_readme;
    QTableView* m_versions;
    VersionListModel* m_versionModel;
    QTreeWidget* m_schemas;
    MarkdownBrowser* m_license;
    QPlainTextEdit* m_packageFile;
    QPushButton* m_save;
};
