#include "PackageContentsTabs.h"

#include "LinkButton.h"
#include "views/CodeFont.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int kCopiedFeedbackMs = 1500;

QTreeWidget* makeTree(QWidget* parent, const QString& name, const QStringList& headers)
{
    auto* tree = new QTreeWidget(parent);
    tree->setAccessibleName(name);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setFrameShape(QFrame::NoFrame);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->header()->setStretchLastSection(true);
    for (int column = 0; column + 1 < headers.size(); ++column)
        tree->setColumnWidth(column, 200);
    return tree;
}

} // namespace

PackageContentsTabs::PackageContentsTabs(QTabWidget* tabs, int firstIndex)
    : QObject(tabs)
    , m_tabs(tabs)
    , m_first(firstIndex)
    , m_modules(makeTree(tabs, tr("Modules"), {tr("Name"), tr("ABI"), tr("Source"), tr("Interfaces")}))
    , m_commandsTab(new QWidget(tabs))
    , m_commands(makeTree(m_commandsTab, tr("Commands"), {tr("Command"), tr("Module")}))
    , m_run(new QLineEdit(m_commandsTab))
    , m_copyRun(new QPushButton(tr("Copy"), m_commandsTab))
    , m_dependencies(new QWidget(tabs))
    , m_dependencyList(new QVBoxLayout)
    , m_filesystem(
          makeTree(tabs, tr("Filesystem mappings"), {tr("Path in the program"), tr("Folder in the package")}))
{
    m_modules->setToolTip(tr("Enter or a double-click opens the module's interface"));
    // The line that runs the package, to copy into a terminal.
    m_run->setReadOnly(true);
    m_run->setFont(codeFont());
    m_run->setAccessibleName(tr("Command line that runs this package"));
    m_copyRun->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copyRun->setAccessibleName(tr("Copy the command line"));
    auto* runLabel = new QLabel(tr("Run it:"), m_commandsTab);
    runLabel->setBuddy(m_run);
    auto* runRow = new QHBoxLayout;
    runRow->setContentsMargins(12, 8, 12, 8);
    runRow->addWidget(runLabel);
    runRow->addWidget(m_run, 1);
    runRow->addWidget(m_copyRun);
    auto* commandsLayout = new QVBoxLayout(m_commandsTab);
    commandsLayout->setContentsMargins(0, 0, 0, 0);
    commandsLayout->addLayout(runRow);
    commandsLayout->addWidget(m_commands, 1);

    // Dependencies are links: each opens the version it resolves to.
    auto* list = new QWidget;
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(16, 12, 16, 12);
    listLayout->addLayout(m_dependencyList);
    listLayout->addStretch(1);
    auto* scroll = new QScrollArea(m_dependencies);
    scroll->setWidget(list);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Dependencies"));
    auto* dependenciesLayout = new QVBoxLayout(m_dependencies);
    dependenciesLayout->setContentsMargins(0, 0, 0, 0);
    dependenciesLayout->addWidget(scroll);

    m_tabs->insertTab(m_first, m_modules, tr("Modules"));
    m_tabs->insertTab(m_first + 1, m_commandsTab, tr("Commands"));
    m_tabs->insertTab(m_first + 2, m_dependencies, tr("Dependencies"));
    m_tabs->insertTab(m_first + 3, m_filesystem, tr("Files"));
    for (int i = 0; i < 4; ++i)
        m_tabs->setTabVisible(m_first + i, false);

    connect(m_copyRun, &QPushButton::clicked, this, &PackageContentsTabs::copyRunLine);
    connect(m_modules, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString interface = item->data(3, Qt::UserRole).toString();
        if (!interface.isEmpty())
            emit interfaceActivated(interface);
    });
}

void PackageContentsTabs::fill(const PackageDetails* details)
{
    static const PackageDetails none;
    const PackageDetails& d = details ? *details : none;
    m_modules->clear();
    for (const PackageDetails::Module& module : d.modules) {
        auto* item =
            new QTreeWidgetItem(m_modules, {module.name, module.abi.isEmpty() ? tr("none") : module.abi,
                                            module.source, module.interfaces.join(QStringLiteral(", "))});
        // The interface a module implements, without its version: what its page is named by.
        if (!module.interfaces.isEmpty())
            item->setData(3, Qt::UserRole, module.interfaces.first().section(QLatin1Char('@'), 0, 0));
    }
    m_commands->clear();
    for (const PackageDetails::Command& command : d.commands)
        new QTreeWidgetItem(m_commands, {command.name, command.module});
    m_run->setText(d.runCommand);
    m_run->setVisible(!d.runCommand.isEmpty());
    m_copyRun->setVisible(!d.runCommand.isEmpty());
    fillDependencies(d.dependencies);
    m_filesystem->clear();
    for (const PackageDetails::Mapping& mapping : d.filesystem)
        new QTreeWidgetItem(m_filesystem, {mapping.guestPath, mapping.hostPath});

    m_tabs->setTabVisible(m_first, !d.modules.isEmpty());
    m_tabs->setTabVisible(m_first + 1, !d.commands.isEmpty() || !d.runCommand.isEmpty());
    m_tabs->setTabVisible(m_first + 2, !d.dependencies.isEmpty());
    m_tabs->setTabVisible(m_first + 3, !d.filesystem.isEmpty());
}

void PackageContentsTabs::fillDependencies(const QList<PackageDetails::Dependency>& dependencies)
{
    for (QPushButton* link : dependencyLinks())
        delete link;
    for (const PackageDetails::Dependency& dependency : dependencies) {
        QString text = dependency.label.isEmpty() ? dependency.id.toString() : dependency.label;
        if (dependency.label.isEmpty() && !dependency.resolvedVersion.isEmpty())
            text += QLatin1Char('@') + dependency.resolvedVersion;
        auto* link = new LinkButton(text, m_dependencies);
        link->setObjectName(QStringLiteral("dependencyLink"));
        //: A dependency: "wasmer/hello 0.2.0 (wanted: ^0.2.0)"
        const QString wanted =
            dependency.requirement.isEmpty() ? QString() : tr(" (wanted: %1)").arg(dependency.requirement);
        link->setToolTip(tr("Open %1%2").arg(text, wanted));
        link->setAccessibleName(tr("Open dependency %1%2").arg(text, wanted));
        connect(link, &QPushButton::clicked, this,
                [this, id = dependency.id, version = dependency.resolvedVersion] {
                    emit dependencyActivated(id, version);
                });
        m_dependencyList->addWidget(link, 0, Qt::AlignLeft);
    }
}

QList<QPushButton*> PackageContentsTabs::dependencyLinks() const
{
    return m_dependencies->findChildren<QPushButton*>(QStringLiteral("dependencyLink"));
}

void PackageContentsTabs::copyRunLine()
{
    QGuiApplication::clipboard()->setText(m_run->text());
    m_copyRun->setText(tr("Copied"));
    QTimer::singleShot(kCopiedFeedbackMs, m_copyRun, [copy = m_copyRun] { copy->setText(tr("Copy")); });
}
