#include "EntryPath.h"

std::optional<RefusedEntry::Reason> EntryPath::split(const QString& name, QStringList* components)
{
    components->clear();
    if (name.isEmpty())
        return RefusedEntry::Reason::BadName;
    if (name.startsWith(QLatin1Char('/')))
        return RefusedEntry::Reason::AbsolutePath;
    for (const QString& part : name.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String(".."))
            return RefusedEntry::Reason::ParentComponent;
        if (part != QLatin1String("."))
            components->append(part);
    }
    return std::nullopt;
}

std::optional<RefusedEntry::Reason> EntryPath::resolveLink(const QStringList& linkPath, const QString& target,
                                                           const std::function<bool(const QString&)>& isLink,
                                                           QStringList* resolved)
{
    if (target.isEmpty())
        return RefusedEntry::Reason::BadName;
    if (target.startsWith(QLatin1Char('/')))
        return RefusedEntry::Reason::LinkOutside;
    QStringList where = linkPath.mid(0, linkPath.size() - 1); // the folder the link is in
    for (const QString& part : target.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            // Even a detour above the root is refused: it names the root's own name, which changes when the
            // unpacked folder is moved into place.
            if (where.isEmpty())
                return RefusedEntry::Reason::LinkOutside;
            where.removeLast();
            continue;
        }
        where.append(part);
        if (isLink && isLink(where.join(QLatin1Char('/'))))
            return RefusedEntry::Reason::LinkThroughLink;
    }
    if (resolved)
        *resolved = where;
    return std::nullopt;
}

bool EntryPath::throughLink(const QStringList& components, const QSet<QString>& links)
{
    QString prefix;
    for (qsizetype i = 0; i + 1 < components.size(); ++i) {
        if (i > 0)
            prefix += QLatin1Char('/');
        prefix += components.at(i);
        if (links.contains(prefix))
            return true;
    }
    return false;
}

bool EntryPath::isInside(const QString& path, const QString& root)
{
    return path == root || path.startsWith(root + QLatin1Char('/'));
}
