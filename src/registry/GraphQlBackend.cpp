#include "GraphQlBackend.h"

#include "JobSupport.h"
#include "graphql/GraphQlClient.h"

GraphQlBackend::GraphQlBackend(QNetworkAccessManager* network, const QUrl& endpoint,
                               std::shared_ptr<const HeaderProvider> headers, Kind kind, QObject* parent)
    : RegistryBackend(parent)
    , m_kind(std::move(kind))
    , m_client(new GraphQlClient(network, endpoint, m_kind.dialect.id(), std::move(headers), this))
{
    m_client->setErrorExplainer(m_kind.explain);
    if (!m_kind.cachedOperations.isEmpty())
        m_client->setAnswerCache(AnswerCache(), m_kind.cachedOperations);
    connect(m_client, &GraphQlClient::answered, this, &RegistryBackend::answered);
    connect(m_client, &GraphQlClient::unreachable, this, &RegistryBackend::unreachable);
}

StatusJob* GraphQlBackend::status()
{
    auto* job = new StatusJob(this);
    JobSupport::bind(m_client->run(QStringLiteral("RegistryStatus")), job, m_kind.status);
    return job;
}

QUrl GraphQlBackend::endpoint() const
{
    return m_client->endpoint();
}
