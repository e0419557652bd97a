#pragma once

#include "ApiKey.h"
#include "Capabilities.h"
#include "Catalog.h"
#include "Collection.h"
#include "CreatedApiKey.h"
#include "Dialect.h"
#include "Package.h"
#include "PackageFileCheck.h"
#include "PackageFileDraft.h"
#include "Paging.h"
#include "PublishJob.h"
#include "PublishRequest.h"
#include "RegistryJob.h"
#include "RegistryStatus.h"
#include "UserProfile.h"
#include "auth/Credential.h"

#include <QObject>
#include <QUrl>

using PackagePageJob = ResultJob<PackagePage>;
using PackageJob = ResultJob<Package>;
using StatusJob = ResultJob<RegistryStatus>;
using CatalogPageJob = ResultJob<Page<Catalog>>;
using CollectionPageJob = ResultJob<Page<Collection>>;
using CatalogJob = ResultJob<Catalog>;
using CollectionJob = ResultJob<Collection>;
using UserJob = ResultJob<UserProfile>;
using CredentialJobResult = ResultJob<Credential>;
using ApiKeyListJob = ResultJob<QList<ApiKey>>;
using CreatedApiKeyJob = ResultJob<CreatedApiKey>;
using DoneJob = ResultJob<bool>;
using PackageFileDraftJob = ResultJob<PackageFileDraft>;

// Dialect-neutral intents. Views and models use only this interface and capabilities(). An intent the
// registry cannot do returns a job that fails (queued) with Error::Kind::Unsupported; it never returns null.
class RegistryBackend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~RegistryBackend() override = default;

    virtual Dialect dialect() const = 0;
    virtual Capabilities capabilities() const = 0;
    virtual QUrl endpoint() const = 0;

    virtual StatusJob* status() = 0;
    virtual PackagePageJob* latestPackages(const PageRequest& page) = 0;
    virtual PackagePageJob* searchPackages(const QString& query, const PageRequest& page) = 0;
    virtual PackageJob* package(const PackageId& id) = 0;
    // The cursor of the page after `page` of a package list, should `page` come back full, when this
    // registry pages so that it is known without asking (offsets); nullopt otherwise (opaque cursors).
    // Lists use it to read one page ahead while a person scrolls.
    virtual std::optional<QString> cursorAfterFullPage(const PageRequest& page) const;

    // Browsing beyond packages (Capability::Catalogs, Collections). Defaults fail with Unsupported.
    virtual CatalogPageJob* searchCatalogs(const QString& query, const PageRequest& page);
    virtual CatalogJob* catalog(const QString& slug);
    virtual PackagePageJob* catalogPackages(const QString& catalogSlug, const PageRequest& page);
    virtual CollectionPageJob* searchCollections(const QString& query, const PageRequest& page);
    virtual CollectionJob* collection(const QString& slug);
    virtual PackagePageJob* collectionPackages(const QString& collectionSlug, const PageRequest& page);
    virtual UserJob* user(const QString& username);

    // Account (Capability::SignIn, ApiKeys). Credentials for requests come from the HeaderProvider the
    // backend was created with; these intents only make or describe them.
    // Signs in; the result is a SessionToken credential (memory only).
    virtual CredentialJobResult* signIn(const QString& username, const QString& password);
    // The signed-in user (DataPM `me`); fails with UNAUTHENTICATED / NOT_AUTHENTICATED when the
    // credential is missing or rejected.
    virtual UserJob* currentUser();
    virtual CatalogPageJob* myCatalogs();
    virtual ApiKeyListJob* apiKeys();
    virtual CreatedApiKeyJob* createApiKey(const QString& label);
    virtual DoneJob* deleteApiKey(const QString& keyId);
    // Turns a key the user pasted into the credential form this registry expects, or an invalid
    // Credential when the text cannot be a key of this registry.
    virtual Credential credentialFromPastedKey(const QString& pasted) const;
    // The label Depot proposes for a new key: host and machine name, e.g. "depot@laptop for datapm.io".
    static QString proposedKeyLabel(const QUrl& endpoint);

    // Publishing (Capability::Publish). The checks are local and pure (no request, no event loop); the
    // jobs default to failing with Unsupported, the checks to one whole-file error.
    // Checks a package file's text with `overrides` laid over it, by the registry's own file rules.
    virtual PackageFileCheck checkPackageFile(const QByteArray& text,
                                              const PackageFileFields& overrides = {}) const;
    // `text` with only the value of its top-level version changed, byte for byte otherwise; empty when the
    // version cannot be located unambiguously.
    virtual QByteArray packageFileWithVersion(const QByteArray& text, const QString& version) const;
    // A new package file for the data at `dataUrl` (http or https), with columns and types inferred from
    // its first rows; `fields` fill the names and texts.
    virtual PackageFileDraftJob* packageFileFromData(const QUrl& dataUrl, const PackageFileFields& fields);
    virtual PublishJob* publish(const PublishRequest& request);
    virtual CatalogJob* createCatalog(const Catalog& catalog);
    virtual DoneJob* deletePackage(const PackageId& id);
    virtual DoneJob* setPackagePublic(const PackageId& id, bool isPublic);
};
