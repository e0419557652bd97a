#include "DataPmBackend.h"

#include "DataPmAccount.h"
#include "DataPmAccountDecoder.h"
#include "DataPmBrowse.h"
#include "DataPmDecoder.h"
#include "DataPmPaging.h"
#include "graphql/GraphQlClient.h"
#include "publish/DataPmPublishing.h"
#include "registry/JobSupport.h"

#include <QJsonObject>

DataPmBackend::DataPmBackend(QNetworkAccessManager* network, const QUrl& endpoint,
                             std::shared_ptr<const HeaderProvider> headers, QObject* parent)
    : RegistryBackend(parent)
    , m_client(new GraphQlClient(network, endpoint, QStringLiteral("datapm"), std::move(headers), this))
    , m_browse(std::make_unique<DataPmBrowse>(m_client, this))
    , m_account(std::make_unique<DataPmAccount>(m_client, this))
{}

DataPmBackend::~DataPmBackend() = default;

Capabilities DataPmBackend::capabilities() const
{
    // No Downloads: DataPM packages describe data sources, they are not archives.
    return Capability::LatestPackages | Capability::SearchPackages | Capability::Catalogs |
           Capability::Collections | Capability::Versions | Capability::Readme | Capability::SignIn |
           Capability::ApiKeys | Capability::Publish | Capability::AnonymousRead;
}

QUrl DataPmBackend::endpoint() const
{
    return m_client->endpoint();
}

StatusJob* DataPmBackend::status()
{
    auto* job = new StatusJob(this);
    JobSupport::bind(m_client->run(QStringLiteral("RegistryStatus")), job, &DataPmDecoder::status);
    return job;
}

PackagePageJob* DataPmBackend::latestPackages(const PageRequest& page)
{
    return packagePage(QStringLiteral("LatestPackages"), QStringLiteral("latestPackages"), {}, page);
}

PackagePageJob* DataPmBackend::searchPackages(const QString& query, const PageRequest& page)
{
    const QString trimmed = query.trimmed();
    if (trimmed.isEmpty())
        return latestPackages(page);
    return packagePage(QStringLiteral("SearchPackages"), QStringLiteral("searchPackages"), trimmed, page);
}

PackagePageJob* DataPmBackend::packagePage(const QString& operation, const QString& field,
                                           const QString& query, const PageRequest& page)
{
    auto* job = new PackagePageJob(this);
    const std::optional<int> offset = DataPmPaging::offsetFromCursor(page.cursor);
    if (!offset)
        return JobSupport::failQueued(job, DataPmPaging::badCursor(page.cursor));
    const int limit = DataPmPaging::limitOf(page);
    QJsonObject variables{{QStringLiteral("offSet"), *offset}, {QStringLiteral("limit"), limit}};
    if (!query.isEmpty())
        variables.insert(QStringLiteral("query"), query);
    JobSupport::bind(m_client->run(operation, variables), job,
                     [field, start = *offset, limit](const QJsonObject& data, QString* whyNot) {
                         return DataPmDecoder::packagePage(data, field, start, limit, whyNot);
                     });
    return job;
}

PackageJob* DataPmBackend::package(const PackageId& id)
{
    auto* job = new PackageJob(this);
    if (id.scope.isEmpty() || id.name.isEmpty()) {
        return JobSupport::failQueued(
            job, JobSupport::makeError(
                     Error::Kind::Config,
                     tr("A DataPM package is named “catalog/package”, not “%1”.").arg(id.toString())));
    }
    const QJsonObject identifier{{QStringLiteral("catalogSlug"), id.scope},
                                 {QStringLiteral("packageSlug"), id.name}};
    JobSupport::bind(m_client->run(QStringLiteral("Package"), {{QStringLiteral("identifier"), identifier}}),
                     job, &DataPmDecoder::package);
    return job;
}

// Browsing beyond packages and the account intents live in their own classes; these only delegate.

CatalogPageJob* DataPmBackend::searchCatalogs(const QString& query, const PageRequest& page)
{
    return m_browse->searchCatalogs(query, page);
}

CatalogJob* DataPmBackend::catalog(const QString& slug)
{
    return m_browse->catalog(slug);
}

PackagePageJob* DataPmBackend::catalogPackages(const QString& catalogSlug, const PageRequest& page)
{
    return m_browse->catalogPackages(catalogSlug, page);
}

CollectionPageJob* DataPmBackend::searchCollections(const QString& query, const PageRequest& page)
{
    return m_browse->searchCollections(query, page);
}

CollectionJob* DataPmBackend::collection(const QString& slug)
{
    return m_browse->collection(slug);
}

PackagePageJob* DataPmBackend::collectionPackages(const QString& collectionSlug, const PageRequest& page)
{
    return m_browse->collectionPackages(collectionSlug, page);
}

UserJob* DataPmBackend::user(const QString& username)
{
    return m_browse->user(username);
}

CredentialJobResult* DataPmBackend::signIn(const QString& username, const QString& password)
{
    return m_account->signIn(username, password);
}

UserJob* DataPmBackend::currentUser()
{
    return m_account->currentUser();
}

CatalogPageJob* DataPmBackend::myCatalogs()
{
    return m_account->myCatalogs();
}

ApiKeyListJob* DataPmBackend::apiKeys()
{
    return m_account->apiKeys();
}

CreatedApiKeyJob* DataPmBackend::createApiKey(const QString& label)
{
    return m_account->createApiKey(label);
}

DoneJob* DataPmBackend::deleteApiKey(const QString& keyId)
{
    return m_account->deleteApiKey(keyId);
}

Credential DataPmBackend::credentialFromPastedKey(const QString& pasted) const
{
    return DataPmAccountDecoder::credentialFromPastedKey(pasted);
}

// Publishing: DataPmPublishing holds no state of its own, so each intent makes one and delegates.

PackageFileCheck DataPmBackend::checkPackageFile(const QByteArray& text,
                                                 const PackageFileFields& overrides) const
{
    return DataPmPublishing(m_client, nullptr).checkPackageFile(text, overrides);
}

QByteArray DataPmBackend::packageFileWithVersion(const QByteArray& text, const QString& version) const
{
    return DataPmPublishing(m_client, nullptr).packageFileWithVersion(text, version);
}

PackageFileDraftJob* DataPmBackend::packageFileFromData(const QUrl& dataUrl, const PackageFileFields& fields)
{
    return DataPmPublishing(m_client, this).packageFileFromData(dataUrl, fields);
}

PublishJob* DataPmBackend::publish(const PublishRequest& request)
{
    return DataPmPublishing(m_client, this).publish(request);
}

CatalogJob* DataPmBackend::createCatalog(const Catalog& catalog)
{
    return DataPmPublishing(m_client, this).createCatalog(catalog);
}

DoneJob* DataPmBackend::deletePackage(const PackageId& id)
{
    return DataPmPublishing(m_client, this).deletePackage(id);
}

DoneJob* DataPmBackend::setPackagePublic(const PackageId& id, bool isPublic)
{
    return DataPmPublishing(m_client, this).setPackagePublic(id, isPublic);
}

std::optional<QString> DataPmBackend::cursorAfterFullPage(const PageRequest& page) const
{
    // The cursor is the offset of the page (DataPmPaging), so the next one is known before the answer.
    const std::optional<int> offset = DataPmPaging::offsetFromCursor(page.cursor);
    if (!offset)
        return std::nullopt;
    return QString::number(qint64(*offset) + DataPmPaging::limitOf(page));
}
