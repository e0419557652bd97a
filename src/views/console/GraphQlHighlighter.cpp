#include "GraphQlHighlighter.h"

#include "console/GraphQlLexer.h"
#include "views/ErrorColour.h"

#include <QApplication>
#include <QPalette>

namespace {

enum BlockState { Normal = 0, InsideBlockString = 1 };

bool isKeyword(QStringView word)
{
    static const QLatin1String keywords[] = {QLatin1String("query"),        QLatin1String("mutation"),
                                             QLatin1String("subscription"), QLatin1String("fragment"),
                                             QLatin1String("on"),           QLatin1String("true"),
                                             QLatin1String("false"),        QLatin1String("null")};
    for (const QLatin1String& keyword : keywords) {
        if (word == keyword)
            return true;
    }
    return false;
}

QTextCharFormat coloured(const QColor& colour, bool bold = false, bool italic = false)
{
    QTextCharFormat format;
    format.setForeground(colour);
    if (bold)
        format.setFontWeight(QFont::Bold);
    format.setFontItalic(italic);
    return format;
}

} // namespace

GraphQlHighlighter::GraphQlHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
    updateColours(QApplication::palette());
}

void GraphQlHighlighter::updateColours(const QPalette& palette)
{
    // Two sets chosen to keep a 4.5:1 contrast on a light and on a dark base (WCAG AA).
    const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
    m_keyword = coloured(dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x4f, 0xa0), true);
    m_variable = coloured(dark ? QColor(0xf2, 0x8b, 0x82) : QColor(0x9c, 0x27, 0x0e));
    m_directive = coloured(dark ? QColor(0xc5, 0x8a, 0xf9) : QColor(0x6a, 0x1b, 0x9a));
    m_string = coloured(dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x1b, 0x6e, 0x20));
    m_number = coloured(dark ? QColor(0xfd, 0xd6, 0x63) : QColor(0x8a, 0x4b, 0x00));
    m_comment = coloured(palette.color(QPalette::PlaceholderText), false, true);
    m_punctuation = coloured(palette.color(QPalette::Text));
    m_invalid = coloured(errorTextColour(palette), true);
    rehighlight();
}

void GraphQlHighlighter::highlightBlock(const QString& text)
{
    GraphQlLexer lexer(text);
    lexer.setKeepComments(true);
    lexer.setInsideBlockString(previousBlockState() == InsideBlockString);
    setCurrentBlockState(Normal);
    QStringView previous; // "$name" and "@name" are one thing when nothing stands between
    qsizetype previousEnd = -1;
    for (GraphQlLexer::Token token = lexer.next(); !token.is(GraphQlLexer::Token::Kind::End);
         token = lexer.next()) {
        const QStringView word = lexer.textOf(token);
        switch (token.kind) {
        case GraphQlLexer::Token::Kind::Name:
            if (previousEnd == token.start && previous == QLatin1String("$"))
                setFormat(int(token.start - 1), int(token.length + 1), m_variable);
            else if (previousEnd == token.start && previous == QLatin1String("@"))
                setFormat(int(token.start - 1), int(token.length + 1), m_directive);
            else if (isKeyword(word))
                setFormat(int(token.start), int(token.length), m_keyword);
            break;
        case GraphQlLexer::Token::Kind::String:
            setFormat(int(token.start), int(token.length), m_string);
            break;
        case GraphQlLexer::Token::Kind::BlockString:
            setFormat(int(token.start), int(token.length), m_string);
            if (token.unterminated)
                setCurrentBlockState(InsideBlockString);
            break;
        case GraphQlLexer::Token::Kind::Int:
        case GraphQlLexer::Token::Kind::Float:
            setFormat(int(token.start), int(token.length), m_number);
            break;
        case GraphQlLexer::Token::Kind::Comment:
            setFormat(int(token.start), int(token.length), m_comment);
            break;
        case GraphQlLexer::Token::Kind::Punctuator:
            setFormat(int(token.start), int(token.length), m_punctuation);
            break;
        case GraphQlLexer::Token::Kind::Invalid:
            setFormat(int(token.start), int(token.length), m_invalid);
            break;
        case GraphQlLexer::Token::Kind::End:
            break;
        }
        previous = word;
        previousEnd = token.end();
    }
}
