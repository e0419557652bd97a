#include "RegistryItemDelegate.h"

#include "models/RegistryListModel.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int kPadding = 6;

QFont nameFont(const QFont& base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}
} // namespace

void RegistryItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear(); // the style draws selection and focus; the two lines are ours
    const QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group =
        option.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor textColor =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor detailColor = textColor;
    detailColor.setAlphaF(0.7f);

    const QRect area = option.rect.adjusted(kPadding, kPadding / 2, -kPadding, -kPadding / 2);
    const QFont bold = nameFont(option.font);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(option.font);
    painter->save();
    painter->setFont(bold);
    painter->setPen(textColor);
    const QRect nameRect(area.left(), area.top(), area.width(), boldMetrics.height());
    painter->drawText(
        nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        boldMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, area.width()));
    painter->setFont(option.font);
    painter->setPen(detailColor);
    const QRect detailRect(area.left(), nameRect.bottom() + 1, area.width(), metrics.height());
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(index.data(RegistryListModel::DetailRole).toString(), Qt::ElideRight,
                                         area.width()));
    painter->restore();
}

QSize RegistryItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(index)
    const int height =
        QFontMetrics(nameFont(option.font)).height() + QFontMetrics(option.font).height() + kPadding;
    return {200, height + 2};
}
