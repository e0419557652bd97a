#include "FieldErrorLabel.h"

#include "views/ErrorColour.h"

#include <QEvent>
#include <QStringList>

FieldErrorLabel::FieldErrorLabel(const QString& fieldName, QWidget* parent)
    : QLabel(parent)
    , m_fieldName(fieldName)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    applyErrorColour();
    setErrors({});
}

void FieldErrorLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applying)
        applyErrorColour(); // a dark theme switched on or off
}

void FieldErrorLabel::applyErrorColour()
{
    m_applying = true;
    QPalette palette; // only the text colour is ours: every other role keeps following the theme
    palette.setColor(QPalette::WindowText, errorTextColour(this->palette()));
    setPalette(palette);
    m_applying = false;
}

void FieldErrorLabel::setErrors(const QList<FieldError>& errors)
{
    QStringList lines;
    for (const FieldError& error : errors)
        lines.append(error.message);
    lines.removeDuplicates();
    m_hasErrors = !lines.isEmpty();
    setText(lines.join(QLatin1Char('\n')));
    setAccessibleName(m_hasErrors ? tr("Problem with %1: %2").arg(m_fieldName, text())
                                  : tr("%1 is fine").arg(m_fieldName));
    setVisible(m_hasErrors);
}
