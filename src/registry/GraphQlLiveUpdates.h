#pragma once

#include "graphql/ErrorConventions.h"
#include "parts/LiveUpdates.h"
#include "registry/Package.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class GraphQlClient;
class SubscriptionSocket;

// LiveUpdates for a registry kind whose schema announces published versions by a GraphQL subscription: one
// socket to the client's endpoint with the client's credential (SubscriptionSocket), opened with the first
// feed and closed after the last; each feed is one subscription of `operation`, its events decoded into list
// rows by `decode`. A package feed keeps the rows of its package.
class GraphQlLiveUpdates : public QObject, public LiveUpdates
{
    Q_OBJECT
public:
    // The row an event's data describes; nullopt for an event Depot cannot read (it is left out).
    using Decode = std::function<std::optional<Package>(const QJsonObject& data)>;

    // `credentialInUpgrade`: the registry reads the credential from the WebSocket upgrade request's headers
    // (else from the connection_init payload).
    GraphQlLiveUpdates(GraphQlClient* client, const QString& operation, Decode decode,
                       ErrorExplainer explainer, bool credentialInUpgrade, QObject* parent = nullptr);
    ~GraphQlLiveUpdates() override;

    LiveFeed* watchPublished(QObject* owner) override;
    LiveFeed* watchPackage(const PackageId& id, QObject* owner) override;

    // The socket, once a feed asked for it (null before): its state, for tests and diagnostics.
    SubscriptionSocket* socket() const { return m_socket; }

private:
    LiveFeed* watch(QObject* owner, std::function<bool(const Package&)> keep);
    SubscriptionSocket* ensureSocket();

    QPointer<GraphQlClient> m_client;
    QString m_operation;
    Decode m_decode;
    ErrorExplainer m_explainer;
    bool m_credentialInUpgrade;
    SubscriptionSocket* m_socket = nullptr;
};
