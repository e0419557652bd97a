#include "RegistryBackend.h"

#include "JobSupport.h"

#include <QSysInfo>

namespace {

template <typename Job> Job* unsupported(RegistryBackend* backend)
{
    return JobSupport::failQueued(new Job(backend),
                                  JobSupport::makeUserError(Error::Kind::Unsupported,
                                                        RegistryBackend::tr("This registry cannot do that.")));
}

} // namespace

CatalogPageJob* RegistryBackend::searchCatalogs(const QString&, const PageRequest&)
{
    return unsupported<CatalogPageJob>(this);
}

CatalogJob* RegistryBackend::catalog(const QString&) { return unsupported<CatalogJob>(this); }

PackagePageJob* RegistryBackend::catalogPackages(const QString&, const PageRequest&)
{
    return unsupported<PackagePageJob>(this);
}

CollectionPageJob* RegistryBackend::searchCollections(const QString&, const PageRequest&)
{
    return unsupported<CollectionPageJob>(this);
}

CollectionJob* RegistryBackend::collection(const QString&) { return unsupported<CollectionJob>(this); }

PackagePageJob* RegistryBackend::collectionPackages(const QString&, const PageRequest&)
{
    return unsupported<PackagePageJob>(this);
}

UserJob* RegistryBackend::user(const QString&) { return unsupported<UserJob>(this); }

CredentialJobResult* RegistryBackend::signIn(const QString&, const QString&)
{
    return unsupported<CredentialJobResult>(this);
}

UserJob* RegistryBackend::currentUser() { return unsupported<UserJob>(this); }

CatalogPageJob* RegistryBackend::myCatalogs() { return unsupported<CatalogPageJob>(this); }

ApiKeyListJob* RegistryBackend::apiKeys() { return unsupported<ApiKeyListJob>(this); }

CreatedApiKeyJob* RegistryBackend::createApiKey(const QString&) { return unsupported<CreatedApiKeyJob>(this); }

DoneJob* RegistryBackend::deleteApiKey(const QString&) { return unsupported<DoneJob>(this); }

Credential RegistryBackend::credentialFromPastedKey(const QString&) const { return {}; }

QString RegistryBackend::proposedKeyLabel(const QUrl& endpoint)
{
    // Labels are unique per user on DataPM: host + machine tells the user's keys apart.
    return QStringLiteral("depot@%1 for %2").arg(QSysInfo::machineHostName(), endpoint.host());
}
