#include "RegistrySections.h"

#include "GroupSection.h"
#include "icons/ThemedIcon.h"
#include "registry/RegistryBackend.h"

#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

RegistrySections::RegistrySections(QWidget* parent)
    : QWidget(parent)
    , m_latest(new QListWidget(this))
    , m_catalogs(new GroupSection(RegistryPart::Catalogs, tr("Catalogs"), this))
    , m_collections(new GroupSection(RegistryPart::Collections, tr("Collections"), this))
    , m_interfaces(new GroupSection(RegistryPart::Interfaces, tr("Interfaces"), this))
{
    auto* latest = new QListWidgetItem(
        themedIcon(QStringLiteral("view-list-details"), QStyle::SP_FileDialogDetailedView),
        tr("Latest packages"), m_latest);
    latest->setToolTip(tr("The newest packages of this registry"));
    m_latest->setFrameShape(QFrame::NoFrame);
    m_latest->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_latest->viewport()->setAutoFillBackground(false);
    // Through the palette, not a style sheet: a style sheet puts a style of its own on the view and its
    // children, slower to lay out and draw (bench figure 9).
    QPalette transparent = m_latest->palette();
    transparent.setColor(QPalette::Base, Qt::transparent);
    m_latest->setPalette(transparent);
    m_latest->setAccessibleName(tr("Browse"));
    m_latest->setFixedHeight(m_latest->sizeHintForRow(0) + 2 * m_latest->frameWidth() + 4);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_latest);
    layout->addWidget(m_catalogs);
    layout->addWidget(m_collections);
    layout->addWidget(m_interfaces);
    layout->addStretch(1);

    const auto openLatest = [this] {
        clearSelections(m_latest);
        emit latestRequested();
    };
    connect(m_latest, &QListWidget::itemClicked, this, openLatest);
    connect(m_latest, &QListWidget::itemActivated, this, openLatest);
    for (GroupSection* section : sections()) {
        const auto kind = kindOf(section);
        connect(section, &GroupSection::groupRequested, this, [this, section, kind](const QString& slug) {
            clearSelections(section);
            emit locationRequested({kind, slug});
        });
        // The page shown may be a group whose row arrives only now (start, reconnection).
        connect(section, &GroupSection::rowsArrived, this, [this] { setCurrentLocation(m_location); });
    }
}

void RegistrySections::setBackend(RegistryBackend* backend)
{
    if (m_backend == backend)
        return;
    m_backend = backend;
    m_latest->setEnabled(backend != nullptr);
    for (GroupSection* section : sections())
        section->setBackend(backend);
}

void RegistrySections::setSearchTerm(const QString& term)
{
    for (GroupSection* section : sections())
        section->setSearchTerm(term);
}

void RegistrySections::reload()
{
    for (GroupSection* section : sections())
        section->reload();
}

void RegistrySections::setCurrentLocation(const BrowserLocation& location)
{
    m_location = location;
    switch (location.kind) {
    case BrowserLocation::Kind::List:
        clearSelections(m_latest);
        if (location.key.isEmpty())
            m_latest->setCurrentRow(0);
        else
            m_latest->clearSelection();
        break;
    case BrowserLocation::Kind::Catalog:
    case BrowserLocation::Kind::Collection:
    case BrowserLocation::Kind::Interface:
        for (GroupSection* section : sections()) {
            if (kindOf(section) == location.kind) {
                clearSelections(section);
                section->select(location.key);
            }
        }
        break;
    case BrowserLocation::Kind::Package:
    case BrowserLocation::Kind::User:
        clearSelections(nullptr);
        break;
    }
}

QList<GroupSection*> RegistrySections::sections() const
{
    return {m_catalogs, m_collections, m_interfaces};
}

BrowserLocation::Kind RegistrySections::kindOf(const GroupSection* section) const
{
    return section == m_catalogs      ? BrowserLocation::Kind::Catalog
           : section == m_collections ? BrowserLocation::Kind::Collection
                                      : BrowserLocation::Kind::Interface;
}

void RegistrySections::clearSelections(QWidget* except)
{
    if (except != m_latest)
        m_latest->clearSelection();
    for (GroupSection* section : sections()) {
        if (section != except)
            section->clearSelection();
    }
}

QList<QWidget*> RegistrySections::tabOrder() const
{
    return {m_latest, m_catalogs->list(), m_catalogs->retryButton(), m_collections->list(),
            m_collections->retryButton()};
}
