#pragma once

#include "registry/publish/FieldError.h"

#include <QLabel>

// The problems of one form field, shown right under it in the error colour and announced by screen
// readers; hidden when there is none (its accessible name then says the field is fine, so no control of
// the wizard is ever nameless).
class FieldErrorLabel : public QLabel
{
    Q_OBJECT
public:
    // `fieldName` is the field's translated name, e.g. "Version".
    explicit FieldErrorLabel(const QString& fieldName, QWidget* parent = nullptr);

    void setErrors(const QList<FieldError>& errors);
    bool hasErrors() const { return m_hasErrors; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyErrorColour();

    QString m_fieldName;
    bool m_hasErrors = false;
    bool m_applying = false; // setPalette() inside changeEvent() would recurse
};
