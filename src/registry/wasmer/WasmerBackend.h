#pragma once

#include "registry/GraphQlBackend.h"
#include "registry/parts/PackageSearch.h"

#include <memory>

class HeaderProvider;
class QNetworkAccessManager;

// Wasmer / WAPM (registries.md): Relay connections (the cursor is the endCursor), the latest packages from
// recentPackageVersions (one row per published version), package pages from getPackageVersion (the latest
// or a given version). A bare package name lives in the global namespace "_". Parts: search (with filters),
// namespaces, interfaces, users, account (tokenAuth, tokens), downloads, publishing a wasmer.toml folder, and
// live updates (packageVersionCreated).
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
    SearchFilterSupport filterSupport() const override;
    PackagePageJob* searchFiltered(const QString& query, const SearchFilters& filters,
                                   const PageRequest& page) override;
    PackageJob* package(const PackageId& id) override;
    // getPackageVersion(name, version = "latest"), as in the WAPM seed example.
    PackageJob* packageVersion(const PackageId& id, const QString& version) override;

    QString whyMissing(RegistryPart part) const override;
    // "namespace/name" or a bare name (the global namespace "_"), each optionally with "@version".
    std::optional<PackageId> packageReference(const QString& text) const override;
    QString referencedVersion(const QString& text) const override;

    // "namespace/name", or the bare name for the global namespace "_" (what getPackageVersion expects).
    static QString wireName(const PackageId& id);

private:
    struct OwnParts; // the parts offered besides search, living as long as the backend
    std::unique_ptr<OwnParts> m_own;
};
