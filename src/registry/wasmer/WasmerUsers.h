#pragma once

#include "registry/GraphQlUsers.h"

// Wasmer's user pages: the profile (GraphQlUsers), the packages a user owns (getUser.packages) and users
// found by a search.
class WasmerUsers : public GraphQlUsers
{
    Q_DECLARE_TR_FUNCTIONS(WasmerUsers)
public:
    WasmerUsers(GraphQlClient* client, QObject* jobParent);

    bool listsPackages() const override { return true; }
    bool searchesUsers() const override { return true; }
    PackagePageJob* packagesOf(const QString& username, const PageRequest& page) override;
    GroupPageJob* searchUsers(const QString& query, const PageRequest& page) override;
};
