#pragma once

#include "registry/SearchFilters.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

// Above the package list, where the registry's search can narrow: what to list (packages, or the groups or
// users matching the words), the interface packages implement, their licence, a tag, an asset type, and the
// order. Shows only what the registry supports (setSupport); hidden when that is nothing.
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
    QLineEdit* tagField() const { return m_tag; }
    QLineEdit* assetTypeField() const { return m_assetType; }
    QComboBox* orderChoice() const { return m_order; }

signals:
    void filtersChanged(const SearchFilters& filters);
    void kindChanged(SearchFilterBar::Kind kind);

private:
    void updateEnabled();

    QComboBox* m_kind;
    QLineEdit* m_interface;
    QLineEdit* m_licence;
    QLineEdit* m_tag;
    QLineEdit* m_assetType;
    QComboBox* m_order;
    QList<QWidget*> m_kindWidgets; // each choice with its label, shown only where there is a choice
    QList<QWidget*> m_orderWidgets;
    QList<QWidget*> m_interfaceWidgets; // each field with its label, shown only where supported
    QList<QWidget*> m_licenceWidgets;
    QList<QWidget*> m_tagWidgets;
    QList<QWidget*> m_assetTypeWidgets;
    SearchFilterSupport m_support;
};
