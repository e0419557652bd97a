#include "MetabindPackagePages.h"

#include "MetabindBundleDecoder.h"
#include "MetabindDecoder.h"
#include "MetabindErrors.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

MetabindPackagePages::MetabindPackagePages(GraphQlClient* client, QObject* jobParent)
    : GraphQlPart(client, jobParent)
{}

bool MetabindPackagePages::isCacheable(const QString& packageId)
{
    return !packageId.isEmpty() && !packageId.startsWith(QLatin1String("draft:"));
}

PackageJob* MetabindPackagePages::package(const PackageId& id)
{
    if (id.name.isEmpty()) {
        return refuse(new PackageJob(m_jobParent),
                      QCoreApplication::translate("MetabindBackend", "Which version? The version is empty."));
    }
    const QString dependencyId = m_dependencyIds.value(id);
    if (!dependencyId.isEmpty() && id.scope != m_project)
        return dependency(id, dependencyId);
    auto* job = new PackageJob(m_jobParent);
    JobSupport::bind(m_client->run(QStringLiteral("Package"), {{QStringLiteral("version"), id.name}}), job,
                     [id](const QJsonObject& data, Error* error) {
                         std::optional<Package> package = MetabindDecoder::package(data, &error->message);
                         if (!package && error->message.isEmpty())
                             *error = MetabindErrors::packageNotFound(id.name);
                         // Another project's version of the same number is not this one.
                         if (package && !id.scope.isEmpty() && package->id.scope != id.scope) {
                             *error = MetabindErrors::packageNotFound(id.toString());
                             return std::optional<Package>();
                         }
                         return package;
                     });
    QObject::connect(job, &RegistryJob::finished, job, [this, job] { remember(job->result()); });
    return job;
}

PackageJob* MetabindPackagePages::dependency(const PackageId& id, const QString& packageId)
{
    auto* job = new PackageJob(m_jobParent);
    if (const auto cached = m_parts.constFind(packageId); cached != m_parts.cend()) {
        const Package package = fromPart(*cached);
        QMetaObject::invokeMethod(
            job, [job, package] { job->finish(package); }, Qt::QueuedConnection);
        return job;
    }
    const QString label = id.scope + QLatin1Char('@') + id.name;
    JobSupport::bind(
        m_client->run(QStringLiteral("ResolvedPackage"), {{QStringLiteral("packageId"), packageId}}), job,
        [this, id, label](const QJsonObject& data, Error* error) -> std::optional<Package> {
            const QJsonValue found = data.value(QStringLiteral("resolvedPackageData"));
            if (!found.isObject()) {
                *error = MetabindErrors::packageNotFound(label);
                return std::nullopt;
            }
            const PackageDetails::BundlePart part =
                MetabindBundleDecoder::resolvedPart(found.toObject(), label, id);
            if (isCacheable(part.id))
                m_parts.insert(part.id, part);
            return fromPart(part);
        });
    return job;
}

void MetabindPackagePages::remember(const Package& package)
{
    if (!package.details)
        return;
    m_project = package.id.scope;
    // The first part is the package itself: package(version:) reads it again whenever it is opened.
    for (qsizetype i = 1; i < package.details->bundle.size(); ++i) {
        const PackageDetails::BundlePart& part = package.details->bundle.at(i);
        if (!part.package.isValid() || !isCacheable(part.id))
            continue;
        m_dependencyIds.insert(part.package, part.id);
        m_parts.insert(part.id, part);
    }
}

Package MetabindPackagePages::fromPart(const PackageDetails::BundlePart& part)
{
    Package package;
    package.id = part.package;
    package.displayName = part.label;
    package.latestVersion = part.package.name;
    package.scopeDisplayName = part.package.scope;
    package.isPublic = false;
    QStringList names;
    for (const PackageDetails::Component& component : part.components)
        names.append(component.name);
    package.description = names.join(QStringLiteral(", "));
    auto details = std::make_shared<PackageDetails>();
    details->version = part.package.name;
    details->components = part.components;
    details->assets = part.assets;
    details->bundle = {part};
    package.details = details;
    return package;
}
