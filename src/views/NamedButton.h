#pragma once

#include <QPushButton>
#include <QString>

// A push button with its accessible name (what a screen reader says, often more than the short text) and an
// object name for tests and probes: every button of a dialog is made this way.
namespace NamedButton {

inline QPushButton* makeButton(const QString& text, const QString& accessibleName, const char* objectName)
{
    auto* button = new QPushButton(text);
    button->setAccessibleName(accessibleName);
    button->setObjectName(QString::fromLatin1(objectName));
    return button;
}

} // namespace NamedButton
