#include "SymbolicIcon.h"

#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

#include <cmath>
#include <functional>

namespace {
// Each drawing is made on a 16 x 16 grid with a 1.5-unit pen (strokes) and a brush (filled shapes), then
// scaled to the size asked for.
using Drawing = std::function<void(QPainterPath& strokes, QPainterPath& fills)>;

void arrowHead(QPainterPath& path, QPointF tip, qreal dx, qreal dy)
{
    path.moveTo(tip.x() + dx, tip.y() - dy);
    path.lineTo(tip);
    path.lineTo(tip.x() + dx, tip.y() + dy);
}

const QHash<QString, Drawing>& drawings()
{
    static const QHash<QString, Drawing> table = {
        {QStringLiteral("go-previous"),
         [](QPainterPath& s, QPainterPath&) {
             s.moveTo(13.5, 8);
             s.lineTo(3, 8);
             arrowHead(s, {3, 8}, 4.5, 4.5);
         }},
        {QStringLiteral("go-next"),
         [](QPainterPath& s, QPainterPath&) {
             s.moveTo(2.5, 8);
             s.lineTo(13, 8);
             arrowHead(s, {13, 8}, -4.5, 4.5);
         }},
        {QStringLiteral("go-home"),
         [](QPainterPath& s, QPainterPath&) {
             s.moveTo(1.5, 8.5);
             s.lineTo(8, 2);
             s.lineTo(14.5, 8.5);
             s.moveTo(3.5, 7);
             s.lineTo(3.5, 14);
             s.lineTo(12.5, 14);
             s.lineTo(12.5, 7);
             s.moveTo(6.5, 14);
             s.lineTo(6.5, 10);
             s.lineTo(9.5, 10);
             s.lineTo(9.5, 14);
         }},
        {QStringLiteral("view-refresh"),
         [](QPainterPath& s, QPainterPath&) {
             // Three quarters of a circle, the arrow at its open end.
             s.arcMoveTo(2.5, 2.5, 11, 11, 60);
             s.arcTo(2.5, 2.5, 11, 11, 60, 280);
             const qreal end = 340 * M_PI / 180;
             const QPointF tip(8 + 5.5 * std::cos(end), 8 - 5.5 * std::sin(end));
             s.moveTo(tip.x() - 4, tip.y() - 0.5);
             s.lineTo(tip);
             s.lineTo(tip.x() + 0.5, tip.y() - 4);
         }},
        {QStringLiteral("list-add"),
         [](QPainterPath& s, QPainterPath&) {
             s.moveTo(8, 2.5);
             s.lineTo(8, 13.5);
             s.moveTo(2.5, 8);
             s.lineTo(13.5, 8);
         }},
        {QStringLiteral("list-remove"),
         [](QPainterPath& s, QPainterPath&) {
             s.moveTo(2.5, 8);
             s.lineTo(13.5, 8);
         }},
        {QStringLiteral("document-edit"),
         [](QPainterPath& s, QPainterPath&) {
             // A pencil from the lower left to the upper right.
             s.moveTo(2.5, 13.5);
             s.lineTo(3.5, 10);
             s.lineTo(11, 2.5);
             s.lineTo(13.5, 5);
             s.lineTo(6, 12.5);
             s.closeSubpath();
             s.moveTo(9.5, 4);
             s.lineTo(12, 6.5);
         }},
        {QStringLiteral("application-exit"),
         [](QPainterPath& s, QPainterPath&) {
             // A door left open, an arrow going out.
             s.moveTo(8.5, 5);
             s.lineTo(8.5, 2.5);
             s.lineTo(2.5, 2.5);
             s.lineTo(2.5, 13.5);
             s.lineTo(8.5, 13.5);
             s.lineTo(8.5, 11);
             s.moveTo(6, 8);
             s.lineTo(14, 8);
             arrowHead(s, {14, 8}, -3, 3);
         }},
        {QStringLiteral("view-list-details"),
         [](QPainterPath& s, QPainterPath& f) {
             for (const qreal y : {3.5, 8.0, 12.5}) {
                 f.addRect(QRectF(2, y - 1, 2, 2));
                 s.moveTo(6, y);
                 s.lineTo(14, y);
             }
         }},
        {QStringLiteral("media-playback-start"),
         [](QPainterPath&, QPainterPath& f) {
             f.moveTo(4, 2.5);
             f.lineTo(13.5, 8);
             f.lineTo(4, 13.5);
             f.closeSubpath();
         }},
        {QStringLiteral("process-stop"),
         [](QPainterPath&, QPainterPath& f) {
             f.addRoundedRect(QRectF(3, 3, 10, 10), 1.5, 1.5);
         }},
        {QStringLiteral("edit-copy"),
         [](QPainterPath& s, QPainterPath&) {
             s.addRoundedRect(QRectF(5.5, 5.5, 8, 8), 1, 1);
             s.moveTo(10.5, 3);
             s.lineTo(10.5, 2.5);
             s.lineTo(2.5, 2.5);
             s.lineTo(2.5, 10.5);
             s.lineTo(3, 10.5);
         }},
        {QStringLiteral("document-open-recent"),
         [](QPainterPath& s, QPainterPath&) {
             // A clock.
             s.addEllipse(QPointF(8, 8), 6, 6);
             s.moveTo(8, 4.5);
             s.lineTo(8, 8);
             s.lineTo(10.5, 10);
         }},
        {QStringLiteral("edit-clear"),
         [](QPainterPath& s, QPainterPath&) {
             s.moveTo(4, 4);
             s.lineTo(12, 12);
             s.moveTo(12, 4);
             s.lineTo(4, 12);
         }},
    };
    return table;
}

QColor colourFor(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::ButtonText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::Active, QPalette::ButtonText);
}
} // namespace

SymbolicIconEngine::SymbolicIconEngine(const QString& name)
    : m_name(name)
{}

bool SymbolicIconEngine::draws(const QString& name)
{
    return drawings().contains(name);
}

void SymbolicIconEngine::paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State)
{
    const auto found = drawings().constFind(m_name);
    if (found == drawings().constEnd())
        return;
    QPainterPath strokes;
    QPainterPath fills;
    (*found)(strokes, fills);
    // Square, centred, with the grid's 16 units over the shorter side; arrows point the other way in a
    // right-to-left layout, as themes' -rtl icons do.
    const qreal side = qMin(rect.width(), rect.height());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
    painter->scale(side / 16.0, side / 16.0);
    if (QGuiApplication::isRightToLeft() && m_name.startsWith(QLatin1String("go-"))) {
        painter->translate(16, 0);
        painter->scale(-1, 1);
    }
    const QColor colour = colourFor(mode);
    painter->setPen(QPen(colour, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(strokes);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPath(fills);
    painter->restore();
}

QSize SymbolicIconEngine::actualSize(const QSize& size, QIcon::Mode, QIcon::State)
{
    return size;
}

QPixmap SymbolicIconEngine::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap SymbolicIconEngine::scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    // `size` is in device pixels: drawn at full resolution, then marked with the ratio.
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    }
    pixmap.setDevicePixelRatio(scale);
    return pixmap;
}

QString SymbolicIconEngine::iconName()
{
    return m_name;
}

bool SymbolicIconEngine::isNull()
{
    return !draws(m_name);
}

QString SymbolicIconEngine::key() const
{
    return QStringLiteral("DepotSymbolicIcon");
}

QIconEngine* SymbolicIconEngine::clone() const
{
    return new SymbolicIconEngine(m_name);
}

QIcon symbolicIcon(const QString& name)
{
    return SymbolicIconEngine::draws(name) ? QIcon(new SymbolicIconEngine(name)) : QIcon();
}
