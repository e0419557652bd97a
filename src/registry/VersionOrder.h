#pragma once

#include <QString>

// Orders version strings as semantic versions ("1.10.0" > "1.9.2", "1.0.0" > "1.0.0-beta"), falling back to
// text order for what is not one. Shared by the dialects, which all sort version lists newest first.
namespace VersionOrder {
// <0 when a is older than b, 0 when equal, >0 when newer.
int compare(const QString& a, const QString& b);
inline bool newerFirst(const QString& a, const QString& b)
{
    return compare(a, b) > 0;
}
} // namespace VersionOrder
