#include "RegistryBackend.h"

#include "JobSupport.h"

#include <QSysInfo>

namespace {

template <typename Job> Job* unsupported(RegistryBackend* backend)
{
    return JobSupport::failQueued(
        new Job(backend), JobSupport::makeUserError(Error::Kind::Unsupported,
                                                    RegistryBackend::tr("This registry cannot do that.")));
}

} // namespace

CatalogPageJob* RegistryBackend::searchCatalogs(const QString&, const PageRequest&)
{
    return unsupported<CatalogPageJob>(this);
}

CatalogJob* RegistryBackend::catalog(const QString&)
{
    return unsupported<CatalogJob>(this);
}

PackagePageJob* RegistryBackend::catalogPackages(const QString&, const PageRequest&)
{
    return unsupported<PackagePageJob>(this);
}

CollectionPageJob* RegistryBackend::searchCollections(const QString&, const PageRequest&)
{
    return unsupported<CollectionPageJob>(this);
}

CollectionJob* RegistryBackend::collection(const QString&)
{
    return unsupported<CollectionJob>(this);
}

PackagePageJob* RegistryBackend::collectionPackages(const QString&, const PageRequest&)
{
    return unsupported<PackagePageJob>(this);
}

UserJob* RegistryBackend::user(const QString&)
{
    return unsupported<UserJob>(this);
}

CredentialJobResult* RegistryBackend::signIn(const QString&, const QString&)
{
    return unsupported<CredentialJobResult>(this);
}

UserJob* RegistryBackend::currentUser()
{
    return unsupported<UserJob>(this);
}

CatalogPageJob* RegistryBackend::myCatalogs()
{
    return unsupported<CatalogPageJob>(this);
}

ApiKeyListJob* RegistryBackend::apiKeys()
{
    return unsupported<ApiKeyListJob>(this);
}

CreatedApiKeyJob* RegistryBackend::createApiKey(const QString&)
{
    return unsupported<CreatedApiKeyJob>(this);
}

DoneJob* RegistryBackend::deleteApiKey(const QString&)
{
    return unsupported<DoneJob>(this);
}

Credential RegistryBackend::credentialFromPastedKey(const QString&) const
{
    return {};
}

QString RegistryBackend::proposedKeyLabel(const QUrl& endpoint)
{
    // Labels are unique per user on DataPM: host + machine tells the user's keys apart.
    return QStringLiteral("depot@%1 for %2").arg(QSysInfo::machineHostName(), endpoint.host());
}

// Publishing defaults: a registry that cannot publish says so for every file and every intent.
PackageFileCheck RegistryBackend::checkPackageFile(const QByteArray&, const PackageFileFields&) const
{
    PackageFileCheck check;
    check.errors.append({QString(), tr("This registry cannot publish from Depot."), -1, -1});
    return check;
}

QByteArray RegistryBackend::packageFileWithVersion(const QByteArray&, const QString&) const
{
    return {};
}

PackageFileDraftJob* RegistryBackend::packageFileFromData(const QUrl&, const PackageFileFields&)
{
    return unsupported<PackageFileDraftJob>(this);
}

PublishJob* RegistryBackend::publish(const PublishRequest&)
{
    // A refusal is a finished job with an outcome, like every publish.
    auto* job = new PublishJob(this);
    PublishResult result;
    result.outcome = PublishResult::Outcome::NotPublished;
    result.error = JobSupport::makeUserError(Error::Kind::Unsupported, tr("This registry cannot do that."));
    QMetaObject::invokeMethod(
        job, [job, result] { job->finish(result); }, Qt::QueuedConnection);
    return job;
}

CatalogJob* RegistryBackend::createCatalog(const Catalog&)
{
    return unsupported<CatalogJob>(this);
}

DoneJob* RegistryBackend::deletePackage(const PackageId&)
{
    return unsupported<DoneJob>(this);
}

DoneJob* RegistryBackend::setPackagePublic(const PackageId&, bool)
{
    return unsupported<DoneJob>(this);
}

std::optional<QString> RegistryBackend::cursorAfterFullPage(const PageRequest&) const
{
    return std::nullopt;
}
