#include "GraphQlLiveUpdates.h"

#include "LiveFeed.h"
#include "core/Logging.h"
#include "graphql/GraphQlClient.h"
#include "graphql/SubscriptionSocket.h"

#include <memory>

GraphQlLiveUpdates::GraphQlLiveUpdates(GraphQlClient* client, const QString& operation, Decode decode,
                                       ErrorExplainer explainer, bool credentialInUpgrade, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_operation(operation)
    , m_decode(std::move(decode))
    , m_explainer(std::move(explainer))
    , m_credentialInUpgrade(credentialInUpgrade)
{}

GraphQlLiveUpdates::~GraphQlLiveUpdates() = default;

LiveFeed* GraphQlLiveUpdates::watchPublished(QObject* owner)
{
    return watch(owner, [](const Package&) { return true; });
}

LiveFeed* GraphQlLiveUpdates::watchPackage(const PackageId& id, QObject* owner)
{
    return watch(owner, [id](const Package& package) { return package.id == id; });
}

SubscriptionSocket* GraphQlLiveUpdates::ensureSocket()
{
    if (!m_socket && m_client) {
        m_socket = new SubscriptionSocket(m_client->endpoint(), m_client->dialect(),
                                          m_client->headerProvider(), this);
        m_socket->setErrorExplainer(m_explainer);
        m_socket->setCredentialPlacement(m_credentialInUpgrade
                                             ? SubscriptionSocket::CredentialPlacement::UpgradeRequest
                                             : SubscriptionSocket::CredentialPlacement::InitPayload);
    }
    return m_socket;
}

LiveFeed* GraphQlLiveUpdates::watch(QObject* owner, std::function<bool(const Package&)> keep)
{
    auto* feed = new LiveFeed(owner);
    SubscriptionSocket* socket = ensureSocket();
    if (!socket)
        return feed; // the registry is going: a feed that never speaks
    const int id = socket->subscribe(m_operation);
    // Whether this subscription is still on: the server may end it (ended), after which a reconnection does
    // not bring it back.
    auto active = std::make_shared<bool>(true);
    const auto updateLive = [feed, socket, active] {
        feed->setLive(*active && socket->isOpen());
    };
    connect(socket, &SubscriptionSocket::stateChanged, feed, updateLive);
    connect(socket, &SubscriptionSocket::ended, feed, [feed, id, active](int ended, const Error& error) {
        if (ended != id)
            return;
        *active = false;
        qCDebug(lcRegistry) << "live feed ended" << (error.isError() ? error.logText() : QString());
        feed->setLive(false);
    });
    connect(socket, &SubscriptionSocket::event, feed,
            [this, feed, id, keep = std::move(keep)](int from, const QJsonObject& data) {
                if (from != id)
                    return;
                if (const std::optional<Package> package = m_decode(data); package && keep(*package))
                    emit feed->published(*package);
            });
    // The feed goes (its page closed): its subscription ends; the socket closes after the last one.
    connect(feed, &QObject::destroyed, socket, [socket, id] { socket->unsubscribe(id); });
    updateLive();
    return feed;
}
