#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

// One error value for everything that can go wrong with a request: transport, HTTP, GraphQL errors[],
// decoding, limits. Views show userText() in place with a retry; tests assert kind, code and token.
struct Error
{
    enum class Kind {
        None,        // not an error
        Network,     // connection refused, reset, host not found, dropped mid-body
        Tls,         // certificate or handshake problem (never ignored)
        Timeout,     // inactivity timeout or overall deadline
        Canceled,    // the job was cancelled by its owner
        Http,        // non-2xx answer without a GraphQL errors body
        GraphQl,     // errors[] in the answer (whatever the HTTP status)
        Decode,      // the answer is not the JSON we expected (invalid JSON, truncated, wrong shape)
        TooLarge,    // the answer exceeded the size cap
        Redirect,    // a request with credentials was redirected to another origin (or an insecure one)
        Insecure,    // a credential would be sent over plain HTTP to a non-loopback host
        Unsupported, // the registry cannot do this (capability missing)
        Config,      // a bad URL, an unknown operation name, a missing resource
    };

    Kind kind = Kind::None;
    int httpStatus = 0;      // 0 when no HTTP answer was received
    QString code;            // errors[0].extensions.code, e.g. UNAUTHENTICATED
    QString token;           // the leading upper-case token of the message, e.g. PACKAGE_NOT_FOUND
    QJsonObject extensions;  // errors[0].extensions without tracing / stack traces
    QString message;         // the server's message (first error) or a technical description; never a secret
    QString userMessage;     // a translated sentence written by the layer that made the error; wins in userText()
    int retryAfterSeconds = -1; // from Retry-After on 429/503 answers, -1 when absent

    bool isError() const { return kind != Kind::None; }
    // A sentence for people, translated; never a raw stack trace.
    QString userText() const;
    // True for errors worth retrying automatically or offering "Retry" for (network, timeout, 5xx, 429).
    bool isTransient() const;

    // "PACKAGE_NOT_FOUND - cat/pkg" -> "PACKAGE_NOT_FOUND"; "Context creation failed: API_KEY_NOT_FOUND" ->
    // "API_KEY_NOT_FOUND"; a message without such a token -> empty.
    static QString leadingToken(const QString& message);
    static QString kindName(Kind kind);
};

Q_DECLARE_METATYPE(Error)
