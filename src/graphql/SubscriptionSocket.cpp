#include "SubscriptionSocket.h"

#include "AnswerDecoder.h"
#include "GraphQlClient.h"
#include "Operation.h"
#include "core/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <algorithm>

namespace {

const QString kProtocol = QStringLiteral("graphql-transport-ws");
const QString kType = QStringLiteral("type");
const QString kId = QStringLiteral("id");
const QString kPayload = QStringLiteral("payload");

// Events are small (one package version); a larger message is a fault, not something to read.
constexpr quint64 kMaxMessageBytes = 4 * 1024 * 1024;
// The server acknowledges connection_init at once; a silent one is treated as a dropped connection.
constexpr int kAckTimeoutMs = 10000;
// A ping this often while open; no pong (or any message) until the next one: the connection is dead
// although no close reached us (a cable pulled, a sleeping laptop).
constexpr int kPingIntervalMs = 20000;

// Close codes of graphql-transport-ws after which the same connection would be refused again.
bool isRefusal(int closeCode)
{
    return closeCode == 4400 || closeCode == 4401 || closeCode == 4403 || closeCode == 4406;
}

} // namespace

SubscriptionSocket::SubscriptionSocket(const QUrl& endpoint, const QString& dialect,
                                       std::shared_ptr<const HeaderProvider> headers, QObject* parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_dialect(dialect)
    , m_headers(std::move(headers))
    , m_reconnect(new QTimer(this))
    , m_ackTimeout(new QTimer(this))
    , m_ping(new QTimer(this))
{
    qRegisterMetaType<Error>();
    qRegisterMetaType<QList<Error>>();
    m_reconnect->setSingleShot(true);
    connect(m_reconnect, &QTimer::timeout, this, &SubscriptionSocket::open);
    m_ackTimeout->setSingleShot(true);
    m_ackTimeout->setInterval(kAckTimeoutMs);
    connect(m_ackTimeout, &QTimer::timeout, this, [this] {
        qCDebug(lcNetwork) << "subscriptions:" << m_endpoint.host() << "sent no connection_ack";
        onDropped();
    });
    m_ping->setInterval(kPingIntervalMs);
    connect(m_ping, &QTimer::timeout, this, &SubscriptionSocket::keepAlive);
}

SubscriptionSocket::~SubscriptionSocket()
{
    m_subscriptions.clear();
    close();
}

QUrl SubscriptionSocket::socketUrl(const QUrl& endpoint)
{
    QUrl url = endpoint;
    if (endpoint.scheme() == QLatin1String("https"))
        url.setScheme(QStringLiteral("wss"));
    else if (endpoint.scheme() == QLatin1String("http"))
        url.setScheme(QStringLiteral("ws"));
    else
        return {};
    url.setFragment({});
    return url;
}

void SubscriptionSocket::setErrorExplainer(ErrorExplainer explainer)
{
    m_explainer = std::move(explainer);
}

void SubscriptionSocket::setReconnectDelays(std::chrono::milliseconds first,
                                            std::chrono::milliseconds longest)
{
    m_firstDelay = first;
    m_longestDelay = std::max(first, longest);
}

int SubscriptionSocket::subscribe(const QString& operationName, const QJsonObject& variables)
{
    const int id = ++m_lastId;
    const std::optional<QString> document = Operation::load(m_dialect, operationName);
    if (!document) {
        // Reported from the event loop, so that the caller has connected to ended() first.
        const Error error = Error::ofKind(
            Error::Kind::Config, QStringLiteral("Unknown operation %1/%2").arg(m_dialect, operationName));
        QMetaObject::invokeMethod(
            this, [this, id, error] { emit ended(id, error); }, Qt::QueuedConnection);
        return id;
    }
    m_subscriptions.insert(id, {*document, operationName, variables});
    switch (m_state) {
    case State::Idle:
        // From the event loop: a refusal (ended()) reaches a caller that connects after this returns.
        QMetaObject::invokeMethod(this, &SubscriptionSocket::open, Qt::QueuedConnection);
        break;
    case State::Open:
        sendSubscribe(id);
        break;
    case State::Refused:
        QMetaObject::invokeMethod(
            this, [this, id] { endSubscription(id, m_error); }, Qt::QueuedConnection);
        break;
    case State::Connecting:
    case State::Waiting:
        break; // sent once the connection is acknowledged
    }
    return id;
}

void SubscriptionSocket::unsubscribe(int id)
{
    if (m_subscriptions.remove(id) == 0)
        return;
    if (m_state == State::Open)
        send({{kId, QString::number(id)}, {kType, QStringLiteral("complete")}});
    if (m_subscriptions.isEmpty()) {
        close();
        setState(State::Idle);
    }
}

void SubscriptionSocket::open()
{
    if (m_subscriptions.isEmpty() || m_socket)
        return;
    const QUrl url = socketUrl(m_endpoint);
    if (!url.isValid() || url.host().isEmpty()) {
        refuse(
            Error::ofKind(Error::Kind::Config, QStringLiteral("The registry address is not an http(s) URL")));
        return;
    }
    // The same rule as every request: a credential never goes over plain ws:// to another machine.
    if (!credential().isEmpty() && url.scheme() == QLatin1String("ws") &&
        !GraphQlClient::isLoopbackHost(url.host())) {
        refuse(
            Error::ofKind(Error::Kind::Insecure,
                          QStringLiteral("Credentials are not sent over plain ws:// to %1").arg(url.host())));
        return;
    }
    setState(State::Connecting);
    auto* socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    socket->setMaxAllowedIncomingMessageSize(kMaxMessageBytes);
    connect(socket, &QWebSocket::connected, this, &SubscriptionSocket::onConnected);
    connect(socket, &QWebSocket::textMessageReceived, this, &SubscriptionSocket::onMessage);
    connect(socket, &QWebSocket::disconnected, this, &SubscriptionSocket::onDropped);
    // Qt 6.4 names the signal error() (errorOccurred() comes with 6.5).
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this, socket](QAbstractSocket::SocketError) {
                if (socket != m_socket)
                    return;
                qCDebug(lcNetwork) << "subscriptions:" << m_endpoint.host() << "socket error"
                                   << socket->error();
                // Also when the connection never came up (nothing listens, a TLS failure): try again later.
                onDropped();
            });
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, GraphQlClient::userAgent());
    // QWebSocket follows no redirect, so these reach this address only.
    if (m_placement == CredentialPlacement::UpgradeRequest)
        for (const auto& [name, value] : credential())
            request.setRawHeader(name, value);
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({kProtocol});
    qCDebug(lcNetwork) << "subscriptions: opening" << url.scheme() << url.host() << url.path();
    socket->open(request, options);
}

void SubscriptionSocket::close()
{
    m_reconnect->stop();
    m_ackTimeout->stop();
    m_ping->stop();
    if (QWebSocket* socket = m_socket) {
        m_socket = nullptr;
        disconnect(socket, nullptr, this, nullptr);
        socket->close();
        socket->deleteLater();
    }
}

void SubscriptionSocket::onConnected()
{
    if (!m_socket || m_socket->subprotocol() != kProtocol) {
        qCDebug(lcNetwork) << "subscriptions:" << m_endpoint.host() << "does not speak" << kProtocol;
        refuse(Error::ofKind(Error::Kind::Unsupported,
                             QStringLiteral("The server does not speak %1").arg(kProtocol)));
        return;
    }
    // The credential, where the registry reads it there, as the payload of connection_init: each header under
    // its own name. Never logged, and only for this registry's own address.
    QJsonObject payload;
    if (m_placement == CredentialPlacement::InitPayload)
        for (const auto& [name, value] : credential())
            payload.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    QJsonObject init{{kType, QStringLiteral("connection_init")}};
    if (!payload.isEmpty())
        init.insert(kPayload, payload);
    send(init);
    m_ackTimeout->start();
}

void SubscriptionSocket::onMessage(const QString& text)
{
    m_awaitingPong = false; // any message shows the connection is alive
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = message.value(kType).toString();
    const int id = message.value(kId).toString().toInt();
    if (type == QLatin1String("connection_ack")) {
        m_ackTimeout->stop();
        m_failures = 0;
        m_error = {};
        qCDebug(lcNetwork) << "subscriptions:" << m_endpoint.host() << "open";
        setState(State::Open);
        m_ping->start();
        for (auto it = m_subscriptions.cbegin(); it != m_subscriptions.cend(); ++it)
            sendSubscribe(it.key());
    } else if (type == QLatin1String("ping")) {
        send({{kType, QStringLiteral("pong")}});
    } else if (type == QLatin1String("next") && m_subscriptions.contains(id)) {
        const QJsonObject payload = message.value(kPayload).toObject();
        QList<Error> errors;
        for (const QJsonValue& entry : payload.value(QStringLiteral("errors")).toArray())
            errors.append(explained(AnswerDecoder::fromGraphQlError(entry, 0)));
        const QJsonValue data = payload.value(QStringLiteral("data"));
        if (!data.isObject() && !errors.isEmpty())
            endSubscription(id, errors.first());
        else
            emit event(id, data.toObject(), errors);
    } else if (type == QLatin1String("error") && m_subscriptions.contains(id)) {
        const QJsonArray errors = message.value(kPayload).toArray();
        endSubscription(id, errors.isEmpty()
                                ? Error::ofKind(Error::Kind::GraphQl, QStringLiteral("Subscription refused"))
                                : explained(AnswerDecoder::fromGraphQlError(errors.first(), 0)));
    } else if (type == QLatin1String("complete") && m_subscriptions.contains(id)) {
        endSubscription(id, {});
    }
}

void SubscriptionSocket::onDropped()
{
    QWebSocket* socket = m_socket;
    if (!socket)
        return;
    const int code = int(socket->closeCode());
    m_socket = nullptr;
    disconnect(socket, nullptr, this, nullptr);
    socket->abort();
    socket->deleteLater();
    m_ackTimeout->stop();
    m_ping->stop();
    if (isRefusal(code)) {
        qCDebug(lcNetwork) << "subscriptions:" << m_endpoint.host() << "refused, close code" << code;
        Error error =
            Error::ofKind(Error::Kind::GraphQl, QStringLiteral("Subscriptions refused (%1)").arg(code));
        error.reason = code == 4401   ? Error::Reason::CredentialRefused
                       : code == 4403 ? Error::Reason::Forbidden
                                      : Error::Reason::NotUnderstood;
        refuse(error);
        return;
    }
    if (m_subscriptions.isEmpty()) {
        setState(State::Idle);
        return;
    }
    // 0.5 s, 1 s, 2 s … up to the longest delay, each ±20 % so that clients of one restarted server spread.
    const double grown = double(m_firstDelay.count()) * double(1LL << std::min(m_failures, 16));
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    m_delay = std::chrono::milliseconds(qint64(std::min(grown, double(m_longestDelay.count())) * jitter));
    ++m_failures;
    m_error = Error::ofKind(Error::Kind::Network, QStringLiteral("Subscription connection dropped"));
    qCDebug(lcNetwork) << "subscriptions:" << m_endpoint.host() << "dropped, close code" << code
                       << "next try in" << m_delay.count() << "ms";
    setState(State::Waiting);
    m_reconnect->start(m_delay);
}

void SubscriptionSocket::refuse(const Error& error)
{
    close();
    m_error = error;
    setState(State::Refused);
    const QList<int> ids = m_subscriptions.keys();
    for (int id : ids)
        endSubscription(id, error);
}

void SubscriptionSocket::send(const QJsonObject& message)
{
    if (m_socket)
        m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void SubscriptionSocket::sendSubscribe(int id)
{
    const Subscription& subscription = m_subscriptions.value(id);
    QJsonObject payload{{QStringLiteral("query"), subscription.document},
                        {QStringLiteral("operationName"), subscription.operationName}};
    if (!subscription.variables.isEmpty())
        payload.insert(QStringLiteral("variables"), subscription.variables);
    send({{kId, QString::number(id)}, {kType, QStringLiteral("subscribe")}, {kPayload, payload}});
}

void SubscriptionSocket::endSubscription(int id, const Error& error)
{
    if (m_subscriptions.remove(id) == 0)
        return;
    qCDebug(lcNetwork) << "subscriptions:" << m_endpoint.host() << "subscription" << id << "ended"
                       << (error.isError() ? error.logText() : QStringLiteral("(complete)"));
    emit ended(id, error);
    if (m_subscriptions.isEmpty() && m_state != State::Refused) {
        close();
        setState(State::Idle);
    }
}

void SubscriptionSocket::keepAlive()
{
    if (m_awaitingPong) {
        qCDebug(lcNetwork) << "subscriptions:" << m_endpoint.host() << "answered no ping";
        onDropped();
        return;
    }
    m_awaitingPong = true;
    send({{kType, QStringLiteral("ping")}});
}

void SubscriptionSocket::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

HeaderProvider::Headers SubscriptionSocket::credential() const
{
    return m_headers ? m_headers->usableHeadersFor(m_endpoint) : HeaderProvider::Headers();
}

Error SubscriptionSocket::explained(const Error& error) const
{
    return ErrorConventions::classified(m_explainer ? m_explainer(error) : error);
}
