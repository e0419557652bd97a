#include "PackageId.h"

PackageId PackageId::fromString(const QString& text)
{
    const QString trimmed = text.trimmed();
    // Split at the first slash: scopes never contain one, and a name keeps anything after it.
    const qsizetype slash = trimmed.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return {QString(), trimmed};
    return {trimmed.left(slash), trimmed.mid(slash + 1)};
}
