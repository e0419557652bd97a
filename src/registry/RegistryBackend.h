#pragma once

#include "ApiKey.h"
#include "Capabilities.h"
#include "Catalog.h"
#include "Collection.h"
#include "Dialect.h"
#include "Package.h"
#include "Paging.h"
#include "RegistryJob.h"
#include "RegistryStatus.h"

#include <QObject>
#include <QUrl>

using PackagePageJob = ResultJob<PackagePage>;
using PackageJob = ResultJob<Package>;
using StatusJob = ResultJob<RegistryStatus>;
using CatalogPageJob = ResultJob<Page<Catalog>>;
using CollectionPageJob = ResultJob<Page<Collection>>;

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
};
