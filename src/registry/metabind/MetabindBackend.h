#pragma once

#include "registry/GraphQlBackend.h"

#include <memory>

class GraphQlClient;
class HeaderProvider;
class MetabindAccount;
class MetabindPackageList;
class MetabindPackagePages;
class MetabindParts;
class MetabindSearch;
class MetabindPublishing;
class MetabindRest;
class MetabindRestAccount;
class QNetworkAccessManager;

// Metabind (registries.md): read-only GraphQL that needs an x-api-key for data. The package list is
// packages(cursor, limit), one row per published version (see MetabindDecoder); package(id) reads
// package(version: id.name), or a dependency's resolved data (MetabindPackagePages). Parts: the account (a
// pasted project key), search over components, assets and contents (MetabindSearch), whose results open
// pages of their own; over REST (rest/), signing in with email and password, the project's API keys, and
// publishing the project (publish/).
class MetabindBackend : public GraphQlBackend
{
    Q_OBJECT
public:
    MetabindBackend(QNetworkAccessManager* network, const QUrl& endpoint,
                    std::shared_ptr<const HeaderProvider> headers, QObject* parent = nullptr);
    ~MetabindBackend() override;

    PackagePageJob* latestPackages(const PageRequest& page) override;
    PackageJob* package(const PackageId& id) override;

    QString whyMissing(RegistryPart part) const override;
    // A package is one published version of the project: "1.0.0", or of a dependency: "project@1.0.0".
    std::optional<PackageId> packageReference(const QString& text) const override;

private:
    std::unique_ptr<MetabindRest> m_rest;
    std::unique_ptr<MetabindAccount> m_account;
    std::unique_ptr<MetabindRestAccount> m_restAccount;
    std::unique_ptr<MetabindPublishing> m_publishing;
    std::unique_ptr<MetabindPackageList> m_packageList;
    std::unique_ptr<MetabindPackagePages> m_pages;
    std::unique_ptr<MetabindSearch> m_search;
    std::unique_ptr<MetabindParts> m_components;
    std::unique_ptr<MetabindParts> m_assets;
};
