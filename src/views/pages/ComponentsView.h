#pragma once

#include "registry/PackageDetails.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTreeWidget;

// The components of a package: a list (name, title, status, compiled or not) and, for the one selected, its
// description and its code (as written, or as built) in a read-only code font.
class ComponentsView : public QWidget
{
    Q_OBJECT
public:
    enum Column { NameColumn, TitleColumn, StatusColumn, CompiledColumn };

    explicit ComponentsView(QWidget* parent = nullptr);

    void setComponents(const QList<PackageDetails::Component>& components);

    QTreeWidget* list() const { return m_list; }
    QPlainTextEdit* codeView() const { return m_code; }
    QComboBox* codeChoice() const { return m_which; }
    QLabel* descriptionLabel() const { return m_description; }

private:
    void showSelected();

    QList<PackageDetails::Component> m_components;
    QTreeWidget* m_list;
    QLabel* m_description;
    QComboBox* m_which;
    QPlainTextEdit* m_code;
};
