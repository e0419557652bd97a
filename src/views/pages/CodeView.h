#pragma once

#include "views/CodeFont.h"

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
        setFont(codeFont());
        setLineWrapMode(QPlainTextEdit::NoWrap);
    }
};
