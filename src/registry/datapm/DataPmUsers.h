#pragma once

#include "registry/GraphQlUsers.h"

// DataPM's user pages: the public profile (user) and the packages the user created that the caller may see
// (userPackages, newest first).
class DataPmUsers : public GraphQlUsers
{
    Q_DECLARE_TR_FUNCTIONS(DataPmUsers)
public:
    DataPmUsers(GraphQlClient* client, QObject* jobParent);

    bool listsPackages() const override { return true; }
    PackagePageJob* packagesOf(const QString& username, const PageRequest& page) override;
};
