#pragma once

#include "WasmerErrors.h"
#include "registry/Paging.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// What every Wasmer request of a list or of one named thing shares: Relay paging variables, and a decoder
// of a root field that is null when nothing has that name.
namespace WasmerQueries {

// {first, after}: the cursor is the connection's endCursor.
inline QJsonObject pageVariables(const PageRequest& page)
{
    QJsonObject variables{{QStringLiteral("first"), page.limit > 0 ? page.limit : kDefaultPageSize}};
    if (!page.cursor.isEmpty())
        variables.insert(QStringLiteral("after"), page.cursor);
    return variables;
}

// A JobSupport decoder of the root field `root` with `decode`; a null root is "`name` not found".
template <typename T>
auto orNotFound(const char* root, std::optional<T> (*decode)(const QJsonValue&, QString*),
                const QString& name)
{
    return [root, decode, name](const QJsonObject& data, Error* error) -> std::optional<T> {
        std::optional<T> value = decode(data.value(QLatin1String(root)), &error->message);
        if (!value && error->message.isEmpty())
            *error = WasmerErrors::notFound(name);
        return value;
    };
}

} // namespace WasmerQueries
