#include "DataPmVersionEditor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace {

// A scanner over text that QJsonDocument already accepted, so it only has to find token boundaries.
class Scanner
{
public:
    explicit Scanner(const QByteArray& text)
        : m_text(text)
    {}

    qsizetype pos() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_pos;
    }
    bool take(char c)
    {
        skipSpace();
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    // Skips a string token (at its opening quote); false when unterminated.
    bool skipString()
    {
        ++m_pos; // opening quote
        while (!atEnd()) {
            const char c = m_text.at(m_pos++);
            if (c == '\\')
                ++m_pos;
            else if (c == '"')
                return true;
        }
        return false;
    }
    // Skips any value; objects and arrays by counting brackets outside strings.
    bool skipValue()
    {
        skipSpace();
        if (peek() == '"')
            return skipString();
        if (peek() == '{' || peek() == '[') {
            int depth = 0;
            while (!atEnd()) {
                const char c = peek();
                if (c == '"') {
                    if (!skipString())
                        return false;
                    continue;
                }
                ++m_pos;
                if (c == '{' || c == '[')
                    ++depth;
                else if ((c == '}' || c == ']') && --depth == 0)
                    return true;
            }
            return false;
        }
        // A number or a literal: up to the next delimiter.
        while (!atEnd() && peek() != ',' && peek() != '}' && peek() != ']' && peek() != ' ' &&
               peek() != '\n' && peek() != '\r' && peek() != '\t')
            ++m_pos;
        return true;
    }

private:
    const QByteArray& m_text;
    qsizetype m_pos = 0;
};

// A key token decoded the JSON way ("ver\u0073ion" is "version").
QString decodeString(const QByteArray& token)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray('[' + token + ']'));
    return document.array().at(0).toString();
}

} // namespace

std::pair<qsizetype, qsizetype> DataPmVersionEditor::versionSpan(const QByteArray& text)
{
    constexpr std::pair<qsizetype, qsizetype> none{-1, -1};
    if (!QJsonDocument::fromJson(text).isObject())
        return none;
    Scanner scanner(text);
    if (!scanner.take('{'))
        return none;
    std::pair<qsizetype, qsizetype> found = none;
    int versionKeys = 0;
    scanner.skipSpace();
    if (scanner.peek() == '}')
        return none;
    while (!scanner.atEnd()) {
        scanner.skipSpace();
        const qsizetype keyBegin = scanner.pos();
        if (scanner.peek() != '"' || !scanner.skipString())
            return none;
        const QString key = decodeString(text.sliced(keyBegin, scanner.pos() - keyBegin));
        if (!scanner.take(':'))
            return none;
        scanner.skipSpace();
        const qsizetype valueBegin = scanner.pos();
        const bool isString = scanner.peek() == '"';
        if (!scanner.skipValue())
            return none;
        if (key == QLatin1String("version")) {
            // Duplicate keys: which one a reader keeps is up to the reader, so refuse to guess.
            if (++versionKeys > 1 || !isString)
                return none;
            found = {valueBegin, scanner.pos()};
        }
        if (scanner.take(','))
            continue;
        if (scanner.take('}'))
            break;
        return none;
    }
    return found;
}

QByteArray DataPmVersionEditor::withVersion(const QByteArray& text, const QString& version)
{
    const auto [begin, end] = versionSpan(text);
    if (begin < 0)
        return {};
    // The new value written as a JSON string (a version needs no escaping, but a caller may pass anything).
    QByteArray value = QJsonDocument(QJsonArray{version}).toJson(QJsonDocument::Compact);
    value = value.sliced(1, value.size() - 2);
    QByteArray result = text;
    result.replace(begin, end - begin, value);
    return result;
}
