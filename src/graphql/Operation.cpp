#include "Operation.h"

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QStringList>

namespace Operation {

namespace {

std::optional<QString> readResource(const QString& dialect, const QString& name)
{
    QFile file(QStringLiteral(":/graphql/%1/%2.graphql").arg(dialect, name));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(file.readAll());
}

std::optional<QString> assemble(const QString& dialect, const QString& name)
{
    std::optional<QString> document = readResource(dialect, name);
    if (!document)
        return std::nullopt;
    // A shared selection set lives in its own file, <dialect>/<FragmentName>.graphql (the layout
    // check-operations validates). A GraphQL request must carry every fragment it spreads, once.
    QSet<QString> included;
    QStringList pending = spreadNames(*document);
    while (!pending.isEmpty()) {
        const QString fragment = pending.takeFirst();
        if (included.contains(fragment))
            continue;
        included.insert(fragment);
        const std::optional<QString> text = readResource(dialect, fragment);
        if (!text)
            return std::nullopt; // a spread without its file: the request would fail validation anyway
        *document += QLatin1Char('\n') + *text;
        pending += spreadNames(*text);
    }
    return document;
}

} // namespace

QStringList spreadNames(const QString& text)
{
    // A small walk over GraphQL's lexical grammar: comments (# to the end of the line), strings ("...",
    // with \ escapes) and block strings (""" ... """, where \""" is an escaped delimiter) are skipped whole,
    // so a "...Name" inside them is text. Between "..." and the name only ignored tokens may stand.
    const qsizetype size = text.size();
    const auto at = [&](qsizetype i) {
        return i < size ? text.at(i) : QChar();
    };
    const auto startsAt = [&](qsizetype i, QLatin1String token) {
        return QStringView(text).mid(i).startsWith(token);
    };
    const auto isNameStart = [](QChar c) {
        return c == QLatin1Char('_') || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
               (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
    };
    const auto isNameChar = [&](QChar c) {
        return isNameStart(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
    };
    const auto skipComment = [&](qsizetype i) {
        while (i < size && at(i) != QLatin1Char('\n') && at(i) != QLatin1Char('\r'))
            ++i;
        return i;
    };
    const auto skipIgnored = [&](qsizetype i) {
        while (i < size) {
            const QChar c = at(i);
            if (c == QLatin1Char('#'))
                i = skipComment(i);
            else if (c.isSpace() || c == QLatin1Char(',') || c == QChar(0xFEFF))
                ++i;
            else
                break;
        }
        return i;
    };
    const QLatin1String blockQuote("\"\"\"");
    QStringList names;
    qsizetype i = 0;
    while (i < size) {
        const QChar c = at(i);
        if (c == QLatin1Char('#')) {
            i = skipComment(i);
        } else if (startsAt(i, blockQuote)) {
            i += 3;
            while (i < size && !startsAt(i, blockQuote))
                i += startsAt(i, QLatin1String("\\\"\"\"")) ? 4 : 1;
            i += 3;
        } else if (c == QLatin1Char('"')) {
            ++i;
            while (i < size && at(i) != QLatin1Char('"') && at(i) != QLatin1Char('\n'))
                i += at(i) == QLatin1Char('\\') ? 2 : 1;
            ++i;
        } else if (startsAt(i, QLatin1String("..."))) {
            i = skipIgnored(i + 3);
            const qsizetype nameStart = i;
            if (isNameStart(at(i))) {
                while (i < size && isNameChar(at(i)))
                    ++i;
            }
            const QString name = text.mid(nameStart, i - nameStart);
            if (!name.isEmpty() && name != QLatin1String("on"))
                names << name;
        } else {
            ++i;
        }
    }
    return names;
}

std::optional<QString> load(const QString& dialect, const QString& name)
{
    // Resources are compiled in and never change, so each document is read and assembled once: a list
    // paged to the end asks for the same one every page (bench figure 3).
    static QMutex mutex;
    static QHash<QString, std::optional<QString>> documents;
    const QString key = dialect + QLatin1Char('/') + name;
    const QMutexLocker locker(&mutex);
    auto it = documents.constFind(key);
    if (it == documents.constEnd())
        it = documents.insert(key, assemble(dialect, name));
    return *it;
}

} // namespace Operation
