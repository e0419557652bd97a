#pragma once

#include <QString>
#include <QStringView>

// GraphQL's lexical grammar (spec, "Source Text"), for the console: the parser, the completion at the cursor
// and the syntax highlighter read a document through it. Whitespace, commas and the byte order mark are
// skipped; comments are tokens only when asked for (the highlighter colours them, the parser ignores them).
// Offsets are in UTF-16 code units of the text given, as QTextCursor counts them.
class GraphQlLexer
{
public:
    struct Token
    {
        enum class Kind {
            End,         // no more tokens
            Name,        // also the keywords (query, on, true ...): GraphQL has no reserved words
            Punctuator,  // ! $ & ( ) ... : = @ [ ] { | }
            Int,         // -?(0|[1-9][0-9]*)
            Float,       // with a fraction or an exponent
            String,      // "..." on one line
            BlockString, // """ ... """, possibly over several lines
            Comment,     // # to the end of the line (only with setKeepComments)
            Invalid,     // a character GraphQL has no use for, or a string without its end
        };
        Kind kind = Kind::End;
        qsizetype start = 0;
        qsizetype length = 0;
        bool unterminated = false; // a string or block string that reaches the end of the text

        qsizetype end() const { return start + length; }
        bool is(Kind k) const { return kind == k; }
        bool isPunctuator(QStringView text, QLatin1String which) const;
    };

    explicit GraphQlLexer(QStringView text, qsizetype from = 0);

    void setKeepComments(bool keep) { m_keepComments = keep; }
    // Continue a block string left open by an earlier piece of text (the highlighter's previous line): the
    // first token is the rest of that block string.
    void setInsideBlockString(bool inside) { m_insideBlockString = inside; }

    Token next();
    qsizetype position() const { return m_pos; }
    QStringView text() const { return m_text; }
    QStringView textOf(const Token& token) const { return m_text.mid(token.start, token.length); }

    static bool isNameStart(QChar c);
    static bool isNameContinue(QChar c);

private:
    Token make(Token::Kind kind, qsizetype start, bool unterminated = false) const;
    Token readBlockString(qsizetype start, qsizetype bodyFrom);
    Token readString(qsizetype start);
    Token readNumber(qsizetype start);
    QChar at(qsizetype i) const { return i < m_text.size() ? m_text.at(i) : QChar(); }

    QStringView m_text;
    qsizetype m_pos;
    bool m_keepComments = false;
    bool m_insideBlockString = false;
};
