#pragma once

#include <QStyledItemDelegate>

// Paints a sidebar row in two lines: the registry's name, and under it, dimmer, its kind and host
// (RegistryListModel::DetailRole).
class RegistryItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
