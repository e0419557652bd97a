#pragma once

#include "registry/RegistryBackend.h"

#include <memory>

class DataPmAccount;
class DataPmBrowse;
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
    std::optional<QString> cursorAfterFullPage(const PageRequest& page) const override;
    PackageJob* package(const PackageId& id) override;

    // Catalogs, collections and users (DataPmBrowse).
    CatalogPageJob* searchCatalogs(const QString& query, const PageRequest& page) override;
    CatalogJob* catalog(const QString& slug) override;
    PackagePageJob* catalogPackages(const QString& catalogSlug, const PageRequest& page) override;
    CollectionPageJob* searchCollections(const QString& query, const PageRequest& page) override;
    CollectionJob* collection(const QString& slug) override;
    PackagePageJob* collectionPackages(const QString& collectionSlug, const PageRequest& page) override;
    UserJob* user(const QString& username) override;

    // Sign-in and API keys (DataPmAccount).
    CredentialJobResult* signIn(const QString& username, const QString& password) override;
    UserJob* currentUser() override;
    CatalogPageJob* myCatalogs() override;
    ApiKeyListJob* apiKeys() override;
    CreatedApiKeyJob* createApiKey(const QString& label) override;
    DoneJob* deleteApiKey(const QString& keyId) override;
    // The base64 wire form base64(id + "." + secret), as createApiKey's displaySecret shows it.
    Credential credentialFromPastedKey(const QString& pasted) const override;

    // Publishing (delegated to publish/DataPmPublishing).
    PackageFileCheck checkPackageFile(const QByteArray& text,
                                      const PackageFileFields& overrides) const override;
    QByteArray packageFileWithVersion(const QByteArray& text, const QString& version) const override;
    PackageFileDraftJob* packageFileFromData(const QUrl& dataUrl, const PackageFileFields& fields) override;
    PublishJob* publish(const PublishRequest& request) override;
    CatalogJob* createCatalog(const Catalog& catalog) override;
    DoneJob* deletePackage(const PackageId& id) override;
    DoneJob* setPackagePublic(const PackageId& id, bool isPublic) override;

private:
    PackagePageJob* packagePage(const QString& operation, const QString& field, const QString& query,
                                const PageRequest& page);

    GraphQlClient* m_client;
    std::unique_ptr<DataPmBrowse> m_browse;
    std::unique_ptr<DataPmAccount> m_account;
};
