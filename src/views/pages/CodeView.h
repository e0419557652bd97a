#pragma once

#include <QFontDatabase>
#include <QPlainTextEdit>

// Code shown for reading and copying, never editing: read-only, in the system's fixed-width font (a
// monospace one where the system names none), without wrapping.
class CodeView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodeView(QWidget* parent = nullptr)
        : QPlainTextEdit(parent)
    {
        setReadOnly(true);
        QFont code = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        code.setStyleHint(QFont::Monospace);
        setFont(code);
        setLineWrapMode(QPlainTextEdit::NoWrap);
    }
};
