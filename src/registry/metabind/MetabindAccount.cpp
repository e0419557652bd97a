#include "MetabindAccount.h"

#include "MetabindKey.h"
#include "graphql/GraphQlClient.h"
#include "registry/JobSupport.h"

#include <QJsonObject>

MetabindAccount::MetabindAccount(GraphQlClient* client, QObject* jobParent)
    : GraphQlPart(client, jobParent)
{}

UserJob* MetabindAccount::currentUser()
{
    auto* job = new UserJob(m_jobParent);
    // The health probe reads one tag row: it needs an accepted key, and costs the server next to nothing.
    JobSupport::bind(m_client->run(QStringLiteral("RegistryStatus")), job,
                     [](const QJsonObject& data, QString* whyNot) -> std::optional<UserProfile> {
                         if (!data.value(QStringLiteral("tags")).isObject()) {
                             *whyNot = QStringLiteral("tags: not an object");
                             return std::nullopt;
                         }
                         return UserProfile{};
                     });
    return job;
}

Credential MetabindAccount::credentialFromPastedKey(const QString& pasted) const
{
    return MetabindKey::credentialFromPastedKey(pasted);
}
