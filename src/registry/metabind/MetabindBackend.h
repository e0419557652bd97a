#pragma once

#include "registry/RegistryBackend.h"

#include <memory>

class GraphQlClient;
class HeaderProvider;
class QNetworkAccessManager;

// Metabind (registries.md): read-only GraphQL that needs an x-api-key for data. The package list is
// packages(cursor, limit), one row per published version (see MetabindDecoder); package(id) reads
// package(version: id.name). No server-side search.
class MetabindBackend : public RegistryBackend
{
    Q_OBJECT
public:
    MetabindBackend(QNetworkAccessManager* network, const QUrl& endpoint,
                    std::shared_ptr<const HeaderProvider> headers, QObject* parent = nullptr);
    ~MetabindBackend() override;

    Dialect dialect() const override { return Dialect::Metabind; }
    Capabilities capabilities() const override;
    QUrl endpoint() const override;

    StatusJob* status() override;
    PackagePageJob* latestPackages(const PageRequest& page) override;
    // Unsupported (fails queued): Metabind has no package search.
    PackagePageJob* searchPackages(const QString& query, const PageRequest& page) override;
    PackageJob* package(const PackageId& id) override;
    // "org:project:key" or a bare key, sent as x-api-key. Keys are made over REST with a user JWT, so
    // sign-in and key management stay Unsupported here.
    Credential credentialFromPastedKey(const QString& pasted) const override;

private:
    GraphQlClient* m_client;
};
