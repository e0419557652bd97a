#include "ComponentsView.h"

#include "CodeView.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Code { Source, Built };
} // namespace

ComponentsView::ComponentsView(QWidget* parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_description(new QLabel(this))
    , m_which(new QComboBox(this))
    , m_code(new CodeView(this))
{
    m_list->setObjectName(QStringLiteral("componentList"));
    m_list->setAccessibleName(tr("Components"));
    m_list->setHeaderLabels({tr("Name"), tr("Title"), tr("Status"), tr("Compiled")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_list->setColumnWidth(NameColumn, 160);

    m_description->setObjectName(QStringLiteral("componentDescription"));
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setAccessibleName(tr("Component description"));
    m_which->setAccessibleName(tr("Which code"));
    m_which->view()->setAccessibleName(tr("Kinds of code"));
    m_which->addItem(tr("Source"), int(Source));
    m_which->addItem(tr("Compiled"), int(Built));
    m_code->setObjectName(QStringLiteral("componentCode"));
    m_code->setAccessibleName(tr("Component code"));

    auto* detail = new QWidget(this);
    auto* choiceRow = new QHBoxLayout;
    choiceRow->addWidget(m_description, 1);
    choiceRow->addWidget(m_which, 0, Qt::AlignTop);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(8, 8, 8, 0);
    detailLayout->addLayout(choiceRow);
    detailLayout->addWidget(m_code, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    // The code gets the room: a package has a few components, and their code is what is read.
    splitter->setSizes({100, 300});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &ComponentsView::showSelected);
    connect(m_which, &QComboBox::currentIndexChanged, this, &ComponentsView::showSelected);
}

void ComponentsView::setComponents(const QList<PackageDetails::Component>& components)
{
    m_components = components;
    m_list->clear();
    for (const PackageDetails::Component& component : components) {
        auto* item = new QTreeWidgetItem(m_list, {component.name, component.title, component.status,
                                                  component.compiled ? tr("Yes") : tr("No")});
        item->setToolTip(TitleColumn, component.description);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showSelected();
}

void ComponentsView::showSelected()
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    if (row < 0 || row >= m_components.size()) {
        m_description->clear();
        m_code->clear();
        return;
    }
    const PackageDetails::Component& component = m_components.at(row);
    m_description->setText(component.description.isEmpty() ? component.title : component.description);
    // What there is: a component from a resolved bundle has its built code only.
    const bool hasSource = !component.source.isEmpty();
    if (!hasSource && m_which->currentData().toInt() == Source)
        m_which->setCurrentIndex(m_which->findData(int(Built)));
    const bool built = m_which->currentData().toInt() == Built;
    m_code->setPlainText(built ? component.compiledCode : component.source);
    if (built && !component.compiled)
        m_code->setPlaceholderText(tr("This component is not compiled yet."));
    else
        m_code->setPlaceholderText(tr("No code."));
}
