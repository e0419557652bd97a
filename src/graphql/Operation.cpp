#include "Operation.h"

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
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

// Names of the fragments a document spreads ("...PackageSummary"); inline fragments ("... on Type") are not
// spreads of a named fragment.
QStringList spreadNames(const QString& text)
{
    static const QRegularExpression spread(QStringLiteral("\\.\\.\\.\\s*([_A-Za-z][_0-9A-Za-z]*)"));
    QStringList names;
    for (auto it = spread.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (name != QLatin1String("on"))
            names << name;
    }
    return names;
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
