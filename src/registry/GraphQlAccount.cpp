#include "GraphQlAccount.h"

#include <QDateTime>

GraphQlAccount::GraphQlAccount(Spec spec, GraphQlClient* client, QObject* jobParent)
    : GraphQlPart(client, jobParent)
    , m_spec(std::move(spec))
{}

CredentialJobResult* GraphQlAccount::signIn(const QString& username, const QString& password)
{
    auto* job = new CredentialJobResult(m_jobParent);
    const QString name = username.trimmed();
    if (name.isEmpty() || password.isEmpty())
        return refuse(job, tr("Enter a user name and a password."));
    const QJsonObject variables{{QStringLiteral("username"), name}, {QStringLiteral("password"), password}};
    // graphql-js echoes a refused variable's value: the password never reaches an error value.
    JobSupport::bind(
        m_client->run(m_spec.signInOperation, variables, mutationOptions()), job,
        [name, decode = m_spec.session](const QJsonObject& data, Error* error) {
            return decode(data, name, error);
        },
        [password, adjust = m_spec.signInError](const Error& error) {
            const Error safe = JobSupport::withoutSecret(error, password);
            return adjust ? adjust(safe) : safe;
        });
    return job;
}

UserJob* GraphQlAccount::currentUser()
{
    auto* job = new UserJob(m_jobParent);
    JobSupport::bind(m_client->run(m_spec.currentUserOperation), job, m_spec.currentUser);
    return job;
}

Credential GraphQlAccount::credentialFromPastedKey(const QString& pasted) const
{
    return m_spec.pastedKey(pasted);
}

ApiKeyListJob* GraphQlAccount::listKeys()
{
    auto* job = new ApiKeyListJob(m_jobParent);
    JobSupport::bind(m_client->run(m_spec.listKeysOperation, m_spec.listKeysVariables), job, m_spec.keys);
    return job;
}

CreatedApiKeyJob* GraphQlAccount::createKey(const QString& label)
{
    auto* job = new CreatedApiKeyJob(m_jobParent);
    const QString trimmed = label.trimmed();
    if (trimmed.isEmpty())
        return refuse(job, tr("Enter a name for the new key."));
    JobSupport::bind(
        m_client->run(m_spec.createKeyOperation, m_spec.createKeyVariables(trimmed), mutationOptions()), job,
        [trimmed, decode = m_spec.created](const QJsonObject& data, Error* error) {
            std::optional<CreatedApiKey> created = decode(data, trimmed, error);
            // Servers answer createdAt: null; the key was made just now.
            if (created && !created->key.createdAt.isValid())
                created->key.createdAt = QDateTime::currentDateTimeUtc();
            return created;
        },
        [trimmed](Error error) {
            // Labels are unique per user: say which one is taken.
            if (error.reason == Error::Reason::NameTaken && error.subject.isEmpty())
                error.subject = trimmed;
            return error;
        });
    return job;
}

DoneJob* GraphQlAccount::deleteKey(const QString& keyId)
{
    auto* job = new DoneJob(m_jobParent);
    const QString id = keyId.trimmed();
    if (id.isEmpty())
        return refuse(job, tr("Which key? Its id is empty."));
    JobSupport::bind(
        m_client->run(m_spec.deleteKeyOperation, {{m_spec.deleteKeyVariable, id}}, mutationOptions()), job,
        m_spec.deleted, [id, noun = m_spec.keyNoun](Error error) {
            // Deleted already (twice, or from another Depot): say which.
            if (error.reason == Error::Reason::NotFound)
                //: "API key 3b1e…", "token 42"
                error.subject = tr("%1 %2").arg(noun, id);
            return error;
        });
    return job;
}
