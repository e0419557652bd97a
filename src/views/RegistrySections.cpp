#include "RegistrySections.h"

#include "ThemedIcon.h"
#include "models/CatalogListModel.h"
#include "models/CollectionListModel.h"
#include "registry/RegistryBackend.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {
QLabel* makeHeading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(3, 10, 8, 2); // in line with the rows' text
    return label;
}

void setUpList(QListView* list)
{
    list->setFrameShape(QFrame::NoFrame);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setUniformItemSizes(true);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // As tall as its rows (the sections stack at the top), scrolling only when the sidebar is too short.
    list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    list->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    // A scroll area asks for room for its scroll bars even with one row: a row is enough.
    list->setMinimumHeight(list->fontMetrics().height() + 8);
    // The sidebar's lists look like part of the sidebar, not like white boxes in it.
    list->viewport()->setAutoFillBackground(false);
    list->setStyleSheet(QStringLiteral("QListView { background: transparent; }"));
}

QLabel* makeStatus(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setContentsMargins(3, 0, 8, 0);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setEnabled(false); // drawn greyed: a remark, not content
    return label;
}

bool isUnsupported(const Error& error)
{
    return error.kind == Error::Kind::Unsupported;
}
} // namespace

RegistrySections::RegistrySections(QWidget* parent)
    : QWidget(parent)
    , m_catalogModel(new CatalogListModel(this))
    , m_collectionModel(new CollectionListModel(this))
    , m_latest(new QListWidget(this))
    , m_catalogHeading(makeHeading(tr("Catalogs"), this))
    , m_catalogs(new QListView(this))
    , m_catalogStatus(makeStatus(this))
    , m_catalogRetry(new QPushButton(tr("Retry"), this))
    , m_collectionHeading(makeHeading(tr("Collections"), this))
    , m_collections(new QListView(this))
    , m_collectionStatus(makeStatus(this))
    , m_collectionRetry(new QPushButton(tr("Retry"), this))
{
    auto* latest = new QListWidgetItem(
        themedIcon(QStringLiteral("view-list-details"), QStyle::SP_FileDialogDetailedView),
        tr("Latest packages"), m_latest);
    latest->setToolTip(tr("The newest packages of this registry"));
    setUpList(m_latest);
    m_latest->setAccessibleName(tr("Browse"));
    m_latest->setFixedHeight(m_latest->sizeHintForRow(0) + 2 * m_latest->frameWidth() + 4);

    setUpList(m_catalogs);
    m_catalogs->setModel(m_catalogModel);
    m_catalogs->setAccessibleName(tr("Catalogs"));
    setUpList(m_collections);
    m_collections->setModel(m_collectionModel);
    m_collections->setAccessibleName(tr("Collections"));
    m_catalogRetry->setAccessibleName(tr("Retry loading catalogs"));
    m_collectionRetry->setAccessibleName(tr("Retry loading collections"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_latest);
    const auto addSection = [this, layout](QLabel* heading, QListView* list, QLabel* status,
                                           QPushButton* retry) {
        layout->addWidget(heading);
        layout->addWidget(list);
        auto* row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 8, 4);
        row->addWidget(status, 1);
        row->addWidget(retry);
        layout->addLayout(row);
        retry->hide();
    };
    addSection(m_catalogHeading, m_catalogs, m_catalogStatus, m_catalogRetry);
    addSection(m_collectionHeading, m_collections, m_collectionStatus, m_collectionRetry);
    layout->addStretch(1);

    // A click is enough in a sidebar; activated() adds Enter (and a double-click where that activates).
    const auto openLatest = [this] {
        clearSelections(m_latest);
        emit latestRequested();
    };
    connect(m_latest, &QListWidget::itemClicked, this, openLatest);
    connect(m_latest, &QListWidget::itemActivated, this, openLatest);
    const auto openCatalog = [this](const QModelIndex& index) {
        clearSelections(m_catalogs);
        emit catalogRequested(index.data(CatalogListModel::SlugRole).toString());
    };
    connect(m_catalogs, &QListView::clicked, this, openCatalog);
    connect(m_catalogs, &QListView::activated, this, openCatalog);
    const auto openCollection = [this](const QModelIndex& index) {
        clearSelections(m_collections);
        emit collectionRequested(index.data(CollectionListModel::SlugRole).toString());
    };
    connect(m_collections, &QListView::clicked, this, openCollection);
    connect(m_collections, &QListView::activated, this, openCollection);

    connect(m_catalogModel, &CatalogListModel::stateChanged, this, &RegistrySections::updateCatalogState);
    connect(m_catalogModel, &CatalogListModel::modelReset, this, &RegistrySections::updateCatalogState);
    connect(m_collectionModel, &CollectionListModel::stateChanged, this,
            &RegistrySections::updateCollectionState);
    connect(m_collectionModel, &CollectionListModel::modelReset, this,
            &RegistrySections::updateCollectionState);
    // The page shown may be a catalog or collection whose row arrives only now (start, reconnection).
    connect(m_catalogModel, &CatalogListModel::rowsInserted, this,
            [this] { setCurrentLocation(m_location); });
    connect(m_collectionModel, &CollectionListModel::rowsInserted, this,
            [this] { setCurrentLocation(m_location); });
    connect(m_catalogRetry, &QPushButton::clicked, m_catalogModel, &CatalogListModel::retry);
    connect(m_collectionRetry, &QPushButton::clicked, m_collectionModel, &CollectionListModel::retry);
    updateCatalogState();
    updateCollectionState();
}

void RegistrySections::setBackend(RegistryBackend* backend)
{
    if (m_backend == backend)
        return;
    m_backend = backend;
    applySources();
}

void RegistrySections::setSearchTerm(const QString& term)
{
    if (m_term == term)
        return;
    m_term = term;
    applySources();
}

void RegistrySections::applySources()
{
    const Capabilities capabilities = m_backend ? m_backend->capabilities() : Capabilities();
    m_latest->setEnabled(m_backend != nullptr);
    // The models drop any answer for an older term; the sources hold a guarded pointer to the backend.
    QPointer<RegistryBackend> backend = m_backend;
    const QString term = m_term;
    if (capabilities.testFlag(Capability::Catalogs))
        m_catalogModel->setSource([backend, term](const PageRequest& page) -> CatalogPageJob* {
            return backend ? backend->searchCatalogs(term, page) : nullptr;
        });
    else
        m_catalogModel->clear();
    if (capabilities.testFlag(Capability::Collections))
        m_collectionModel->setSource([backend, term](const PageRequest& page) -> CollectionPageJob* {
            return backend ? backend->searchCollections(term, page) : nullptr;
        });
    else
        m_collectionModel->clear();
    updateCatalogState();
    updateCollectionState();
}

void RegistrySections::setCurrentLocation(const BrowserLocation& location)
{
    m_location = location;
    const auto selectSlug = [](QListView* list, int role, const QString& slug) {
        const QAbstractItemModel* model = list->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(role).toString() == slug) {
                list->setCurrentIndex(index);
                return;
            }
        }
        list->clearSelection();
    };
    switch (location.kind) {
    case BrowserLocation::Kind::List:
        clearSelections(m_latest);
        if (location.key.isEmpty())
            m_latest->setCurrentRow(0);
        else
            m_latest->clearSelection();
        break;
    case BrowserLocation::Kind::Catalog:
        clearSelections(m_catalogs);
        selectSlug(m_catalogs, CatalogListModel::SlugRole, location.key);
        break;
    case BrowserLocation::Kind::Collection:
        clearSelections(m_collections);
        selectSlug(m_collections, CollectionListModel::SlugRole, location.key);
        break;
    case BrowserLocation::Kind::Package:
    case BrowserLocation::Kind::User:
        clearSelections(nullptr);
        break;
    }
}

void RegistrySections::clearSelections(QWidget* except)
{
    if (except != m_latest)
        m_latest->clearSelection();
    if (except != m_catalogs)
        m_catalogs->clearSelection();
    if (except != m_collections)
        m_collections->clearSelection();
}

void RegistrySections::updateCatalogState()
{
    using State = CatalogListModel::State;
    const Capabilities capabilities = m_backend ? m_backend->capabilities() : Capabilities();
    const State state = m_catalogModel->state();
    showSectionState(m_catalogHeading, m_catalogs, m_catalogStatus, m_catalogRetry,
                     capabilities.testFlag(Capability::Catalogs), state == State::Loading,
                     state == State::Failed, isUnsupported(m_catalogModel->lastError()),
                     m_catalogModel->lastError().userText(), m_catalogModel->rowCount(), tr("No catalogs"),
                     tr("No catalogs match"));
}

void RegistrySections::updateCollectionState()
{
    using State = CollectionListModel::State;
    const Capabilities capabilities = m_backend ? m_backend->capabilities() : Capabilities();
    const State state = m_collectionModel->state();
    showSectionState(m_collectionHeading, m_collections, m_collectionStatus, m_collectionRetry,
                     capabilities.testFlag(Capability::Collections), state == State::Loading,
                     state == State::Failed, isUnsupported(m_collectionModel->lastError()),
                     m_collectionModel->lastError().userText(), m_collectionModel->rowCount(),
                     tr("No collections"), tr("No collections match"));
}

void RegistrySections::showSectionState(QLabel* heading, QListView* list, QLabel* status, QPushButton* retry,
                                        bool available, bool loading, bool failed, bool unsupported,
                                        const QString& errorText, int rows, const QString& emptyText,
                                        const QString& emptyMatchText)
{
    // A registry that says it has them but cannot search them (Wasmer namespaces) is as good as without.
    const bool offered = m_backend && available && !(failed && unsupported);
    heading->setEnabled(offered);
    list->setVisible(offered && rows > 0);
    retry->setVisible(offered && failed);
    QString text;
    if (!m_backend)
        text = tr("Not connected");
    else if (!offered)
        text = tr("Not available on this registry");
    else if (failed)
        text = errorText;
    else if (loading && rows == 0)
        text = tr("Loading…");
    else if (rows == 0)
        text = m_term.isEmpty() ? emptyText : emptyMatchText;
    status->setText(text);
    status->setVisible(!text.isEmpty());
    // Hidden labels stay in the accessibility tree: a name only when there is no text to read.
    status->setAccessibleName(text.isEmpty() ? tr("No remark") : QString());
}
