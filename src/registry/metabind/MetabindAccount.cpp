#include "MetabindAccount.h"

#include "MetabindKey.h"
#include "graphql/GraphQlClient.h"
#include "registry/JobSupport.h"
#include "rest/MetabindRest.h"

#include <QJsonObject>

MetabindAccount::MetabindAccount(GraphQlClient* client, QObject* jobParent, const MetabindRest* rest)
    : GraphQlPart(client, jobParent)
    , m_rest(rest)
{}

UserJob* MetabindAccount::currentUser()
{
    auto* job = new UserJob(m_jobParent);
    const QString signedIn = m_rest ? m_rest->signedInAccount() : QString();
    // Signed in over REST without a project key: nothing to check on GraphQL, and nothing was refused.
    if (!signedIn.isEmpty() && !m_rest->hasProjectKey()) {
        QMetaObject::invokeMethod(
            job,
            [job, signedIn] {
                UserProfile profile;
                profile.username = signedIn;
                job->finish(profile);
            },
            Qt::QueuedConnection);
        return job;
    }
    // The health probe reads one tag row: it needs an accepted key, and costs the server next to nothing.
    JobSupport::bind(m_client->run(QStringLiteral("RegistryStatus")), job,
                     [signedIn](const QJsonObject& data, QString* whyNot) -> std::optional<UserProfile> {
                         if (!data.value(QStringLiteral("tags")).isObject()) {
                             *whyNot = QStringLiteral("tags: not an object");
                             return std::nullopt;
                         }
                         UserProfile profile;
                         profile.username = signedIn;
                         return profile;
                     });
    return job;
}

Credential MetabindAccount::credentialFromPastedKey(const QString& pasted) const
{
    return MetabindKey::credentialFromPastedKey(pasted);
}
