#include "RegistryCredentials.h"

#include <QMutexLocker>

namespace {

int defaultPort(const QString& scheme)
{
    if (scheme == QLatin1String("https"))
        return 443;
    if (scheme == QLatin1String("http"))
        return 80;
    return -1;
}

} // namespace

RegistryCredentials::RegistryCredentials(const QUrl& registry)
    : m_origin(registry.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                 QUrl::RemoveUserInfo))
    , m_originText(originOf(registry))
{}

RegistryCredentials::~RegistryCredentials()
{
    m_apiKey.wipe();
    m_sessionToken.wipe();
}

QString RegistryCredentials::originOf(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    return scheme + QLatin1String("://") + url.host(QUrl::FullyEncoded).toLower() + QLatin1Char(':') +
           QString::number(url.port(defaultPort(scheme)));
}

bool RegistryCredentials::setApiKey(const Credential& key)
{
    if (!key.isValid() || key.kind != Credential::Kind::ApiKey)
        return false;
    QMutexLocker lock(&m_mutex);
    m_apiKey.wipe();
    m_apiKey = key;
    return true;
}

bool RegistryCredentials::setSessionToken(const Credential& token)
{
    if (!token.isValid() || token.kind != Credential::Kind::SessionToken)
        return false;
    QMutexLocker lock(&m_mutex);
    m_sessionToken.wipe();
    m_sessionToken = token;
    return true;
}

void RegistryCredentials::clearApiKey()
{
    QMutexLocker lock(&m_mutex);
    m_apiKey.wipe();
    m_apiKey = {};
}

void RegistryCredentials::clearSessionToken()
{
    QMutexLocker lock(&m_mutex);
    m_sessionToken.wipe();
    m_sessionToken = {};
}

void RegistryCredentials::setSigningIn(bool signingIn)
{
    QMutexLocker lock(&m_mutex);
    m_signingIn = signingIn;
}

bool RegistryCredentials::hasApiKey() const
{
    QMutexLocker lock(&m_mutex);
    return m_apiKey.isValid();
}

bool RegistryCredentials::hasSessionToken() const
{
    QMutexLocker lock(&m_mutex);
    return m_sessionToken.isValid();
}

Credential RegistryCredentials::activeDescription() const
{
    QMutexLocker lock(&m_mutex);
    Credential description = m_sessionToken.isValid() ? m_sessionToken : m_apiKey;
    description.headerValue.clear();
    return description;
}

QString RegistryCredentials::apiKeyId() const
{
    QMutexLocker lock(&m_mutex);
    return m_apiKey.isValid() ? m_apiKey.keyId : QString();
}

const Credential* RegistryCredentials::activeFor(const QUrl& url) const
{
    // Never to another origin: a redirect or a mistyped endpoint must not carry the secret away.
    if (m_originText.isEmpty() || originOf(url) != m_originText || m_signingIn)
        return nullptr;
    if (m_sessionToken.isValid() &&
        (m_sessionToken.scopePath.isEmpty() || url.path().startsWith(m_sessionToken.scopePath)))
        return &m_sessionToken;
    return m_apiKey.isValid() ? &m_apiKey : nullptr;
}

HeaderProvider::Headers RegistryCredentials::headersFor(const QUrl& url) const
{
    QMutexLocker lock(&m_mutex);
    const Credential* active = activeFor(url);
    if (!active)
        return {};
    return {{active->headerName, active->headerValue}};
}

QString RegistryCredentials::accountFor(const QUrl& url) const
{
    QMutexLocker lock(&m_mutex);
    const Credential* active = activeFor(url);
    return active ? active->account : QString();
}

QString RegistryCredentials::cacheIdentity(const QUrl& url) const
{
    QMutexLocker lock(&m_mutex);
    // Who the credential really sent to `url` names: a session token scoped elsewhere (Metabind's REST
    // sign-in) leaves GraphQL requests to the key.
    const Credential* active = activeFor(url);
    if (!active)
        return {};
    if (active == &m_sessionToken)
        return m_sessionToken.account.isEmpty() ? QString()
                                                : QStringLiteral("session:") + m_sessionToken.account;
    if (!m_apiKey.keyId.isEmpty())
        return QStringLiteral("key:") + m_apiKey.keyId;
    return m_apiKey.account.isEmpty() ? QString() : QStringLiteral("key:") + m_apiKey.account;
}
