#include "FieldErrorLabel.h"

#include <QStringList>

FieldErrorLabel::FieldErrorLabel(const QString& fieldName, QWidget* parent)
    : QLabel(parent)
    , m_fieldName(fieldName)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = this->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    setPalette(palette);
    setErrors({});
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
