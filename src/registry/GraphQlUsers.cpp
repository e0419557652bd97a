#include "GraphQlUsers.h"

GraphQlUsers::GraphQlUsers(Decoder decode, GraphQlClient* client, QObject* jobParent)
    : GraphQlPart(client, jobParent)
    , m_decode(std::move(decode))
{}

UserJob* GraphQlUsers::user(const QString& username)
{
    auto* job = new UserJob(m_jobParent);
    const QString name = username.trimmed();
    if (name.isEmpty())
        return refuse(job, tr("Which user? The name is empty."));
    JobSupport::bind(m_client->run(QStringLiteral("User"), {{QStringLiteral("username"), name}}), job,
                     [name, decode = m_decode](const QJsonObject& data, Error* error) {
                         return decode(data, name, error);
                     });
    return job;
}
