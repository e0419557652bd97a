#pragma once

#include "Credential.h"
#include "graphql/HeaderProvider.h"

#include <QMutex>
#include <QUrl>

// The credentials of ONE registry origin, as GraphQlClient sees them (through HeaderProvider). It holds at
// most one API key (stored or session-only) and at most one session token (JWT, memory only). A request gets
// exactly one credential header: the session token when there is one (signing in replaces the key for this
// session; the real DataPM server reads X-API-Key first, so sending both would ignore the sign-in), else the
// key; nothing for another origin, nothing with an empty value. A session token with a scopePath replaces the
// key only under that path.
// Set from the GUI thread, read by the client: every member is guarded by one mutex.
class RegistryCredentials : public HeaderProvider
{
public:
    explicit RegistryCredentials(const QUrl& registry);
    ~RegistryCredentials() override;

    QUrl origin() const { return m_origin; }
    // scheme://host[:port] in lower case, with the default port made explicit, so that "HTTPS://Host/" and
    // "https://host:443/graphql" compare equal.
    static QString originOf(const QUrl& url);

    // False (and nothing changes) for a credential that is not valid or not of the expected kind.
    bool setApiKey(const Credential& key);
    bool setSessionToken(const Credential& token);
    void clearApiKey();
    void clearSessionToken();

    bool hasApiKey() const;
    bool hasSessionToken() const;
    bool hasCredential() const { return hasApiKey() || hasSessionToken(); }
    // While signing in, no credential goes out: DataPM checks a sent key before it runs `login`, so a
    // rejected key would make the sign-in that replaces it fail too. Requests made meanwhile go anonymous,
    // and are made again when the sign-in changes the credentials.
    void setSigningIn(bool signingIn);

    // The non-secret parts of the credential in use (account, keyId, kind); headerValue is left empty.
    Credential activeDescription() const;
    // The stored key's registry id (not secret), empty without a key.
    QString apiKeyId() const;

    Headers headersFor(const QUrl& url) const override;
    // "session:<account>" or "key:<key id>" (else "key:<account>"); empty when neither is known.
    QString cacheIdentity(const QUrl& url) const override;
    QString accountFor(const QUrl& url) const override;

private:
    // The credential a request for `url` carries (null for none); the mutex held.
    const Credential* activeFor(const QUrl& url) const;

    const QUrl m_origin;
    const QString m_originText;
    mutable QMutex m_mutex;
    Credential m_apiKey;
    Credential m_sessionToken;
    bool m_signingIn = false;
};
