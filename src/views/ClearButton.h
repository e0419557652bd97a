#pragma once

#include "icons/ThemedIcon.h"

#include <QAction>
#include <QLineEdit>
#include <QToolButton>

// The clear button at the end of a line edit, shown while it holds text, with a name for screen readers (it
// is an icon only). Not QLineEdit::setClearButtonEnabled: that one asks the style for its icon while the
// window is built, which reads the icon theme's index and decodes the style's images before anything shows
// (bench figure 9); this icon is made when the button first shows. A click clears the field as Qt's own
// button does (textChanged and textEdited, focus stays in the field).
inline QAction* addClearButton(QLineEdit* field, const QString& accessibleName)
{
    auto* clear = new QAction(themedIcon(QStringLiteral("edit-clear"), QStyle::SP_LineEditClearButton),
                              accessibleName, field);
    field->addAction(clear, QLineEdit::TrailingPosition);
    // After addAction: the button QLineEdit makes for an action follows the action's later changes only.
    clear->setVisible(!field->text().isEmpty());
    for (QToolButton* button : field->findChildren<QToolButton*>()) {
        if (button->defaultAction() == clear)
            button->setAccessibleName(accessibleName);
    }
    QObject::connect(field, &QLineEdit::textChanged, clear,
                     [clear](const QString& text) { clear->setVisible(!text.isEmpty()); });
    QObject::connect(clear, &QAction::triggered, field, [field] {
        if (field->text().isEmpty())
            return;
        field->clear();
        emit field->textEdited(QString());
    });
    return clear;
}
