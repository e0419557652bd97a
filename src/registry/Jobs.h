#pragma once

#include "ApiKey.h"
#include "CreatedApiKey.h"
#include "Package.h"
#include "PackageDownload.h"
#include "PackageGroup.h"
#include "PackageInterface.h"
#include "Paging.h"
#include "RegistryJob.h"
#include "RegistryStatus.h"
#include "UserProfile.h"
#include "auth/Credential.h"

#include <QList>

// The jobs of the registry intents, by what they end with.
using PackagePageJob = ResultJob<PackagePage>;
using PackageJob = ResultJob<Package>;
using StatusJob = ResultJob<RegistryStatus>;
using GroupPageJob = ResultJob<Page<PackageGroup>>;
using GroupJob = ResultJob<PackageGroup>;
using UserJob = ResultJob<UserProfile>;
using CredentialJobResult = ResultJob<Credential>;
using ApiKeyListJob = ResultJob<QList<ApiKey>>;
using CreatedApiKeyJob = ResultJob<CreatedApiKey>;
using DoneJob = ResultJob<bool>;
using InterfaceJob = ResultJob<PackageInterface>;
using DownloadListJob = ResultJob<QList<PackageDownload>>;
