#pragma once

#include <QIcon>
#include <QIconEngine>
#include <QString>

// A one-colour action icon drawn from lines, in the colour of the text it stands beside (ButtonText; greyed
// when disabled, HighlightedText when selected), as symbolic icons of desktop themes are. Used where the
// desktop has no icon theme (Qt's theme is then hicolor, which has application icons only): the style's
// fallback bitmaps are fixed-colour pictures (dark arrows on a dark theme), and reading them decodes three
// PNG sizes each and loads every image plugin before the first window shows (bench figure 9). An installed
// theme as fallback (Debian's adwaita-icon-theme) would be a new dependency, its icons SVG (Qt SVG loaded at
// start), and its parent hicolor's index parsed all the same; no packaged library draws such icons without
// a theme, hence this code.
class SymbolicIconEngine : public QIconEngine
{
public:
    // `name`: an icon name of the freedesktop naming specification (go-previous, view-refresh, ...).
    explicit SymbolicIconEngine(const QString& name);

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QString iconName() override;
    bool isNull() override;
    QString key() const override;
    QIconEngine* clone() const override;

    // True when `name` has a drawing here.
    static bool draws(const QString& name);

private:
    QString m_name;
};

// The icon named `name` drawn by SymbolicIconEngine, or a null icon when it has no drawing for it.
QIcon symbolicIcon(const QString& name);
