#pragma once

#include "LazyIcon.h"
#include "SymbolicIcon.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

// An icon of the desktop's icon theme; without one (Xvfb, kiosks, bare window managers) Depot's own symbolic
// drawing of it (SymbolicIcon), else the style's. hicolor, the theme of last resort, holds application icons
// only (freedesktop icon theme specification), so without a real theme the lookup, a walk over its folders,
// is skipped. Made when the icon is first drawn (LazyIcon): the icons of menus cost nothing at start (bench
// figures 1, 9).
inline QIcon themedIcon(const QString& name, QStyle::StandardPixmap fallback)
{
    return lazyIcon([name, fallback] {
        if (QIcon::themeName() != QLatin1String("hicolor")) {
            QIcon themed = QIcon::fromTheme(name);
            if (!themed.isNull())
                return themed;
        } else if (QIcon drawn = symbolicIcon(name); !drawn.isNull()) {
            return drawn;
        }
        return QApplication::style()->standardIcon(fallback);
    });
}

// Without a desktop icon theme Qt's theme is hicolor, which has no icons for actions; yet every icon of the
// style (arrows, the clear button of a search field, message boxes) is first looked up there, and the first
// lookup parses hicolor's whole index (55 KB, 3 ms of a 40 ms start, bench figure 9) to find nothing. Then
// the system's icon folders are left out of the search (Qt's own resources stay), and the style's icons (the
// ones Depot does not draw itself) are used at once. With a desktop theme nothing changes. Once, after the
// QApplication is made.
inline void skipIconThemeWithoutActionIcons()
{
    if (QIcon::themeName() == QLatin1String("hicolor"))
        QIcon::setThemeSearchPaths({QStringLiteral(":/icons")});
}
