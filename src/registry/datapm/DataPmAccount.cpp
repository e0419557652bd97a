#include "DataPmAccount.h"

#include "DataPmAccountDecoder.h"
#include "DataPmBrowseDecoder.h"
#include "DataPmErrors.h"
#include "graphql/GraphQlClient.h"
#include "registry/JobSupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace {

template <typename Job> Job* refuse(Job* job, const QString& sentence)
{
    return JobSupport::failQueued(job, JobSupport::makeUserError(Error::Kind::Config, sentence));
}

} // namespace

DataPmAccount::DataPmAccount(GraphQlClient* client, QObject* jobParent)
    : m_client(client)
    , m_jobParent(jobParent)
{}

RequestOptions DataPmAccount::mutationOptions() const
{
    // A repeated mutation could make a second key or token: no automatic retry on 429.
    RequestOptions options = m_client->defaultOptions();
    options.isRead = false;
    return options;
}

CredentialJobResult* DataPmAccount::signIn(const QString& username, const QString& password)
{
    auto* job = new CredentialJobResult(m_jobParent);
    const QString name = username.trimmed();
    if (name.isEmpty() || password.isEmpty())
        return refuse(job, tr("Enter a user name and a password."));
    const QJsonObject variables{{QStringLiteral("username"), name}, {QStringLiteral("password"), password}};
    DataPmErrors::bindExplained(
        m_client->run(QStringLiteral("Login"), variables, mutationOptions()), job,
        [name](const QJsonObject& data, QString* whyNot) {
            return DataPmAccountDecoder::session(data, name, whyNot);
        },
        password);
    return job;
}

UserJob* DataPmAccount::currentUser()
{
    auto* job = new UserJob(m_jobParent);
    DataPmErrors::bindExplained(m_client->run(QStringLiteral("Me")), job, &DataPmAccountDecoder::currentUser);
    return job;
}

CatalogPageJob* DataPmAccount::myCatalogs()
{
    auto* job = new CatalogPageJob(m_jobParent);
    DataPmErrors::bindExplained(m_client->run(QStringLiteral("MyCatalogs")), job,
                                &DataPmBrowseDecoder::catalogList);
    return job;
}

ApiKeyListJob* DataPmAccount::apiKeys()
{
    auto* job = new ApiKeyListJob(m_jobParent);
    DataPmErrors::bindExplained(m_client->run(QStringLiteral("MyApiKeys")), job,
                                &DataPmAccountDecoder::apiKeys);
    return job;
}

CreatedApiKeyJob* DataPmAccount::createApiKey(const QString& label)
{
    auto* job = new CreatedApiKeyJob(m_jobParent);
    const QString trimmed = label.trimmed();
    if (trimmed.isEmpty())
        return refuse(job, tr("Give the new API key a label."));
    const QJsonObject value{{QStringLiteral("label"), trimmed},
                            {QStringLiteral("scopes"), QJsonArray{QStringLiteral("MANAGE_API_KEYS"),
                                                                  QStringLiteral("READ_PRIVATE_ASSETS"),
                                                                  QStringLiteral("MANAGE_PRIVATE_ASSETS")}}};
    DataPmErrors::bindExplained(
        m_client->run(QStringLiteral("CreateApiKey"), {{QStringLiteral("value"), value}}, mutationOptions()),
        job, [](const QJsonObject& data, QString* whyNot) {
            std::optional<CreatedApiKey> created = DataPmAccountDecoder::createdApiKey(data, whyNot);
            // The real server answers createdAt: null; the key was made just now.
            if (created && !created->key.createdAt.isValid())
                created->key.createdAt = QDateTime::currentDateTimeUtc();
            return created;
        });
    return job;
}

DoneJob* DataPmAccount::deleteApiKey(const QString& keyId)
{
    auto* job = new DoneJob(m_jobParent);
    if (keyId.trimmed().isEmpty())
        return refuse(job, tr("Which API key? The id is empty."));
    DataPmErrors::bindExplained(m_client->run(QStringLiteral("DeleteApiKey"),
                                              {{QStringLiteral("id"), keyId.trimmed()}}, mutationOptions()),
                                job, &DataPmAccountDecoder::deleted);
    return job;
}
