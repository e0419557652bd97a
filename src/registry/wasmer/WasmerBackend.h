#pragma once

#include "registry/RegistryBackend.h"

#include <memory>

class GraphQlClient;
class WasmerAccount;
class WasmerBrowse;
class HeaderProvider;
class QNetworkAccessManager;

// Wasmer / WAPM (registries.md): Relay connections (the cursor is the endCursor), the latest packages from
// recentPackageVersions (one row per published version), package pages from getPackage. A bare package
// name lives in the global namespace "_".
class WasmerBackend : public RegistryBackend
{
    Q_OBJECT
public:
    WasmerBackend(QNetworkAccessManager* network, const QUrl& endpoint,
                  std::shared_ptr<const HeaderProvider> headers, QObject* parent = nullptr);
    ~WasmerBackend() override;

    Dialect dialect() const override { return Dialect::Wasmer; }
    Capabilities capabilities() const override;
    QUrl endpoint() const override;

    StatusJob* status() override;
    PackagePageJob* latestPackages(const PageRequest& page) override;
    // An empty query lists the latest packages.
    PackagePageJob* searchPackages(const QString& query, const PageRequest& page) override;
    PackageJob* package(const PackageId& id) override;

    // Namespaces as catalogs, and users (WasmerBrowse).
    CatalogJob* catalog(const QString& slug) override;
    PackagePageJob* catalogPackages(const QString& catalogSlug, const PageRequest& page) override;
    UserJob* user(const QString& username) override;

    // Sign-in and API tokens (WasmerAccount).
    CredentialJobResult* signIn(const QString& username, const QString& password) override;
    UserJob* currentUser() override;
    ApiKeyListJob* apiKeys() override;
    CreatedApiKeyJob* createApiKey(const QString& label) override;
    DoneJob* deleteApiKey(const QString& keyId) override;
    // The token as the wasmer CLI shows it, with or without "Bearer " in front.
    Credential credentialFromPastedKey(const QString& pasted) const override;

    // Wasmer only (no dialect-neutral intent yet): one version of a package ("latest" when empty), and the
    // packages implementing an interface version (e.g. "wasi"), as in the WAPM examples.
    PackageJob* packageVersion(const PackageId& id, const QString& version = {});
    PackagePageJob* interfacePackages(const QString& interfaceName, const QString& version,
                                      const PageRequest& page);

    // "namespace/name", or the bare name for the global namespace "_" (what getPackage expects).
    static QString wireName(const PackageId& id);

private:
    GraphQlClient* m_client;
    std::unique_ptr<WasmerBrowse> m_browse;
    std::unique_ptr<WasmerAccount> m_account;
};
