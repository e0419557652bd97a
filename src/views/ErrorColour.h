#pragma once

#include <QColor>
#include <QPalette>

// The colour of an error sentence on `palette`'s window. The palette has no error role: a dark red reads on a
// light window and not on a dark one, a light red the other way round; both keep a 4.5:1 contrast (WCAG AA).
inline QColor errorTextColour(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}
