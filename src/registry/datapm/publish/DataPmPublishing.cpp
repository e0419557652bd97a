#include "DataPmPublishing.h"

#include "DataPmCsvDraftJob.h"
#include "DataPmPackageFileChecker.h"
#include "DataPmPublishJob.h"
#include "DataPmReferencedFiles.h"
#include "DataPmVersionEditor.h"
#include "graphql/GraphQlClient.h"
#include "graphql/RequestOptions.h"
#include "registry/JobSupport.h"
#include "registry/datapm/DataPmBrowseDecoder.h"

#include <QJsonObject>

namespace {

RequestOptions writeOptions()
{
    RequestOptions options;
    options.isRead = false;
    return options;
}

QJsonObject identifierOf(const PackageId& id)
{
    return {{QStringLiteral("catalogSlug"), id.scope}, {QStringLiteral("packageSlug"), id.name}};
}

} // namespace

DataPmPublishing::DataPmPublishing(GraphQlClient* client, QNetworkAccessManager* network, QObject* jobParent)
    : m_client(client)
    , m_network(network)
    , m_jobParent(jobParent)
{}

QString DataPmPublishing::fileDescription() const
{
    return tr("DataPM package file");
}

QStringList DataPmPublishing::fileNameFilters() const
{
    return {tr("DataPM package files (*.datapm.json *.json)"), tr("All files (*)")};
}

GroupListJob* DataPmPublishing::publishTargets()
{
    auto* job = new GroupListJob(m_jobParent);
    JobSupport::bind(m_client->run(QStringLiteral("MyCatalogs")), job,
                     [](const QJsonObject& data, QString* whyNot) -> std::optional<QList<PackageGroup>> {
                         std::optional<Page<PackageGroup>> page =
                             DataPmBrowseDecoder::catalogList(data, whyNot);
                         if (!page)
                             return std::nullopt;
                         return std::move(page->items);
                     });
    return job;
}

PackageFileCheck DataPmPublishing::checkPackageFile(const QByteArray& text, const PackageFileFields& overrides,
                                                    const QString& folder) const
{
    QList<FieldError> unreadable;
    PackageFileCheck check =
        DataPmPackageFileChecker::check(text, DataPmReferencedFiles::resolve(text, overrides, folder, &unreadable));
    check.errors += unreadable;
    return check;
}

QByteArray DataPmPublishing::packageFileWithVersion(const QByteArray& text, const QString& version) const
{
    return DataPmVersionEditor::withVersion(text, version);
}

PublishJob* DataPmPublishing::publish(const PublishRequest& request)
{
    return new DataPmPublishJob(m_client, request, m_jobParent);
}

GroupJob* DataPmPublishing::createTarget(const PackageGroup& catalog)
{
    auto* job = new GroupJob(m_jobParent);
    QJsonObject value{
        {QStringLiteral("slug"), catalog.slug},
        {QStringLiteral("displayName"), catalog.displayName.isEmpty() ? catalog.slug : catalog.displayName},
        {QStringLiteral("isPublic"), catalog.isPublic}};
    if (!catalog.description.isEmpty())
        value.insert(QStringLiteral("description"), catalog.description);
    if (catalog.website.isValid())
        value.insert(QStringLiteral("website"), catalog.website.toString());
    JobSupport::bind(
        m_client->run(QStringLiteral("CreateCatalog"), {{QStringLiteral("value"), value}}, writeOptions()),
        job, [](const QJsonObject& data, QString* whyNot) -> std::optional<PackageGroup> {
            const QJsonObject answer = data.value(QLatin1String("createCatalog")).toObject();
            PackageGroup made;
            made.slug = answer.value(QLatin1String("identifier"))
                            .toObject()
                            .value(QLatin1String("catalogSlug"))
                            .toString();
            if (made.slug.isEmpty()) {
                *whyNot = QStringLiteral("createCatalog answered without a slug");
                return std::nullopt;
            }
            made.displayName = answer.value(QLatin1String("displayName")).toString();
            made.description = answer.value(QLatin1String("description")).toString();
            made.website = QUrl(answer.value(QLatin1String("website")).toString());
            made.isPublic = answer.value(QLatin1String("isPublic")).toBool();
            return made;
        });
    return job;
}

DoneJob* DataPmPublishing::deletePackage(const PackageId& id)
{
    auto* job = new DoneJob(m_jobParent);
    // deletePackage answers Void (null): success is "no error".
    JobSupport::bind(m_client->run(QStringLiteral("DeletePackage"),
                                   {{QStringLiteral("identifier"), identifierOf(id)}}, writeOptions()),
                     job, [](const QJsonObject&, QString*) -> std::optional<bool> { return true; });
    return job;
}

DoneJob* DataPmPublishing::setPackagePublic(const PackageId& id, bool isPublic)
{
    auto* job = new DoneJob(m_jobParent);
    const QJsonObject variables{
        {QStringLiteral("identifier"), identifierOf(id)},
        {QStringLiteral("value"), QJsonObject{{QStringLiteral("isPublic"), isPublic}}}};
    JobSupport::bind(m_client->run(QStringLiteral("UpdatePackage"), variables, writeOptions()), job,
                     [isPublic](const QJsonObject& data, QString* whyNot) -> std::optional<bool> {
                         const QJsonObject answer = data.value(QLatin1String("updatePackage")).toObject();
                         if (answer.value(QLatin1String("isPublic")).toBool() != isPublic) {
                             *whyNot = QStringLiteral("updatePackage did not change isPublic");
                             return std::nullopt;
                         }
                         return true;
                     });
    return job;
}

PackageFileDraftJob* DataPmPublishing::packageFileFromData(const QUrl& dataUrl,
                                                           const PackageFileFields& fields)
{
    return new DataPmCsvDraftJob(m_network, dataUrl, fields, m_jobParent);
}
