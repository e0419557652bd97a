#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

// GraphQL colours for the console's editor: keywords, variables, directives, strings, numbers, comments and
// punctuation, from the lexer the parser uses (console/GraphQlLexer), so what is coloured is what is parsed.
// A block string that spans lines is carried from one line to the next in the block state. Colours follow the
// palette: a dark theme gets light ones.
class GraphQlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit GraphQlHighlighter(QTextDocument* document);

    // The palette changed (a dark theme): colours again.
    void updateColours(const QPalette& palette);

protected:
    void highlightBlock(const QString& text) override;

private:
    QTextCharFormat m_keyword;
    QTextCharFormat m_variable;
    QTextCharFormat m_directive;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_comment;
    QTextCharFormat m_punctuation;
    QTextCharFormat m_invalid;
};
