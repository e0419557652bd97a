#include "WasmerUsers.h"

#include "WasmerAccountDecoder.h"
#include "WasmerDecoder.h"
#include "WasmerQueries.h"
#include "graphql/GraphQlClient.h"
#include "registry/JsonFields.h"

namespace {

std::optional<PackagePage> userPackages(const QJsonValue& user, QString* whyNot)
{
    const std::optional<QJsonObject> found =
        JsonFields::nullableObject(user, QStringLiteral("getUser"), whyNot);
    if (!found)
        return std::nullopt;
    return WasmerDecoder::packageConnection(found->value(QStringLiteral("packages")), whyNot);
}

} // namespace

WasmerUsers::WasmerUsers(GraphQlClient* client, QObject* jobParent)
    : GraphQlUsers(
          [](const QJsonObject& data, const QString& username, Error* error) {
              return WasmerQueries::orNotFound("getUser", &WasmerAccountDecoder::user, username)(data, error);
          },
          client, jobParent)
{}

PackagePageJob* WasmerUsers::packagesOf(const QString& username, const PageRequest& page)
{
    auto* job = new PackagePageJob(m_jobParent);
    const QString name = username.trimmed();
    if (name.isEmpty())
        return refuse(job, tr("Which user? The name is empty."));
    QJsonObject variables = WasmerQueries::pageVariables(page);
    variables.insert(QStringLiteral("username"), name);
    JobSupport::bind(m_client->run(QStringLiteral("UserPackages"), variables), job,
                     WasmerQueries::orNotFound("getUser", &userPackages, name));
    return job;
}

GroupPageJob* WasmerUsers::searchUsers(const QString& query, const PageRequest& page)
{
    auto* job = new GroupPageJob(m_jobParent);
    QJsonObject variables = WasmerQueries::pageVariables(page);
    variables.insert(QStringLiteral("query"), query.trimmed());
    JobSupport::bind(m_client->run(QStringLiteral("SearchUsers"), variables), job,
                     [](const QJsonObject& data, QString* whyNot) {
                         return WasmerDecoder::groupConnection(data.value(QStringLiteral("search")),
                                                               QStringLiteral("User"), whyNot);
                     });
    return job;
}
