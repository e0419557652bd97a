#include "MetabindParts.h"

#include "MetabindErrors.h"
#include "MetabindPackageList.h"
#include "registry/JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

using JsonFields::str;

QString trParts(const char* text)
{
    return QCoreApplication::translate("MetabindParts", text);
}

// A row of Parts as a group; an empty slug when it has no name.
PackageGroup groupOf(const QJsonObject& row, bool component)
{
    PackageGroup group = PackageGroup::named(str(row, "name"), str(row, "name"));
    const QString description = str(row, "description");
    group.description =
        component ? (str(row, "title").isEmpty() ? description : str(row, "title")) : str(row, "type");
    group.isPublic = false;
    return group;
}

} // namespace

MetabindParts::MetabindParts(Kind kind, GraphQlClient* client, QObject* jobParent,
                             MetabindPackageList* packages)
    : GraphQlPart(client, jobParent)
    , m_kind(kind)
    , m_packages(packages)
{}

QString MetabindParts::singularName() const
{
    return m_kind == Kind::Components ? trParts(QT_TRANSLATE_NOOP("MetabindParts", "Component"))
                                      : trParts(QT_TRANSLATE_NOOP("MetabindParts", "Asset"));
}

QString MetabindParts::pluralName() const
{
    return m_kind == Kind::Components ? trParts(QT_TRANSLATE_NOOP("MetabindParts", "Components"))
                                      : trParts(QT_TRANSLATE_NOOP("MetabindParts", "Assets"));
}

QString MetabindParts::listName() const
{
    return m_kind == Kind::Components ? QStringLiteral("components") : QStringLiteral("assets");
}

GraphQlJob* MetabindParts::ask(const QString& search, const PageRequest& page)
{
    QJsonObject variables{{QStringLiteral("limit"), page.limit > 0 ? page.limit : kDefaultPageSize},
                          {QStringLiteral("withComponents"), m_kind == Kind::Components},
                          {QStringLiteral("withAssets"), m_kind == Kind::Assets}};
    if (!search.trimmed().isEmpty())
        variables.insert(QStringLiteral("search"), search.trimmed());
    if (!page.cursor.isEmpty())
        variables.insert(QStringLiteral("cursor"), page.cursor);
    return m_client->run(QStringLiteral("Parts"), variables);
}

GroupPageJob* MetabindParts::listGroups(const QString& query, const PageRequest& page)
{
    auto* job = new GroupPageJob(m_jobParent);
    const bool component = m_kind == Kind::Components;
    JobSupport::bind(ask(query, page), job,
                     [list = listName(), component](const QJsonObject& data,
                                                    QString*) -> std::optional<Page<PackageGroup>> {
                         const QJsonObject answer = data.value(list).toObject();
                         Page<PackageGroup> result;
                         for (const QJsonValue& row : answer.value(QLatin1String("data")).toArray()) {
                             const PackageGroup group = groupOf(row.toObject(), component);
                             if (!group.slug.isEmpty())
                                 result.items.append(group);
                         }
                         const QJsonObject pagination = answer.value(QLatin1String("pagination")).toObject();
                         result.nextCursor = str(pagination, "cursor");
                         result.hasMore = pagination.value(QLatin1String("hasMore")).toBool() &&
                                          !result.nextCursor.isEmpty();
                         return result;
                     });
    return job;
}

GroupJob* MetabindParts::group(const QString& slug)
{
    auto* job = new GroupJob(m_jobParent);
    const bool component = m_kind == Kind::Components;
    // Searched by its name, then the exact name picked: the API reads components and assets by id only.
    JobSupport::bind(ask(slug, PageRequest{QString(), 100}), job,
                     [list = listName(), component, slug](const QJsonObject& data, Error* error) {
                         for (const QJsonValue& row :
                              data.value(list).toObject().value(QLatin1String("data")).toArray()) {
                             if (str(row.toObject(), "name") == slug)
                                 return std::optional<PackageGroup>(groupOf(row.toObject(), component));
                         }
                         *error = MetabindErrors::packageNotFound(slug);
                         return std::optional<PackageGroup>();
                     });
    return job;
}

PackagePageJob* MetabindParts::groupPackages(const QString& slug, const PageRequest& page)
{
    if (!page.cursor.isEmpty()) { // everything came in the first page
        auto* job = new PackagePageJob(m_jobParent);
        QMetaObject::invokeMethod(
            job, [job] { job->finish(PackagePage{}); }, Qt::QueuedConnection);
        return job;
    }
    return m_packages->holding(listName(), slug);
}
