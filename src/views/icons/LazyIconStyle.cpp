#include "LazyIconStyle.h"

#include "LazyIcon.h"

#include <QPointer>
#include <QStyleOption>
#include <QWidget>

#include <optional>

LazyIconStyle::LazyIconStyle(QStyle* base)
    : QProxyStyle(base)
{}

QIcon LazyIconStyle::standardIcon(StandardPixmap icon, const QStyleOption* option,
                                  const QWidget* widget) const
{
    // A plain QStyleOption (direction, palette, state: what tool bars pass) can be kept by value; a
    // subclass's fields could not.
    if (option && option->type != QStyleOption::SO_Default)
        return QProxyStyle::standardIcon(icon, option, widget);
    const std::optional<QStyleOption> kept = option ? std::optional<QStyleOption>(*option) : std::nullopt;
    // The base style outlives its icons only as long as this style does: a guard for both.
    QPointer<const LazyIconStyle> self(this);
    QPointer<const QWidget> guardedWidget(widget);
    const bool hadWidget = widget != nullptr;
    return lazyIcon([self, icon, kept, guardedWidget, hadWidget]() -> QIcon {
        if (!self || (hadWidget && !guardedWidget))
            return {};
        return self->baseStyle()->standardIcon(icon, kept ? &*kept : nullptr, guardedWidget.data());
    });
}
