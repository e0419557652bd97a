#pragma once

#include "registry/SearchFilters.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

// Above the package list, where the registry's search can narrow: what to list (packages, or the groups or
// users matching the words), the interface packages implement, their licence, and the order. Shows only
// what the registry supports (setSupport); hidden when that is nothing.
class SearchFilterBar : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Packages, Groups, Users };

    explicit SearchFilterBar(QWidget* parent = nullptr);

    // `groupsName`: what the registry calls its groups ("Namespaces").
    void setSupport(const SearchFilterSupport& support, const QString& groupsName);
    SearchFilters filters() const;
    Kind kind() const;

    QComboBox* kindChoice() const { return m_kind; }
    QLineEdit* interfaceField() const { return m_interface; }
    QLineEdit* licenceField() const { return m_licence; }
    QComboBox* orderChoice() const { return m_order; }

signals:
    void filtersChanged(const SearchFilters& filters);
    void kindChanged(SearchFilterBar::Kind kind);

private:
    void updateEnabled();

    QComboBox* m_kind;
    QLineEdit* m_interface;
    QLineEdit* m_licence;
    QComboBox* m_order;
    SearchFilterSupport m_support;
};
