#pragma once

#include "registry/RegistryBackend.h"

#include <memory>

class GraphQlClient;
class HeaderProvider;
class QNetworkAccessManager;

// DataPM (registries.md): offset/limit paging (the cursor holds the next offset as text), package pages from
// package(identifier) with README and licence taken from the latest version's package file.
class DataPmBackend : public RegistryBackend
{
    Q_OBJECT
public:
    DataPmBackend(QNetworkAccessManager* network, const QUrl& endpoint,
                  std::shared_ptr<const HeaderProvider> headers, QObject* parent = nullptr);
    ~DataPmBackend() override;

    Dialect dialect() const override { return Dialect::DataPm; }
    Capabilities capabilities() const override;
    QUrl endpoint() const override;

    StatusJob* status() override;
    PackagePageJob* latestPackages(const PageRequest& page) override;
    // An empty query lists the latest packages: DataPM has no "match everything" search.
    PackagePageJob* searchPackages(const QString& query, const PageRequest& page) override;
    PackageJob* package(const PackageId& id) override;

private:
    PackagePageJob* packagePage(const QString& operation, const QString& field, const QString& query,
                                const PageRequest& page);

    GraphQlClient* m_client;
};
