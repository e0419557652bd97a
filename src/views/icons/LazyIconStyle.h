#pragma once

#include <QProxyStyle>

// The application's style, with its icons made when first drawn (LazyIcon). Qt's widgets ask for their
// icons when they are made, shown or not: the menu bar and each tool bar their "more" arrow, a message box
// its picture. The first icon read that way loads every image plugin (Qt SVG with them) to find the one
// for PNG, and each icon decodes three sizes: work done before the first window shows, for icons that
// mostly never show (bench figure 9). Icons asked for with a style option of a subclass (which cannot be
// kept) come at once, as before.
class LazyIconStyle : public QProxyStyle
{
    Q_OBJECT
public:
    // Takes ownership of `base`.
    explicit LazyIconStyle(QStyle* base);

    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;
};
