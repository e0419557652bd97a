#include "InterfacePage.h"

#include "LinkButton.h"
#include "PageHeader.h"
#include "PagedPackageTable.h"
#include "registry/RegistryBackend.h"
#include "registry/parts/PackageInterfaces.h"
#include "views/CodeFont.h"
#include "views/GroupSource.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
const QString kTabKey = QStringLiteral("tab");
} // namespace

InterfacePage::InterfacePage(RegistryBackend* backend, const QString& name, QWidget* parent)
    : StatefulPage(parent)
    , m_backend(backend)
    , m_name(name)
    , m_header(new PageHeader(this))
    , m_homepage(new LinkButton(this))
    , m_version(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_packages(new PagedPackageTable(nullptr, this))
    , m_text(new QPlainTextEdit(this))
    , m_versions(new QTreeWidget(this))
{
    setAccessibleName(tr("Interface %1").arg(m_name));
    m_header->setTitle(m_name);
    m_homepage->setAccessibleName(tr("Open homepage"));
    m_homepage->hide();
    m_header->addActionWidget(m_homepage);

    m_version->setAccessibleName(tr("Interface version"));
    m_version->view()->setAccessibleName(tr("Versions of the interface"));
    auto* versionLabel = new QLabel(tr("&Version:"), this);
    versionLabel->setBuddy(m_version);
    auto* versionChoice = new QWidget(this);
    auto* versionRow = new QHBoxLayout(versionChoice);
    versionRow->setContentsMargins(0, 0, 0, 0);
    versionRow->addWidget(versionLabel);
    versionRow->addWidget(m_version);
    versionRow->addStretch(1);

    m_packages->setEmptyText(
        tr("No package implements this version"),
        tr("Packages declare the interfaces their modules implement in their manifest."));
    m_packages->table()->setAccessibleName(tr("Packages that implement it"));
    // The text as published, in a code font, for reading and copying.
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Interface text"));
    m_text->setFont(codeFont());
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFrameShape(QFrame::NoFrame);
    m_versions->setAccessibleName(tr("Versions"));
    m_versions->setHeaderLabels({tr("Version"), tr("Published"), tr("By")});
    m_versions->setRootIsDecorated(false);
    m_versions->setAlternatingRowColors(true);
    m_versions->setFrameShape(QFrame::NoFrame);
    m_versions->setColumnWidth(0, 160);
    m_versions->setColumnWidth(1, 200);
    m_tabs->setAccessibleName(tr("Interface details"));
    m_tabs->setDocumentMode(true);
    m_tabs->insertTab(PackagesTab, m_packages, tr("Packages"));
    m_tabs->insertTab(TextTab, m_text, tr("Text"));
    m_tabs->insertTab(VersionsTab, m_versions, tr("Versions"));

    setContent(m_header->pageWith({versionChoice}, m_tabs));

    connect(m_homepage, &QPushButton::clicked, this, [this] { emit openUrl(m_interface.homepage); });
    connect(m_version, &QComboBox::currentIndexChanged, this, &InterfacePage::showVersion);
    connect(m_packages, &PagedPackageTable::packageActivated, this, &InterfacePage::openPackage);
    // A version in the list is chosen for the other tabs too.
    connect(m_versions, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        m_version->setCurrentIndex(m_versions->indexOfTopLevelItem(item));
        m_tabs->setCurrentIndex(PackagesTab);
    });

    reload();
}

QString InterfacePage::title() const
{
    return m_loaded ? m_interface.displayName : m_name;
}

void InterfacePage::reload()
{
    const LoadTexts texts{tr("Loading interface…"), tr("Could not load the interface"),
                          tr("Interface not found")};
    PackageInterfaces* interfaces = m_backend ? m_backend->interfaces() : nullptr;
    if (m_backend && !interfaces) {
        showUnavailable(texts, m_backend->whyMissing(RegistryPart::Interfaces));
        return;
    }
    startLoad(interfaces ? interfaces->interfaceDetails(m_name) : nullptr, texts,
              [this](const PackageInterface& value) { onLoaded(value); });
}

void InterfacePage::onLoaded(const PackageInterface& interface)
{
    const QString oldTitle = title();
    m_interface = interface;
    m_loaded = true;
    setAccessibleName(tr("Interface %1").arg(interface.displayName));
    m_header->setTitle(interface.displayName);
    m_header->setSubtitle(tr("Interface %1").arg(interface.name));
    m_header->setDescription(interface.description);
    m_homepage->showUrl(interface.homepage, tr("Open homepage %1"));

    m_versions->clear();
    const QSignalBlocker quiet(m_version);
    m_version->clear();
    for (const PackageInterface::Version& version : interface.versions) {
        const QString date =
            version.createdAt.isValid()
                ? QLocale().toString(version.createdAt.toLocalTime().date(), QLocale::LongFormat)
                : QString();
        new QTreeWidgetItem(m_versions, {version.version, date, version.author});
        m_version->addItem(version.version);
    }
    if (interface.versions.isEmpty())
        m_version->addItem(tr("latest"));
    m_version->setEnabled(interface.versions.size() > 1);
    showVersion(0); // the newest
    showContent();
    if (m_pendingTab >= 0)
        m_tabs->setCurrentIndex(std::exchange(m_pendingTab, -1));
    if (title() != oldTitle)
        emit titleChanged(title());
}

void InterfacePage::showVersion(int index)
{
    if (index < 0)
        return;
    const bool known = index < m_interface.versions.size();
    // The newest version is asked for as "latest", as in the WAPM example getInterfaceVersion(name: "wasi").
    const QString version = known && index > 0 ? m_interface.versions.at(index).version : QString();
    m_text->setPlainText(known ? m_interface.versions.at(index).content : QString());
    m_tabs->setTabEnabled(TextTab, known && !m_interface.versions.at(index).content.isEmpty());
    m_packages->setSource(groupSource<PackagePageJob>(
        m_backend, RegistryPart::Interfaces,
        [name = m_name, version](PackageGroups* part, const PageRequest& page) {
            return static_cast<PackageInterfaces*>(part)->implementations(name, version, page);
        }));
}

QVariant InterfacePage::saveState() const
{
    return QVariantMap{{kTabKey, m_tabs->currentIndex()}};
}

void InterfacePage::restoreState(const QVariant& state)
{
    const int tab = state.toMap().value(kTabKey, -1).toInt();
    if (m_loaded && tab >= 0)
        m_tabs->setCurrentIndex(tab);
    else
        m_pendingTab = tab;
}
