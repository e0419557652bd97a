#pragma once

#include <QApplication>
#include <QIcon>
#include <QStyle>

// An icon of the desktop's icon theme, or the style's own where the theme has none (Xvfb, kiosks, some
// desktops). hicolor, the theme of last resort, holds application icons only (freedesktop icon theme
// specification), so without a real theme the lookup, a walk over its folders, is skipped; and the style's
// icon is only built when it is needed. Both were part of every cold start (bench figure 1).
inline QIcon themedIcon(const QString& name, QStyle::StandardPixmap fallback)
{
    if (QIcon::themeName() != QLatin1String("hicolor")) {
        QIcon themed = QIcon::fromTheme(name);
        if (!themed.isNull())
            return themed;
    }
    return QApplication::style()->standardIcon(fallback);
}
