#include "WasmerInterfaces.h"

#include "WasmerDecoder.h"
#include "WasmerPackageDecoder.h"
#include "WasmerQueries.h"
#include "graphql/GraphQlClient.h"
#include "registry/JobSupport.h"
#include "registry/JsonFields.h"

#include <QJsonArray>

namespace {

// getInterface as a group: its name, description and homepage.
std::optional<PackageGroup> interfaceGroup(const QJsonValue& value, QString* whyNot)
{
    const std::optional<PackageInterface> found = WasmerPackageDecoder::interfaceOf(value, whyNot);
    if (!found)
        return std::nullopt;
    PackageGroup group = PackageGroup::named(found->name, found->displayName);
    group.description = found->description;
    group.website = found->homepage;
    return group;
}

std::optional<PackagePage> implementing(const QJsonValue& interfaceVersion, QString* whyNot)
{
    const std::optional<QJsonObject> found =
        JsonFields::nullableObject(interfaceVersion, QStringLiteral("getInterfaceVersion"), whyNot);
    if (!found)
        return std::nullopt;
    return WasmerDecoder::versionConnection(found->value(QStringLiteral("packageVersions")), true, whyNot);
}

} // namespace

WasmerInterfaces::WasmerInterfaces(GraphQlClient* client, QObject* jobParent)
    : GraphQlPart(client, jobParent)
{}

QStringList WasmerInterfaces::wellKnownNames()
{
    return {QStringLiteral("wasi"), QStringLiteral("emscripten"), QStringLiteral("wasi-http"),
            QStringLiteral("wasix"), QStringLiteral("wasm4")};
}

GroupJob* WasmerInterfaces::group(const QString& slug)
{
    auto* job = new GroupJob(m_jobParent);
    const QString name = slug.trimmed();
    if (name.isEmpty())
        return refuse(job, tr("Which interface? The name is empty."));
    JobSupport::bind(m_client->run(QStringLiteral("Interface"), {{QStringLiteral("name"), name}}), job,
                     WasmerQueries::orNotFound("getInterface", &interfaceGroup, name));
    return job;
}

PackagePageJob* WasmerInterfaces::groupPackages(const QString& slug, const PageRequest& page)
{
    return implementations(slug, QString(), page);
}

GroupPageJob* WasmerInterfaces::listGroups(const QString& query, const PageRequest&)
{
    // One short list: it fits a page, so the page asked for is ignored.
    const QString term = query.trimmed();
    QJsonArray names;
    for (const QString& name : wellKnownNames()) {
        if (term.isEmpty() || name.contains(term, Qt::CaseInsensitive))
            names.append(name);
    }
    if (!term.isEmpty() && !names.contains(term.toLower()))
        names.append(term.toLower());
    auto* job = new GroupPageJob(m_jobParent);
    JobSupport::bind(m_client->run(QStringLiteral("Interfaces"), {{QStringLiteral("names"), names}}), job,
                     [](const QJsonObject& data, QString*) {
                         return std::optional(
                             WasmerPackageDecoder::interfaces(data.value(QStringLiteral("getInterfaces"))));
                     });
    return job;
}

InterfaceJob* WasmerInterfaces::interfaceDetails(const QString& name)
{
    auto* job = new InterfaceJob(m_jobParent);
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return refuse(job, tr("Which interface? The name is empty."));
    JobSupport::bind(m_client->run(QStringLiteral("Interface"), {{QStringLiteral("name"), trimmed}}), job,
                     WasmerQueries::orNotFound("getInterface", &WasmerPackageDecoder::interfaceOf, trimmed));
    return job;
}

PackagePageJob* WasmerInterfaces::implementations(const QString& name, const QString& version,
                                                  const PageRequest& page)
{
    auto* job = new PackagePageJob(m_jobParent);
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return refuse(job, tr("Which interface? The name is empty."));
    QJsonObject variables = WasmerQueries::pageVariables(page);
    variables.insert(QStringLiteral("name"), trimmed);
    variables.insert(QStringLiteral("version"), version.isEmpty() ? QStringLiteral("latest") : version);
    JobSupport::bind(m_client->run(QStringLiteral("InterfaceVersion"), variables), job,
                     WasmerQueries::orNotFound("getInterfaceVersion", &implementing, trimmed));
    return job;
}
