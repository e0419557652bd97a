#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// One error value for everything that can go wrong: transport, HTTP, a registry's refusal, decoding, limits,
// Depot's own checks. It carries two things:
//  - `reason`: what it means, in the product's words, the same for every registry kind. Views decide what to
//    show and offer from the reason alone, and userText() makes the sentence from it (ErrorText.cpp, the one
//    place). The dialect that understood the answer sets it, in its own folder.
//  - the raw details (kind, HTTP status, extensions.code, message token, extensions, message) for the log
//    and for tests of the transport. No code outside a dialect's folder interprets a dialect's codes.
struct Error
{
    // Where it failed (set by the layer that saw it; part of the raw details).
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
        Unsupported, // the registry cannot do this
        Config,      // a bad URL, an unknown operation name, a missing resource, a local check
    };

    // What it means for the person using Depot; dialect-neutral.
    enum class Reason {
        None,
        // Who you are and what you may do
        NotSignedIn,       // this needs a credential, and none was sent
        CredentialRefused, // the credential sent is unknown, revoked or expired
        WrongPassword,     // sign-in refused: the user name or the password is wrong
        EmailNotVerified,  // sign-in refused until the address is confirmed
        Forbidden,         // known, but not allowed to do this
        // What was asked for
        NotFound,      // `subject` names what, when known
        NameTaken,     // a name or label already in use (`subject`)
        VersionExists, // this version is already published (`subject`)
        VersionTooLow, // the change needs a higher version: at least `minimumVersion`
        InvalidInput,  // the registry refused a value (`field` when known)
        // The registry
        RateLimited,   // too many requests; `retryAfterSeconds` when the registry said
        ServerFault,   // the registry failed (5xx, an internal error)
        NotUnderstood, // the registry does not understand the request: it runs another version
        Refused,       // any other refusal; the registry's own short sentence is shown when readable
        NotARegistry,  // the address does not answer as a registry Depot knows
        // The connection
        Network,   // could not reach the registry, or the connection broke
        Tls,       // the secure connection could not be verified
        Timeout,   // no answer in time
        TooLarge,  // the answer or file is larger than Depot accepts
        BadAnswer, // the answer could not be read
        Damaged,   // a file arrived damaged: its size or checksum is not what the registry announced
        WebPage, // a web page came back instead of an answer (a captive portal's sign-in page, a login page)
        Redirected, // sent to an address Depot does not follow with credentials
        Insecure,   // a credential would go over plain HTTP
        // Depot
        Cancelled,   // the person cancelled
        Unsupported, // this registry kind cannot do this
        Internal,    // a bug in Depot or a broken installation
    };

    Kind kind = Kind::None;
    Reason reason = Reason::None;

    // Raw details, for the log and for the dialect that reads them. Never a secret.
    int httpStatus = 0;     // 0 when no HTTP answer was received
    QString code;           // errors[0].extensions.code, as the server sent it
    QString token;          // the leading upper-case token of the message, as the server sent it
    QJsonObject extensions; // errors[0].extensions without tracing / stack traces
    QString message;        // the server's message (first error) or a technical description
    QStringList path;       // GraphQL errors: the answer's path the error is about ("getPackage", "readme")

    // Parameters of the reason, for the sentence and the views.
    QString subject;            // what was not found, or the name that is taken
    QString field;              // the input the registry refused, e.g. "version"
    QString minimumVersion;     // VersionTooLow: the lowest version the registry accepts
    QString existingVersion;    // VersionTooLow / VersionExists: the latest version on the registry
    int retryAfterSeconds = -1; // RateLimited: from Retry-After, -1 when absent
    // A partial answer (data with errors): what of it is missing, in people's words ("the signature"), set by
    // the dialect that knows its fields; empty when it cannot tell.
    QString missingPart;

    // Tls: what was wrong with the registry's certificate, in the order the sentence names them, and the
    // certificate itself as people read it (Show certificate). Depot never accepts such a certificate.
    enum class TlsProblem { SelfSigned, UntrustedIssuer, Expired, NotYetValid, WrongHost, Revoked, Other };
    QList<TlsProblem> tlsProblems;
    QString certificateNames;    // WrongHost: the names the certificate is for, as a short list
    QDateTime certificateExpiry; // Expired: the end of its validity; NotYetValid: the start
    QByteArray certificatePem;   // the certificate the server showed (PEM), for "Show certificate"

    // A sentence for people written by the layer that made the error itself (a local check, detection): shown
    // instead of the reason's sentence. Never set from a server's message.
    QString explanation;

    bool isError() const { return kind != Kind::None || reason != Reason::None; }
    // A sentence for people, translated; never a raw stack trace.
    QString userText() const;
    // Worth retrying automatically or offering "Retry" for (network, timeout, server fault, rate limit).
    bool isTransient() const;
    // The registry could not be reached at all (network or timeout): pages recover by themselves.
    bool isUnreachable() const { return reason == Reason::Network || reason == Reason::Timeout; }
    // The credential sent was not accepted (refused, or the registry says nobody is signed in although one
    // was sent): the account session reports it.
    bool isCredentialProblem() const
    {
        return reason == Reason::CredentialRefused || reason == Reason::NotSignedIn;
    }
    // One line for the log: kind, reason, status, code, token. Never the message (it may echo input).
    QString logText() const;

    // An error made by Depot itself, with its sentence.
    static Error local(Kind kind, Reason reason, const QString& explanation);
    // An error of `kind` with a technical message (for the log); the reason is the kind's, the sentence for
    // people the reason's.
    static Error ofKind(Kind kind, const QString& message);
    // "SOME_TOKEN - cat/pkg" -> "SOME_TOKEN"; "Context creation failed: X_Y" -> "X_Y"; a message without such
    // a token -> empty. A raw detail: only the dialect that knows its tokens reads it.
    static QString leadingToken(const QString& message);
    static QString kindName(Kind kind);
    static QString reasonName(Reason reason);
    // The reason a transport failure of `kind` means (Network -> Network, ...); None for GraphQl and Http.
    static Reason reasonOfKind(Kind kind);
};

Q_DECLARE_METATYPE(Error)
