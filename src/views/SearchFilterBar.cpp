#include "SearchFilterBar.h"

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
    , m_order(new QComboBox(this))
{
    m_kind->setAccessibleName(tr("What to list"));
    m_kind->view()->setAccessibleName(tr("Kinds of results"));
    m_interface->setAccessibleName(tr("Interface filter"));
    m_interface->setPlaceholderText(tr("any, e.g. wasi"));
    m_interface->setClearButtonEnabled(true);
    m_licence->setAccessibleName(tr("Licence filter"));
    m_licence->setPlaceholderText(tr("any, e.g. MIT"));
    m_licence->setClearButtonEnabled(true);
    m_order->setAccessibleName(tr("Order"));
    m_order->view()->setAccessibleName(tr("Orders"));
    // The clear buttons are icons only: screen readers need their names.
    for (QLineEdit* field : {m_interface, m_licence}) {
        for (QToolButton* button : field->findChildren<QToolButton*>())
            button->setAccessibleName(tr("Clear %1").arg(field->accessibleName()));
    }

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(labelFor(m_kind, tr("&Show:"), this));
    layout->addWidget(m_kind);
    layout->addSpacing(8);
    layout->addWidget(labelFor(m_interface, tr("&Interface:"), this));
    layout->addWidget(m_interface);
    layout->addWidget(labelFor(m_licence, tr("&Licence:"), this));
    layout->addWidget(m_licence);
    layout->addWidget(labelFor(m_order, tr("&Order:"), this));
    layout->addWidget(m_order);
    layout->addStretch(1);

    const auto changed = [this] {
        emit filtersChanged(filters());
    };
    connect(m_interface, &QLineEdit::editingFinished, this, changed);
    connect(m_licence, &QLineEdit::editingFinished, this, changed);
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
    m_order->setEnabled(packages && m_order->count() > 1);
}
