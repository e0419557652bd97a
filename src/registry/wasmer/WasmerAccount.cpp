#include "WasmerAccount.h"

#include "WasmerAccountDecoder.h"
#include "WasmerErrors.h"
#include "graphql/GraphQlClient.h"
#include "registry/JobSupport.h"

#include <QDateTime>
#include <QJsonObject>

namespace {

constexpr int kTokenListSize = 100;

template <typename Job> Job* refuse(Job* job, const QString& sentence)
{
    return JobSupport::failQueued(job, JobSupport::makeUserError(Error::Kind::Config, sentence));
}

} // namespace

WasmerAccount::WasmerAccount(GraphQlClient* client, QObject* jobParent)
    : m_client(client)
    , m_jobParent(jobParent)
{}

RequestOptions WasmerAccount::mutationOptions() const
{
    // A repeated mutation could make a second token: no automatic retry on 429.
    RequestOptions options = m_client->defaultOptions();
    options.isRead = false;
    return options;
}

CredentialJobResult* WasmerAccount::signIn(const QString& username, const QString& password)
{
    auto* job = new CredentialJobResult(m_jobParent);
    const QString name = username.trimmed();
    if (name.isEmpty() || password.isEmpty())
        return refuse(job, tr("Enter a user name and a password."));
    const QJsonObject variables{{QStringLiteral("username"), name}, {QStringLiteral("password"), password}};
    JobSupport::bind(
        m_client->run(QStringLiteral("TokenAuth"), variables, mutationOptions()), job,
        [name](const QJsonObject& data, QString* whyNot) {
            return WasmerAccountDecoder::session(data, name, whyNot);
        },
        [password](const Error& error) {
            return WasmerErrors::wrongCredentials(JobSupport::withoutSecret(error, password));
        });
    return job;
}

UserJob* WasmerAccount::currentUser()
{
    auto* job = new UserJob(m_jobParent);
    JobSupport::bind(m_client->run(QStringLiteral("Viewer")), job, [](const QJsonObject& data, Error* error) {
        std::optional<UserProfile> profile =
            WasmerAccountDecoder::user(data.value(QStringLiteral("viewer")), &error->message);
        if (!profile && error->message.isEmpty())
            *error = WasmerErrors::notSignedIn();
        return profile;
    });
    return job;
}

ApiKeyListJob* WasmerAccount::apiKeys()
{
    auto* job = new ApiKeyListJob(m_jobParent);
    JobSupport::bind(m_client->run(QStringLiteral("ApiTokens"), {{QStringLiteral("first"), kTokenListSize}}),
                     job, [](const QJsonObject& data, Error* error) {
                         std::optional<QList<ApiKey>> keys =
                             WasmerAccountDecoder::apiTokens(data, &error->message);
                         if (!keys && error->message.isEmpty())
                             *error = WasmerErrors::notSignedIn();
                         return keys;
                     });
    return job;
}

CreatedApiKeyJob* WasmerAccount::createApiKey(const QString& label)
{
    auto* job = new CreatedApiKeyJob(m_jobParent);
    const QString trimmed = label.trimmed();
    if (trimmed.isEmpty())
        return refuse(job, tr("Give the new token a name."));
    JobSupport::bind(m_client->run(QStringLiteral("GenerateApiToken"),
                                   {{QStringLiteral("identifier"), trimmed}}, mutationOptions()),
                     job, [trimmed](const QJsonObject& data, QString* whyNot) {
                         std::optional<CreatedApiKey> created =
                             WasmerAccountDecoder::createdToken(data, trimmed, whyNot);
                         if (created && !created->key.createdAt.isValid())
                             created->key.createdAt = QDateTime::currentDateTimeUtc();
                         return created;
                     });
    return job;
}

DoneJob* WasmerAccount::deleteApiKey(const QString& keyId)
{
    auto* job = new DoneJob(m_jobParent);
    if (keyId.trimmed().isEmpty())
        return refuse(job, tr("Which token? The id is empty."));
    JobSupport::bind(m_client->run(QStringLiteral("RevokeApiToken"),
                                             {{QStringLiteral("tokenId"), keyId.trimmed()}},
                                             mutationOptions()),
                               job, &WasmerAccountDecoder::revoked, &WasmerErrors::tokenNotFound);
    return job;
}
