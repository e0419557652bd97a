#include "GraphQlLexer.h"

namespace {

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isLineEnd(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

} // namespace

bool GraphQlLexer::Token::isPunctuator(QStringView text, QLatin1String which) const
{
    return kind == Kind::Punctuator && text.mid(start, length) == which;
}

GraphQlLexer::GraphQlLexer(QStringView text, qsizetype from)
    : m_text(text)
    , m_pos(qBound(qsizetype(0), from, text.size()))
{}

bool GraphQlLexer::isNameStart(QChar c)
{
    return c == QLatin1Char('_') || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
}

bool GraphQlLexer::isNameContinue(QChar c)
{
    return isNameStart(c) || isDigit(c);
}

GraphQlLexer::Token GraphQlLexer::make(Token::Kind kind, qsizetype start, bool unterminated) const
{
    Token token;
    token.kind = kind;
    token.start = start;
    token.length = m_pos - start;
    token.unterminated = unterminated;
    return token;
}

GraphQlLexer::Token GraphQlLexer::next()
{
    if (m_insideBlockString) {
        m_insideBlockString = false;
        return readBlockString(m_pos, m_pos);
    }
    const qsizetype size = m_text.size();
    while (m_pos < size) {
        const QChar c = m_text.at(m_pos);
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || isLineEnd(c) || c == QLatin1Char(',') ||
            c == QChar(0xFEFF)) {
            ++m_pos;
        } else if (c == QLatin1Char('#')) {
            const qsizetype start = m_pos;
            while (m_pos < size && !isLineEnd(m_text.at(m_pos)))
                ++m_pos;
            if (m_keepComments)
                return make(Token::Kind::Comment, start);
        } else {
            break;
        }
    }
    if (m_pos >= size)
        return make(Token::Kind::End, m_pos);

    const qsizetype start = m_pos;
    const QChar c = m_text.at(m_pos);
    if (isNameStart(c)) {
        while (m_pos < size && isNameContinue(m_text.at(m_pos)))
            ++m_pos;
        return make(Token::Kind::Name, start);
    }
    if (isDigit(c) || c == QLatin1Char('-'))
        return readNumber(start);
    if (m_text.mid(m_pos).startsWith(QLatin1String("\"\"\"")))
        return readBlockString(start, m_pos + 3);
    if (c == QLatin1Char('"'))
        return readString(start);
    if (m_text.mid(m_pos).startsWith(QLatin1String("..."))) {
        m_pos += 3;
        return make(Token::Kind::Punctuator, start);
    }
    ++m_pos;
    if (QStringView(u"!$&():=@[]{|}").contains(c))
        return make(Token::Kind::Punctuator, start);
    return make(Token::Kind::Invalid, start);
}

GraphQlLexer::Token GraphQlLexer::readBlockString(qsizetype start, qsizetype bodyFrom)
{
    const qsizetype size = m_text.size();
    m_pos = bodyFrom;
    while (m_pos < size) {
        const QStringView rest = m_text.mid(m_pos);
        if (rest.startsWith(QLatin1String("\\\"\"\""))) {
            m_pos += 4;
        } else if (rest.startsWith(QLatin1String("\"\"\""))) {
            m_pos += 3;
            return make(Token::Kind::BlockString, start);
        } else {
            ++m_pos;
        }
    }
    return make(Token::Kind::BlockString, start, true);
}

GraphQlLexer::Token GraphQlLexer::readString(qsizetype start)
{
    const qsizetype size = m_text.size();
    ++m_pos; // the opening quote
    while (m_pos < size) {
        const QChar c = m_text.at(m_pos);
        if (isLineEnd(c))
            break;
        if (c == QLatin1Char('\\')) {
            m_pos = qMin(size, m_pos + 2);
            continue;
        }
        ++m_pos;
        if (c == QLatin1Char('"'))
            return make(Token::Kind::String, start);
    }
    return make(Token::Kind::String, start, true);
}

GraphQlLexer::Token GraphQlLexer::readNumber(qsizetype start)
{
    const auto digits = [this] {
        const qsizetype from = m_pos;
        while (isDigit(at(m_pos)))
            ++m_pos;
        return m_pos > from;
    };
    if (at(m_pos) == QLatin1Char('-'))
        ++m_pos;
    if (!digits())
        return make(Token::Kind::Invalid, start);
    bool isFloat = false;
    if (at(m_pos) == QLatin1Char('.')) {
        ++m_pos;
        isFloat = true;
        if (!digits())
            return make(Token::Kind::Invalid, start);
    }
    if (at(m_pos) == QLatin1Char('e') || at(m_pos) == QLatin1Char('E')) {
        ++m_pos;
        isFloat = true;
        if (at(m_pos) == QLatin1Char('+') || at(m_pos) == QLatin1Char('-'))
            ++m_pos;
        if (!digits())
            return make(Token::Kind::Invalid, start);
    }
    // A number runs into a name ("12abc") or a dot: not a number GraphQL can read.
    if (isNameStart(at(m_pos)) || at(m_pos) == QLatin1Char('.')) {
        ++m_pos;
        return make(Token::Kind::Invalid, start);
    }
    return make(isFloat ? Token::Kind::Float : Token::Kind::Int, start);
}
