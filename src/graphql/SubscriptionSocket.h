#pragma once

#include "ErrorConventions.h"
#include "HeaderProvider.h"
#include "core/Error.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <memory>

class QTimer;
class QWebSocket;

// GraphQL subscriptions to one registry, over one WebSocket to its GraphQL endpoint in the
// graphql-transport-ws protocol (github.com/enisdenjo/graphql-ws, PROTOCOL.md): connection_init, then one
// subscribe per subscription, multiplexed by id. Documents are operation files, loaded by name from
// :/graphql/<dialect>/ as GraphQlClient loads them.
//
// The same rules as GraphQlClient: the address is the endpoint's own (ws:// for http://, wss:// for
// https://), the credential comes only from the HeaderProvider and never goes over plain ws:// to another
// machine; nothing of it is logged. Where it travels is the registry kind's choice (CredentialPlacement):
// in the upgrade request's headers, as Wasmer's own client sends its token, or in the connection_init payload
// (each header by its name: {"x-api-key": "…"}), as graphql-ws servers read connectionParams. The socket
// opens with the first subscription and closes after the last one. A dropped connection is opened again after
// a delay that doubles on each failure (with some jitter, so that many clients do not come back at once), and
// every subscription is sent again; a server that refuses the connection itself (close codes 4400, 4401,
// 4403, 4406) is not asked again.
class SubscriptionSocket : public QObject
{
    Q_OBJECT
public:
    // Idle: no subscription. Connecting: the socket opens, or waits for connection_ack. Open: subscriptions
    // are on. Waiting: dropped, the next try is due (reconnectDelay()). Refused: the server refused the
    // connection or the rules forbid it; lastError() says why.
    enum class State { Idle, Connecting, Open, Waiting, Refused };
    Q_ENUM(State)
    enum class CredentialPlacement { UpgradeRequest, InitPayload };
    Q_ENUM(CredentialPlacement)

    SubscriptionSocket(const QUrl& endpoint, const QString& dialect,
                       std::shared_ptr<const HeaderProvider> headers, QObject* parent = nullptr);
    ~SubscriptionSocket() override;

    // The WebSocket address of a GraphQL endpoint: same host, port and path; ws for http, wss for https.
    static QUrl socketUrl(const QUrl& endpoint);

    // Where the credential goes (default: the connection_init payload); before the first subscribe().
    void setCredentialPlacement(CredentialPlacement placement) { m_placement = placement; }
    // The dialect's reading of its server's errors, applied to errors of subscriptions.
    void setErrorExplainer(ErrorExplainer explainer);
    // The first delay before reconnecting and the longest one (defaults: 0.5 s and 30 s).
    void setReconnectDelays(std::chrono::milliseconds first, std::chrono::milliseconds longest);

    // Subscribes with operation `operationName` (a subscription document of the dialect); the id names its
    // events. Opens the socket when it is the first.
    int subscribe(const QString& operationName, const QJsonObject& variables = {});
    // Ends subscription `id`; the socket closes after the last one.
    void unsubscribe(int id);

    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Open; }
    const Error& lastError() const { return m_error; }
    // The delay before the next try while Waiting.
    std::chrono::milliseconds reconnectDelay() const { return m_delay; }

signals:
    // A result of subscription `id` (a "next" message): its data, and errors[] that came with data.
    void event(int id, const QJsonObject& data, const QList<Error>& partialErrors);
    // The server ended subscription `id`: with an error (refused, or a result with errors and no data), or
    // without one (complete). It is not sent again after a reconnection.
    void ended(int id, const Error& error);
    void stateChanged(SubscriptionSocket::State state);

private:
    struct Subscription
    {
        QString document;
        QString operationName;
        QJsonObject variables;
    };

    void open();
    void close();
    void onConnected();
    void onMessage(const QString& text);
    void onDropped();
    void refuse(const Error& error);
    void send(const QJsonObject& message);
    void sendSubscribe(int id);
    void endSubscription(int id, const Error& error);
    void keepAlive();
    void setState(State state);
    Error explained(const Error& error) const;
    // The HeaderProvider's headers for the endpoint, without empty ones.
    HeaderProvider::Headers credential() const;

    QUrl m_endpoint;
    QString m_dialect;
    std::shared_ptr<const HeaderProvider> m_headers;
    ErrorExplainer m_explainer;
    CredentialPlacement m_placement = CredentialPlacement::InitPayload;
    QPointer<QWebSocket> m_socket;
    QTimer* m_reconnect;
    QTimer* m_ackTimeout;
    QTimer* m_ping;
    bool m_awaitingPong = false;
    QMap<int, Subscription> m_subscriptions;
    int m_lastId = 0;
    int m_failures = 0; // dropped connections since the last connection_ack
    std::chrono::milliseconds m_firstDelay{500};
    std::chrono::milliseconds m_longestDelay{30000};
    std::chrono::milliseconds m_delay{0};
    State m_state = State::Idle;
    Error m_error;
};
