#pragma once

#include "registry/JobSupport.h"
#include "registry/Paging.h"

#include <QString>

#include <optional>

// DataPM pages by offset/limit; the opaque PageRequest cursor holds the next offset as text.
namespace DataPmPaging {

// Empty means the first page; anything that is not a non-negative number is a caller's bug.
inline std::optional<int> offsetFromCursor(const QString& cursor)
{
    if (cursor.isEmpty())
        return 0;
    bool ok = false;
    const int offset = cursor.toInt(&ok);
    if (!ok || offset < 0)
        return std::nullopt;
    return offset;
}

inline int limitOf(const PageRequest& page)
{
    return page.limit > 0 ? page.limit : kDefaultPageSize;
}

inline Error badCursor(const QString& cursor)
{
    return JobSupport::makeError(Error::Kind::Config,
                                 QStringLiteral("DataPM page cursor is not an offset: %1").arg(cursor));
}

} // namespace DataPmPaging
