#include "PackageDetailsPage.h"

#include "LinkButton.h"
#include "MarkdownBrowser.h"
#include "PackageBundleTabs.h"
#include "PackageContentsTabs.h"
#include "PageHeader.h"
#include "core/Logging.h"
#include "models/VersionListModel.h"
#include "registry/LiveFeed.h"
#include "registry/RegistryBackend.h"
#include "registry/parts/LiveUpdates.h"
#include "registry/parts/PackageGroups.h"
#include "registry/parts/UserDirectory.h"
#include "views/CodeFont.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
const QString kTabKey = QStringLiteral("tab");
const QString kReadmeScrollKey = QStringLiteral("readmeScroll");
constexpr int kCopiedFeedbackMs = 1500;
} // namespace

PackageDetailsPage::PackageDetailsPage(RegistryBackend* backend, const PackageId& id, const QString& version,
                                       QWidget* parent)
    : StatefulPage(parent)
    , m_backend(backend)
    , m_id(id)
    , m_version(version)
    , m_header(new PageHeader(this))
    , m_copy(new QPushButton(tr("Copy"), this))
    , m_catalogLink(new LinkButton(this))
    , m_ownerLink(new LinkButton(this))
    , m_websiteLink(new LinkButton(this))
    , m_repositoryLink(new LinkButton(this))
    , m_meta(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_download(new QPushButton(tr("Download…"), this))
    , m_unpack(new QPushButton(tr("Unpack to Folder…"), this))
    , m_tabs(new QTabWidget(this))
    , m_readme(new MarkdownBrowser(this))
    , m_versions(new QTableView(this))
    , m_versionModel(new VersionListModel(this))
    , m_schemas(new QTreeWidget(this))
    , m_license(new MarkdownBrowser(this))
    , m_packageFile(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("Save Package File…"), this))
{
    setAccessibleName(tr("Package %1").arg(m_id.toString()));
    m_header->setTitle(m_id.name);
    m_header->setSubtitle(m_version.isEmpty() ? m_id.toString()
                                              : m_id.toString() + QLatin1Char('@') + m_version);

    m_copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copy->setAccessibleName(tr("Copy identifier"));
    m_copy->setToolTip(tr("Copy “%1” to the clipboard").arg(m_id.toString()));
    m_catalogLink->setAccessibleName(tr("Open catalog"));
    m_catalogLink->hide();
    m_ownerLink->setAccessibleName(tr("Open owner"));
    m_ownerLink->hide();
    m_websiteLink->setAccessibleName(tr("Open website"));
    m_websiteLink->hide();
    m_repositoryLink->setAccessibleName(tr("Open repository"));
    m_repositoryLink->hide();
    m_meta->setAccessibleName(tr("No version"));
    m_meta->setTextFormat(Qt::PlainText);
    m_header->addActionWidget(m_copy);
    m_header->addActionWidget(m_catalogLink);
    m_header->addActionWidget(m_ownerLink);
    m_header->addActionWidget(m_websiteLink);
    m_header->addActionWidget(m_repositoryLink);
    m_header->addActionWidget(m_meta);
    m_facts->setObjectName(QStringLiteral("packageFacts"));
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setAccessibleName(tr("No figures"));
    m_download->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));
    m_download->setToolTip(tr("Save this version's package file"));
    m_unpack->setIcon(QIcon::fromTheme(QStringLiteral("archive-extract")));
    m_unpack->setToolTip(tr("Download this version and unpack it into a folder"));
    // Offered where the registry has files to download; the page says why not otherwise.
    const bool downloads = m_backend && m_backend->downloads();
    for (QPushButton* button : {m_download, m_unpack}) {
        button->setEnabled(downloads);
        if (!downloads && m_backend)
            button->setToolTip(m_backend->whyMissing(RegistryPart::Downloads));
    }

    m_readme->setAccessibleName(tr("README"));
    m_license->setAccessibleName(tr("Licence"));

    // A click on a header sorts by what the model gives for sorting: versions as versions, dates as dates.
    auto* versionSorting = new QSortFilterProxyModel(this);
    versionSorting->setSourceModel(m_versionModel);
    versionSorting->setSortRole(VersionListModel::SortRole);
    versionSorting->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_versions->setModel(versionSorting);
    m_versions->setTabKeyNavigation(false); // Tab leaves the table, as everywhere else; arrows move in it
    m_versions->setAccessibleName(tr("Versions"));
    m_versions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_versions->setAlternatingRowColors(true);
    m_versions->setShowGrid(false);
    m_versions->setWordWrap(false);
    m_versions->setFrameShape(QFrame::NoFrame);
    m_versions->verticalHeader()->hide();
    // The corner "select all" button stays in the accessibility tree with the header hidden: name it.
    for (QAbstractButton* corner : m_versions->findChildren<QAbstractButton*>())
        corner->setAccessibleName(tr("Select all"));
    m_versions->horizontalHeader()->setStretchLastSection(true);
    m_versions->horizontalHeader()->setHighlightSections(false);
    m_versions->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_versions->setColumnWidth(VersionListModel::VersionColumn, 120);
    m_versions->setColumnWidth(VersionListModel::DateColumn, 200);
    m_versions->setSortingEnabled(true);
    m_versions->sortByColumn(VersionListModel::VersionColumn, Qt::DescendingOrder); // newest first

    m_schemas->setAccessibleName(tr("Schemas and properties"));
    m_schemas->setHeaderLabels({tr("Name"), tr("Type"), tr("Description")});
    m_schemas->setAlternatingRowColors(true);
    m_schemas->setFrameShape(QFrame::NoFrame);
    m_schemas->setColumnWidth(0, 240);
    m_schemas->setColumnWidth(1, 160);
    m_schemas->header()->setStretchLastSection(true);

    // The file is shown as the registry has it, in a code font, for reading and copying, never editing.
    m_packageFile->setReadOnly(true);
    m_packageFile->setAccessibleName(tr("Package file"));
    m_packageFile->setFont(codeFont());
    m_packageFile->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_packageFile->setFrameShape(QFrame::NoFrame);
    m_packageFile->document()->setDocumentMargin(12);
    m_save->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    m_save->setAccessibleName(tr("Save package file"));
    auto* fileTab = new QWidget(this);
    auto* fileButtons = new QHBoxLayout;
    fileButtons->setContentsMargins(8, 8, 8, 8);
    fileButtons->addStretch(1);
    fileButtons->addWidget(m_save);
    auto* fileLayout = new QVBoxLayout(fileTab);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->setSpacing(0);
    fileLayout->addWidget(m_packageFile, 1);
    fileLayout->addLayout(fileButtons);

    m_tabs->setAccessibleName(tr("Package details"));
    m_tabs->setDocumentMode(true);
    m_tabs->insertTab(ReadmeTab, m_readme, tr("README"));
    m_tabs->insertTab(VersionsTab, m_versions, tr("Versions"));
    m_bundleTabs = new PackageBundleTabs(m_tabs, ComponentsTab);
    m_contents = new PackageContentsTabs(m_tabs, ModulesTab);
    m_tabs->insertTab(SchemasTab, m_schemas, tr("Schemas"));
    m_tabs->insertTab(LicenseTab, m_license, tr("Licence"));
    m_tabs->insertTab(PackageFileTab, fileTab, tr("Package File"));

    auto* content = new QWidget(this);
    auto* headerBox = new QVBoxLayout;
    headerBox->setContentsMargins(24, 20, 24, 12);
    headerBox->addWidget(m_header);
    auto* factsRow = new QHBoxLayout;
    factsRow->setContentsMargins(0, 4, 0, 0);
    factsRow->addWidget(m_facts, 1);
    factsRow->addWidget(m_download);
    factsRow->addWidget(m_unpack);
    headerBox->addLayout(factsRow);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addLayout(headerBox);
    contentLayout->addWidget(m_tabs, 1);
    setContent(content);

    connect(m_copy, &QPushButton::clicked, this, &PackageDetailsPage::copyIdentifier);
    connect(m_catalogLink, &QPushButton::clicked, this, [this] { emit openCatalog(m_package.id.scope); });
    connect(m_ownerLink, &QPushButton::clicked, this, [this] {
        if (m_package.details && m_package.details->ownerKind == PackageDetails::OwnerKind::User)
            emit openUser(m_package.details->ownerName);
        else if (m_package.details)
            emit openCatalog(m_package.details->ownerName);
    });
    connect(m_websiteLink, &QPushButton::clicked, this, [this] { emit openUrl(m_package.website); });
    connect(m_repositoryLink, &QPushButton::clicked, this, [this] {
        if (m_package.details)
            emit openUrl(m_package.details->repository);
    });
    connect(m_download, &QPushButton::clicked, this,
            [this] { emit downloadRequested(m_id, shownVersion(), false); });
    connect(m_unpack, &QPushButton::clicked, this,
            [this] { emit downloadRequested(m_id, shownVersion(), true); });
    connect(m_contents, &PackageContentsTabs::dependencyActivated, this,
            &PackageDetailsPage::openPackageVersion);
    connect(m_contents, &PackageContentsTabs::interfaceActivated, this, &PackageDetailsPage::openInterface);
    connect(m_bundleTabs, &PackageBundleTabs::packageActivated, this, &PackageDetailsPage::openPackage);
    connect(m_bundleTabs, &PackageBundleTabs::downloadRequested, this,
            &PackageDetailsPage::fileDownloadRequested);
    // Enter or a double-click on a version opens that version's page.
    connect(m_versions, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString chosen = index.data(VersionListModel::VersionRole).toString();
        if (!chosen.isEmpty())
            emit openPackageVersion(m_package.id.isValid() ? m_package.id : m_id,
                                    chosen == m_package.latestVersion ? QString() : chosen);
    });
    connect(m_readme, &MarkdownBrowser::externalLinkActivated, this, &PackageDetailsPage::openUrl);
    connect(m_license, &MarkdownBrowser::externalLinkActivated, this, &PackageDetailsPage::openUrl);
    connect(m_save, &QPushButton::clicked, this, &PackageDetailsPage::askAndSave);

    if (LiveUpdates* live = m_backend ? m_backend->liveUpdates() : nullptr) {
        m_live = live->watchPackage(m_id, this);
        connect(m_live, &LiveFeed::published, this, &PackageDetailsPage::refreshInPlace);
    }
    reload();
}

void PackageDetailsPage::refreshInPlace()
{
    // A page still loading (or failed) asks anyway, and will show the new version.
    if (!m_loaded || !m_backend)
        return;
    if (m_refresh)
        m_refresh->cancel();
    PackageJob* job = m_backend->packageVersion(m_id, m_version);
    m_refresh = job;
    connect(job, &RegistryJob::finished, this, [this, job] {
        const QModelIndex current = m_versions->currentIndex();
        const QString selected = current.data(VersionListModel::VersionRole).toString();
        m_pendingState = saveState().toMap();
        onLoaded(job->result());
        QAbstractItemModel* rows = m_versions->model();
        for (int row = 0; !selected.isEmpty() && row < rows->rowCount(); ++row) {
            const QModelIndex index = rows->index(row, current.column());
            if (index.data(VersionListModel::VersionRole).toString() == selected) {
                m_versions->setCurrentIndex(index);
                break;
            }
        }
        qCDebug(lcViews).noquote() << "package page refreshed in place:" << m_id.toString();
    });
}

QString PackageDetailsPage::title() const
{
    return m_loaded ? m_package.displayName : m_id.toString();
}

QString PackageDetailsPage::shownVersion() const
{
    return m_package.details && !m_package.details->version.isEmpty() ? m_package.details->version
                                                                      : m_version;
}

void PackageDetailsPage::reload()
{
    startLoad(m_backend ? m_backend->packageVersion(m_id, m_version) : nullptr,
              {tr("Loading package…"), tr("Could not load the package"), tr("Package not found")},
              [this](const Package& value) { onLoaded(value); });
}

void PackageDetailsPage::onLoaded(const Package& package)
{
    const QString oldTitle = title();
    m_package = package;
    m_loaded = true;

    setAccessibleName(tr("Package %1").arg(package.displayName));
    m_header->setTitle(package.displayName);
    const QString shown = shownVersion();
    // An older version says so in its subtitle; the versions tab leads to the others.
    m_header->setSubtitle(shown.isEmpty() || shown == package.latestVersion
                              ? package.id.toString()
                              : tr("%1, version %2 (the latest is %3)")
                                    .arg(package.id.toString(), shown, package.latestVersion));
    m_header->setDescription(package.description);

    fillLinks(package);
    fillFacts(package);

    m_readme->setMarkdownText(package.readmeMarkdown, tr("This package has no README."));
    m_license->setMarkdownText(package.licenseMarkdown, tr("This package states no licence."));
    m_versionModel->setVersions(package.versions);
    m_contents->fill(package.details.get());
    m_bundleTabs->fill(package.details.get(), package.id,
                       QString(package.displayName).replace(QLatin1Char('/'), QLatin1Char('-')));
    fillSchemas();
    m_packageFile->setPlainText(package.manifest ? package.manifest->text : QString());

    const bool hasFile = package.manifest && !package.manifest->text.isEmpty();
    m_tabs->setTabVisible(VersionsTab, !package.versions.isEmpty());
    m_tabs->setTabVisible(SchemasTab, package.manifest && !package.manifest->schemas.isEmpty());
    m_tabs->setTabVisible(PackageFileTab, hasFile);
    // A bundle without a README opens on its components rather than on an empty README, shows no empty
    // licence, and its files are its assets, each downloaded from the Assets tab.
    const bool bundle = !m_bundleTabs->isEmpty();
    const bool noReadme = package.readmeMarkdown.isEmpty() && bundle;
    m_tabs->setTabVisible(ReadmeTab, !noReadme);
    m_tabs->setTabVisible(LicenseTab, !bundle || !package.licenseMarkdown.isEmpty());
    const bool packageFiles = !bundle || (m_backend && m_backend->downloads());
    m_download->setVisible(packageFiles);
    m_unpack->setVisible(packageFiles);
    if (noReadme && m_tabs->currentIndex() == ReadmeTab) {
        for (int tab = ComponentsTab; tab < m_tabs->count(); ++tab) {
            if (m_tabs->isTabVisible(tab)) {
                m_tabs->setCurrentIndex(tab);
                break;
            }
        }
    }
    m_save->setEnabled(hasFile);

    showContent();
    qCDebug(lcViews).noquote() << "package page shows" << package.id.toString() << shownVersion();
    applyPendingState();
    if (title() != oldTitle)
        emit titleChanged(title());
}

void PackageDetailsPage::fillLinks(const Package& package)
{
    // The package's group by the name this registry gives it: "Catalog: NOAA", "Namespace: wasmer".
    PackageGroups* groups = m_backend ? m_backend->catalogs() : nullptr;
    const QString catalogName =
        package.scopeDisplayName.isEmpty() ? package.id.scope : package.scopeDisplayName;
    const QString groupName = groups ? groups->singularName() : QString();
    //: A link on a package page: "Catalog: NOAA", "Namespace: wasmer"
    m_catalogLink->setText(tr("%1: %2").arg(groupName, catalogName));
    //: Accessible name of the link to a package's group: "Open Catalog NOAA"
    m_catalogLink->setAccessibleName(tr("Open %1 %2").arg(groupName, catalogName));
    //: Tooltip of the link to a package's group: "Show Catalog “noaa”"
    m_catalogLink->setToolTip(tr("Show %1 “%2”").arg(groupName, package.id.scope));
    m_catalogLink->setVisible(groups && groups->scopesPackages() && !package.id.scope.isEmpty());

    // The owner, when it is not the group already linked: a user (their page) or another group.
    const PackageDetails* details = package.details.get();
    const bool userOwner =
        details && details->ownerKind == PackageDetails::OwnerKind::User && m_backend && m_backend->users();
    const bool otherGroup = details && details->ownerKind == PackageDetails::OwnerKind::Group && groups &&
                            details->ownerName != package.id.scope;
    if (userOwner || otherGroup) {
        //: A link on a package page to whoever owns the package: "Owner: syrusakbary"
        m_ownerLink->setText(tr("Owner: %1").arg(details->ownerName));
        m_ownerLink->setAccessibleName(tr("Open owner %1").arg(details->ownerName));
    }
    m_ownerLink->setVisible(userOwner || otherGroup);
    m_websiteLink->showUrl(package.website, tr("Open website %1"));
    const QUrl repository = details ? details->repository : QUrl();
    m_repositoryLink->showUrl(repository == package.website ? QUrl() : repository, tr("Open repository %1"));
}

void PackageDetailsPage::fillFacts(const Package& package)
{
    const PackageVersion latest = package.versions.isEmpty() ? PackageVersion{} : package.versions.first();
    QStringList meta;
    if (!package.latestVersion.isEmpty())
        meta.append(tr("Version %1").arg(shownVersion().isEmpty() ? package.latestVersion : shownVersion()));
    const QDateTime updated = package.updatedAt.isValid() ? package.updatedAt : latest.createdAt;
    if (updated.isValid())
        meta.append(
            tr("updated %1").arg(QLocale().toString(updated.toLocalTime().date(), QLocale::LongFormat)));
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    m_meta->setAccessibleName(meta.isEmpty() ? tr("No version") : QString());

    QStringList facts;
    if (const PackageDetails* details = package.details.get()) {
        if (details->downloadCount == 1)
            facts.append(tr("1 download"));
        else if (details->downloadCount >= 0)
            facts.append(tr("%1 downloads").arg(QLocale().toString(details->downloadCount)));
        if (details->size >= 0)
            facts.append(QLocale().formattedDataSize(details->size));
        if (!details->licence.isEmpty())
            facts.append(tr("Licence: %1").arg(details->licence));
        switch (details->signature) {
        case PackageDetails::Signature::Unknown:
            break;
        case PackageDetails::Signature::Unsigned:
            facts.append(tr("Not signed"));
            break;
        case PackageDetails::Signature::Signed:
            if (details->signingKeyRevoked)
                facts.append(tr("Signed with key %1, which has been revoked").arg(details->signingKey));
            else if (!details->signingKeyOwner.isEmpty())
                facts.append(tr("Signed by %1 (key %2)").arg(details->signingKeyOwner, details->signingKey));
            else
                facts.append(tr("Signed"));
            break;
        }
    }
    m_facts->setText(facts.join(QStringLiteral(" · ")));
    m_facts->setAccessibleName(facts.isEmpty() ? tr("No figures") : QString());
}

void PackageDetailsPage::fillSchemas()
{
    m_schemas->clear();
    if (!m_package.manifest)
        return;
    // Recursion over nested (object) properties; depth is bounded by the decoder.
    const std::function<void(QTreeWidgetItem*, const QList<PackageManifest::Property>&)> addProperties =
        [&addProperties](QTreeWidgetItem* parent, const QList<PackageManifest::Property>& properties) {
            for (const PackageManifest::Property& property : properties) {
                auto* item = new QTreeWidgetItem(parent);
                item->setText(0, property.name);
                item->setText(1, property.types.join(QStringLiteral(", ")));
                item->setText(2, property.description);
                item->setToolTip(2, property.description);
                addProperties(item, property.children);
            }
        };
    for (const PackageManifest::Schema& schema : m_package.manifest->schemas) {
        auto* item = new QTreeWidgetItem(m_schemas);
        item->setText(0, schema.title.isEmpty() ? tr("(untitled schema)") : schema.title);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        QString records = tr("schema");
        if (schema.recordCount == 1)
            records = tr("1 record");
        else if (schema.recordCount >= 0)
            records = tr("%1 records").arg(QLocale().toString(schema.recordCount));
        item->setText(1, records);
        item->setText(2, schema.description);
        addProperties(item, schema.properties);
    }
    m_schemas->expandToDepth(0);
}

void PackageDetailsPage::copyIdentifier()
{
    QGuiApplication::clipboard()->setText(m_id.toString());
    m_copy->setText(tr("Copied"));
    QTimer::singleShot(kCopiedFeedbackMs, m_copy, [copy = m_copy] { copy->setText(tr("Copy")); });
}

bool PackageDetailsPage::savePackageFile(const QString& path, QString* error) const
{
    const QString text = m_packageFile->toPlainText();
    if (text.isEmpty()) {
        if (error)
            *error = tr("This package has no package file.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void PackageDetailsPage::askAndSave()
{
    const QString version =
        m_package.latestVersion.isEmpty() ? QString() : QLatin1Char('-') + m_package.latestVersion;
    // The registry kind's own file name tells the extension: "datapm-package-file.json", "wasmer.toml".
    const QString fileName = m_package.manifest ? m_package.manifest->fileName : QString();
    const QString suffix =
        fileName.contains(QLatin1Char('.')) ? fileName.mid(fileName.indexOf(QLatin1Char('.'))) : QString();
    const QString proposed = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                 .filePath(m_id.name + version + suffix);
    const QString filter =
        suffix.isEmpty() ? tr("All files (*)") : tr("%1 (*%2);;All files (*)").arg(fileName, suffix);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Package File"), proposed, filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!savePackageFile(path, &error))
        QMessageBox::warning(this, tr("Save Package File"),
                             tr("Could not save “%1”: %2").arg(QDir::toNativeSeparators(path), error));
}

QVariant PackageDetailsPage::saveState() const
{
    if (!m_loaded)
        return m_pendingState.isEmpty() ? QVariant() : QVariant(m_pendingState);
    return QVariantMap{{kTabKey, m_tabs->currentIndex()},
                       {kReadmeScrollKey, m_readme->verticalScrollBar()->value()}};
}

void PackageDetailsPage::restoreState(const QVariant& state)
{
    m_pendingState = state.toMap();
    if (m_loaded)
        applyPendingState();
}

void PackageDetailsPage::applyPendingState()
{
    if (m_pendingState.isEmpty())
        return;
    const QVariantMap state = std::exchange(m_pendingState, {});
    const int tab = state.value(kTabKey, int(ReadmeTab)).toInt();
    if (m_tabs->isTabVisible(tab))
        m_tabs->setCurrentIndex(tab);
    // After layout: the document's height (and so the scroll range) is known only then.
    const int scroll = state.value(kReadmeScrollKey).toInt();
    QTimer::singleShot(0, m_readme,
                       [readme = m_readme, scroll] { readme->verticalScrollBar()->setValue(scroll); });
}
