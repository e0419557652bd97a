#pragma once

#include "Package.h"

#include <QList>
#include <QString>

// The page size of every list, in one place.
inline constexpr int kDefaultPageSize = 50;

// Which page to fetch. The cursor is opaque to callers: DataPM stores an offset in it, Wasmer an endCursor,
// Metabind its pagination cursor. Empty = the first page.
struct PageRequest
{
    QString cursor;
    int limit = kDefaultPageSize;
};

template <typename T> struct Page
{
    QList<T> items;
    QString nextCursor; // pass back in PageRequest::cursor for the next page
    bool hasMore = false;
    int total = -1; // -1 when the registry does not say
};

using PackagePage = Page<Package>;
