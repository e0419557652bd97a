#include "LinkButton.h"

#include <QEvent>
#include <QUrl>

LinkButton::LinkButton(QWidget* parent)
    : LinkButton(QString(), parent)
{}

LinkButton::LinkButton(const QString& text, QWidget* parent)
    : QPushButton(text, parent)
{
    setFlat(true);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    applyLinkLook();
}

void LinkButton::showUrl(const QUrl& url, const QString& accessibleName)
{
    setText(url.host().isEmpty() ? url.toDisplayString() : url.host());
    setToolTip(url.toDisplayString());
    setAccessibleName(url.isValid() ? accessibleName.arg(url.toDisplayString())
                                    : accessibleName.arg(QString()));
    setVisible(url.isValid());
}

void LinkButton::changeEvent(QEvent* event)
{
    QPushButton::changeEvent(event);
    // Follow a palette change (dark mode) so the link keeps the theme's link colour.
    if (event->type() == QEvent::PaletteChange && !m_applying)
        applyLinkLook();
}

void LinkButton::applyLinkLook()
{
    m_applying = true;
    QPalette linkPalette = palette();
    linkPalette.setColor(QPalette::ButtonText, linkPalette.color(QPalette::Link));
    setPalette(linkPalette);
    m_applying = false;
}
