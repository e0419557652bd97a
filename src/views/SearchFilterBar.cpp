#include "SearchFilterBar.h"

#include "ClearButton.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace {

QLabel* labelFor(QWidget* field, const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(field);
    return label;
}

} // namespace

SearchFilterBar::SearchFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_interface(new QLineEdit(this))
    , m_licence(new QLineEdit(this))
    , m_tag(new QLineEdit(this))
    , m_assetType(new QLineEdit(this))
    , m_order(new QComboBox(this))
{
    m_kind->setAccessibleName(tr("What to list"));
    m_kind->view()->setAccessibleName(tr("Kinds of results"));
    m_interface->setAccessibleName(tr("Interface filter"));
    m_interface->setPlaceholderText(tr("any, e.g. wasi"));
    m_licence->setAccessibleName(tr("Licence filter"));
    m_licence->setPlaceholderText(tr("any, e.g. MIT"));
    m_tag->setAccessibleName(tr("Tag filter"));
    m_tag->setPlaceholderText(tr("any"));
    m_assetType->setAccessibleName(tr("Asset type filter"));
    m_assetType->setPlaceholderText(tr("any, e.g. image/png"));
    m_order->setAccessibleName(tr("Order"));
    m_order->view()->setAccessibleName(tr("Orders"));
    for (QLineEdit* field : {m_interface, m_licence, m_tag, m_assetType})
        addClearButton(field, tr("Clear %1").arg(field->accessibleName()));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_kindWidgets = {labelFor(m_kind, tr("&Show:"), this), m_kind};
    layout->addWidget(m_kindWidgets.first());
    layout->addWidget(m_kind);
    layout->addSpacing(8);
    m_interfaceWidgets = {labelFor(m_interface, tr("&Interface:"), this), m_interface};
    m_licenceWidgets = {labelFor(m_licence, tr("&Licence:"), this), m_licence};
    m_tagWidgets = {labelFor(m_tag, tr("&Tag:"), this), m_tag};
    m_assetTypeWidgets = {labelFor(m_assetType, tr("Asset t&ype:"), this), m_assetType};
    for (const QList<QWidget*>& pair :
         {m_interfaceWidgets, m_licenceWidgets, m_tagWidgets, m_assetTypeWidgets}) {
        for (QWidget* widget : pair)
            layout->addWidget(widget);
    }
    m_orderWidgets = {labelFor(m_order, tr("&Order:"), this), m_order};
    layout->addWidget(m_orderWidgets.first());
    layout->addWidget(m_order);
    layout->addStretch(1);

    const auto changed = [this] {
        emit filtersChanged(filters());
    };
    connect(m_interface, &QLineEdit::editingFinished, this, changed);
    connect(m_licence, &QLineEdit::editingFinished, this, changed);
    connect(m_tag, &QLineEdit::editingFinished, this, changed);
    connect(m_assetType, &QLineEdit::editingFinished, this, changed);
    connect(m_order, &QComboBox::activated, this, changed);
    connect(m_kind, &QComboBox::activated, this, [this] {
        updateEnabled();
        emit kindChanged(kind());
    });
    setSupport({}, QString());
}

void SearchFilterBar::setSupport(const SearchFilterSupport& support, const QString& groupsName)
{
    m_support = support;
    m_kind->clear();
    m_kind->addItem(tr("Packages"), int(Kind::Packages));
    if (support.groups)
        m_kind->addItem(groupsName, int(Kind::Groups));
    if (support.users)
        m_kind->addItem(tr("Users"), int(Kind::Users));
    m_order->clear();
    m_order->addItem(tr("Best match"), int(SearchFilters::Order::Relevance));
    const std::pair<SearchFilters::Order, QString> orders[] = {
        {SearchFilters::Order::MostDownloaded, tr("Most downloaded")},
        {SearchFilters::Order::RecentlyPublished, tr("Recently published")},
        {SearchFilters::Order::Name, tr("Name")}};
    for (const auto& [order, text] : orders) {
        if (support.orders.contains(order))
            m_order->addItem(text, int(order));
    }
    m_interface->clear();
    m_licence->clear();
    m_tag->clear();
    m_assetType->clear();
    // Only what this registry can narrow by: a field that could never be used is not shown.
    const std::pair<const QList<QWidget*>&, bool> shown[] = {{m_interfaceWidgets, support.interfaceName},
                                                             {m_licenceWidgets, support.licence},
                                                             {m_tagWidgets, support.tag},
                                                             {m_assetTypeWidgets, support.assetType},
                                                             {m_kindWidgets, m_kind->count() > 1},
                                                             {m_orderWidgets, m_order->count() > 1}};
    for (const auto& [widgets, supported] : shown) {
        for (QWidget* widget : widgets)
            widget->setVisible(supported);
    }
    setVisible(!support.isEmpty());
    updateEnabled();
}

SearchFilterBar::Kind SearchFilterBar::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

SearchFilters SearchFilterBar::filters() const
{
    SearchFilters filters;
    if (kind() != Kind::Packages)
        return filters;
    if (m_support.interfaceName)
        filters.interfaceName = m_interface->text().trimmed();
    if (m_support.licence)
        filters.licence = m_licence->text().trimmed();
    if (m_support.tag)
        filters.tag = m_tag->text().trimmed();
    if (m_support.assetType)
        filters.assetType = m_assetType->text().trimmed();
    filters.order = SearchFilters::Order(m_order->currentData().toInt());
    return filters;
}

void SearchFilterBar::updateEnabled()
{
    // The filters narrow packages; groups and users are listed by the words alone.
    const bool packages = kind() == Kind::Packages;
    m_kind->setEnabled(m_kind->count() > 1);
    m_interface->setEnabled(packages && m_support.interfaceName);
    m_licence->setEnabled(packages && m_support.licence);
    m_tag->setEnabled(packages && m_support.tag);
    m_assetType->setEnabled(packages && m_support.assetType);
    m_order->setEnabled(packages && m_order->count() > 1);
}
