#pragma once

#include "registry/Jobs.h"

// Public user pages.
class UserDirectory
{
public:
    virtual ~UserDirectory() = default;
    virtual UserJob* user(const QString& username) = 0;

    // Whether packagesOf() and searchUsers() answer on this registry.
    virtual bool listsPackages() const { return false; }
    virtual bool searchesUsers() const { return false; }
    // The packages `username` owns, paged; null where listsPackages() is false.
    virtual PackagePageJob* packagesOf(const QString& username, const PageRequest& page)
    {
        Q_UNUSED(username)
        Q_UNUSED(page)
        return nullptr;
    }
    // The users matching `query`, as the owners of packages they are (slug: the user name; display name: the
    // full name; description: what they say of themselves); null where searchesUsers() is false.
    virtual GroupPageJob* searchUsers(const QString& query, const PageRequest& page)
    {
        Q_UNUSED(query)
        Q_UNUSED(page)
        return nullptr;
    }
};
