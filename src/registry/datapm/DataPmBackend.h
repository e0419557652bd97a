#pragma once

#include "registry/GraphQlBackend.h"
#include "registry/parts/PackageSearch.h"

#include <memory>

class GraphQlAccount;
class DataPmGroups;
class DataPmPublishing;
class DataPmUsers;
class GraphQlClient;
class HeaderProvider;
class QNetworkAccessManager;

// DataPM (registries.md): offset/limit paging (the cursor holds the next offset as text), package pages from
// package(identifier) with README and licence taken from the latest version's package file. It offers every
// part: search, catalogs, collections, users, account (sign-in, API keys) and package-file publishing.
class DataPmBackend : public GraphQlBackend, public PackageSearch
{
    Q_OBJECT
public:
    DataPmBackend(QNetworkAccessManager* network, const QUrl& endpoint,
                  std::shared_ptr<const HeaderProvider> headers, QObject* parent = nullptr);
    ~DataPmBackend() override;

    PackagePageJob* latestPackages(const PageRequest& page) override;
    // An empty query lists the latest packages: DataPM has no "match everything" search.
    PackagePageJob* searchPackages(const QString& query, const PageRequest& page) override;
    std::optional<QString> cursorAfterFullPage(const PageRequest& page) const override;
    PackageJob* package(const PackageId& id) override;

private:
    PackagePageJob* packagePage(const QString& operation, const QString& field, const QString& query,
                                const PageRequest& page);

    std::unique_ptr<DataPmGroups> m_catalogs;
    std::unique_ptr<DataPmGroups> m_collections;
    std::unique_ptr<DataPmUsers> m_users;
    std::unique_ptr<GraphQlAccount> m_account;
    std::unique_ptr<DataPmPublishing> m_publishing;
};
