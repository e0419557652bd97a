#pragma once

#include <QFont>
#include <QFontDatabase>

// The font of code, certificates and other text read by the character: the system's fixed-width font, and
// a monospace one where the system names none.
inline QFont codeFont()
{
    QFont code = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    code.setStyleHint(QFont::Monospace);
    return code;
}
