#pragma once

#include "registry/GraphQlBackend.h"
#include "registry/parts/PackageSearch.h"

#include <memory>

class GraphQlClient;
class GraphQlAccount;
class WasmerNamespaces;
class GraphQlUsers;
class HeaderProvider;
class QNetworkAccessManager;

// Wasmer / WAPM (registries.md): Relay connections (the cursor is the endCursor), the latest packages from
// recentPackageVersions (one row per published version), package pages from getPackage. A bare package
// name lives in the global namespace "_". Parts: search, namespaces, users, account (tokenAuth, tokens).
// Publishing and downloads are not implemented yet, so they are not offered.
class WasmerBackend : public GraphQlBackend, public PackageSearch
{
    Q_OBJECT
public:
    WasmerBackend(QNetworkAccessManager* network, const QUrl& endpoint,
                  std::shared_ptr<const HeaderProvider> headers, QObject* parent = nullptr);
    ~WasmerBackend() override;

    PackagePageJob* latestPackages(const PageRequest& page) override;
    // An empty query lists the latest packages.
    PackagePageJob* searchPackages(const QString& query, const PageRequest& page) override;
    PackageJob* package(const PackageId& id) override;

    QString whyMissing(RegistryPart part) const override;
    // "namespace/name" or a bare name (the global namespace "_"), each optionally with "@version".
    std::optional<PackageId> packageReference(const QString& text) const override;

    // Wasmer only (no dialect-neutral intent yet): one version of a package ("latest" when empty), and the
    // packages implementing an interface version (e.g. "wasi"), as in the WAPM examples.
    PackageJob* packageVersion(const PackageId& id, const QString& version = {});
    PackagePageJob* interfacePackages(const QString& interfaceName, const QString& version,
                                      const PageRequest& page);

    // "namespace/name", or the bare name for the global namespace "_" (what getPackage expects).
    static QString wireName(const PackageId& id);

private:
    std::unique_ptr<WasmerNamespaces> m_namespaces;
    std::unique_ptr<GraphQlUsers> m_users;
    std::unique_ptr<GraphQlAccount> m_account;
};
