#include "AccountSession.h"

#include "auth/CredentialPolicy.h"
#include "auth/CredentialStore.h"
#include "auth/RegistryCredentials.h"
#include "auth/StoredKeyCodec.h"
#include "core/Logging.h"
#include "registry/CachedAnswers.h"
#include "registry/RegistryBackend.h"
#include "registry/parts/AccountAccess.h"
#include "registry/parts/PasswordSignIn.h"

AccountSession::AccountSession(const QUrl& endpoint, CredentialStore* store, QObject* parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_store(store)
    , m_credentials(std::make_shared<RegistryCredentials>(endpoint))
{}

AccountSession::~AccountSession()
{
    // The backend may outlive us through its client: leave it nothing to send.
    m_credentials->clearSessionToken();
    m_credentials->clearApiKey();
}

std::shared_ptr<const HeaderProvider> AccountSession::headerProvider() const
{
    return m_credentials;
}

void AccountSession::setBackend(RegistryBackend* backend)
{
    if (m_backend == backend)
        return;
    m_backend = backend;
    ++m_generation;
    if (m_backend && hasCredential())
        refreshUser();
}

bool AccountSession::hasCredential() const
{
    return m_credentials->hasCredential();
}

bool AccountSession::hasApiKey() const
{
    return m_credentials->hasApiKey();
}

bool AccountSession::isSignedIn() const
{
    return m_credentials->hasSessionToken();
}

QString AccountSession::apiKeyId() const
{
    return m_credentials->apiKeyId();
}

QString AccountSession::keychainAccount() const
{
    const QString path = m_endpoint.path();
    return path.isEmpty() ? QStringLiteral("api-key") : QStringLiteral("api-key ") + path;
}

QString AccountSession::statusText() const
{
    switch (m_state) {
    case State::NotLoaded:
    case State::Anonymous:
        return tr("Not signed in");
    case State::Loading:
        return tr("Reading the keychain…");
    case State::UsingKey:
        if (!m_user.username.isEmpty())
            //: Status bar; %1 is a user name
            return tr("API key of %1").arg(m_user.username);
        return tr("Using an API key");
    case State::SignedIn:
        if (!m_user.username.isEmpty())
            //: Status bar; %1 is a user name
            return tr("Signed in as %1").arg(m_user.username);
        return tr("Signed in");
    case State::Rejected:
        return tr("Key rejected");
    }
    return {};
}

void AccountSession::ensureLoaded()
{
    if (m_loaded || m_loading)
        return;
    // Nothing may be sent to this registry, so there is nothing to read for it; or the keychain held no key
    // for it when Depot last looked: then the first requests need not wait for the keychain (a cold start
    // 14 ms sooner, bench figure 1), and a locked keychain does not ask to be unlocked for nothing.
    if (!m_store || !CredentialPolicy::allows(m_endpoint) ||
        m_store->knownToHoldNothing(m_endpoint, keychainAccount())) {
        m_loaded = true;
        updateState();
        emit loaded();
        return;
    }
    m_loading = true;
    updateState();
    CredentialJob* job = m_store->read(m_endpoint, keychainAccount());
    connect(job, &CredentialJob::finished, this, [this, job] {
        m_loading = false;
        m_loaded = true;
        // A key set by the user while the keychain was being read wins over the stored one.
        if (!m_credentials->hasApiKey()) {
            if (std::optional<Credential> key = StoredKeyCodec::decode(job->secret())) {
                applyKey(*key, true);
                key->wipe();
            } else {
                setKeychainProblem(tr("The key stored for this registry could not be read."));
            }
        }
        updateState();
        emit loaded();
    });
    connect(job, &CredentialJob::failed, this, [this](KeychainError error, const QString& text) {
        m_loading = false;
        m_loaded = true;
        if (error != KeychainError::NotFound)
            setKeychainProblem(text);
        updateState();
        emit loaded();
    });
}

void AccountSession::signIn(const QString& username, const QString& password)
{
    const QString refusal = CredentialPolicy::refusal(m_endpoint);
    if (!refusal.isEmpty()) {
        emit signInFailed(refusal);
        return;
    }
    if (!m_backend) {
        emit signInFailed(tr("The registry is not connected yet. Try again in a moment."));
        return;
    }
    PasswordSignIn* signIn = m_backend->passwordSignIn();
    if (!signIn) {
        emit signInFailed(m_backend->whyMissing(RegistryPart::SignIn));
        return;
    }
    m_credentials->setSigningIn(true);
    CredentialJobResult* job = signIn->signIn(username, password);
    connect(job, &RegistryJob::finished, this, [this, job] {
        m_credentials->setSigningIn(false);
        Credential token = job->result();
        const bool ok = m_credentials->setSessionToken(token);
        token.wipe();
        if (!ok) {
            emit signInFailed(tr("The registry did not return a usable sign-in."));
            return;
        }
        m_user = {};
        qCDebug(lcSession) << "signed in to" << m_endpoint.host();
        credentialsDidChange();
        emit signedIn();
    });
    connect(job, &RegistryJob::failed, this, [this](const Error& error) {
        m_credentials->setSigningIn(false);
        emit signInFailed(error.userText());
    });
}

void AccountSession::signOut()
{
    if (!m_credentials->hasSessionToken())
        return;
    m_credentials->clearSessionToken();
    m_user = {};
    // What was seen signed in is not left on disk for whoever uses the computer next.
    CachedAnswers::forgetPrivate(m_endpoint);
    qCDebug(lcSession) << "signed out of" << m_endpoint.host();
    credentialsDidChange();
}

void AccountSession::storeKey(const Credential& key)
{
    const QString refusal = CredentialPolicy::refusal(m_endpoint);
    if (!refusal.isEmpty() || !key.isValid() || key.kind != Credential::Kind::ApiKey) {
        emit keyStoreFailed(refusal.isEmpty() ? tr("This is not a key Depot can use.") : refusal, false);
        return;
    }
    if (!m_store) {
        emit keyStoreFailed(keychainErrorText(KeychainError::NoKeychain), true);
        return;
    }
    CredentialJob* job = m_store->write(m_endpoint, keychainAccount(), StoredKeyCodec::encode(key));
    // The key is used only once the keychain holds it: a failure leaves the choice to the user.
    auto pending = std::make_shared<Credential>(key);
    connect(job, &CredentialJob::finished, this, [this, pending] {
        applyKey(*pending, true);
        pending->wipe();
        setKeychainProblem({});
        emit keyStored();
    });
    connect(job, &CredentialJob::failed, this, [this, pending](KeychainError error, const QString& text) {
        pending->wipe();
        setKeychainProblem(text);
        emit keyStoreFailed(text, error == KeychainError::NoKeychain);
    });
}

bool AccountSession::useKeyForSession(const Credential& key)
{
    if (!CredentialPolicy::allows(m_endpoint) || !key.isValid() || key.kind != Credential::Kind::ApiKey)
        return false;
    applyKey(key, false);
    return true;
}

void AccountSession::forgetKey()
{
    const bool wasStored = m_keyStored;
    if (m_refusedKey) {
        // The refused key is out of use already: only the keychain still holds it.
        m_refusedKey = false;
        m_keyStored = false;
        m_rejected = false;
        updateState();
        emit userChanged();
    }
    if (m_credentials->hasApiKey()) {
        m_credentials->clearApiKey();
        m_keyStored = false;
        credentialsDidChange();
    }
    // Forgetting the key signs out as well: what was seen with it goes too.
    CachedAnswers::forgetPrivate(m_endpoint);
    if (!wasStored || !m_store) {
        emit keyForgotten({});
        return;
    }
    CredentialJob* job = m_store->remove(m_endpoint, keychainAccount());
    connect(job, &CredentialJob::finished, this, [this] { emit keyForgotten({}); });
    connect(job, &CredentialJob::failed, this, [this](KeychainError, const QString& text) {
        setKeychainProblem(text);
        emit keyForgotten(text);
    });
}

void AccountSession::refreshUser()
{
    AccountAccess* account = m_backend ? m_backend->account() : nullptr;
    if (!account || !hasCredential())
        return;
    const quint64 generation = m_generation;
    UserJob* job = account->currentUser();
    connect(job, &RegistryJob::finished, this, [this, job, generation] {
        if (generation != m_generation)
            return;
        m_user = job->result();
        emit userChanged();
    });
    connect(job, &RegistryJob::failed, this, [this, generation](const Error& error) {
        if (generation == m_generation)
            reportError(error);
    });
}

bool AccountSession::reportError(const Error& error)
{
    // Depot's own refusal before sending (Kind::Config, e.g. "sign in first" for a part that takes another
    // credential): nothing was sent, so nothing was refused.
    if (!hasCredential() || !isRejection(error) || error.kind == Error::Kind::Config)
        return false;
    if (m_rejected)
        return true;
    qCDebug(lcSession).noquote() << "credential rejected by" << m_endpoint.host() << error.logText();
    m_rejected = true;
    m_user = {};
    // A refused key fails every request, public ones too (registries.md): stop sending it, say so once, and
    // let whatever was loaded with it load again without it. A refused sign-in (an expired token) waits for
    // the person to sign in again.
    const bool keyInUse = m_credentials->hasApiKey() && !m_credentials->hasSessionToken();
    if (keyInUse) {
        m_credentials->clearApiKey();
        m_refusedKey = true;
        ++m_generation;
    }
    updateState();
    emit userChanged();
    if (keyInUse) {
        emit keyRefused(m_keyStored);
        emit credentialsChanged();
    }
    return true;
}

void AccountSession::dismissRefusedKey()
{
    m_refusedKey = false;
    emit keyRefused(false); // the same signal hides what showed it
}

bool AccountSession::isRejection(const Error& error)
{
    return error.isCredentialProblem();
}

void AccountSession::applyKey(const Credential& key, bool stored)
{
    if (!m_credentials->setApiKey(key))
        return;
    m_keyStored = stored;
    // Which key (its id is not secret), never the key.
    qCDebug(lcSession) << "API key" << key.keyId << (stored ? "from the keychain" : "for this session")
                       << "for" << m_endpoint.host();
    // With a session token the key is not what requests carry; still a new key is worth asking about.
    credentialsDidChange();
}

void AccountSession::setKeychainProblem(const QString& text)
{
    if (m_keychainProblem == text)
        return;
    m_keychainProblem = text;
    emit keychainProblemChanged(text);
}

void AccountSession::credentialsDidChange()
{
    ++m_generation;
    m_rejected = false;
    m_refusedKey = false;
    updateState();
    emit credentialsChanged();
    emit userChanged();
    refreshUser();
}

void AccountSession::updateState()
{
    State state = State::Anonymous;
    if (m_loading)
        state = State::Loading;
    else if (m_rejected)
        state = State::Rejected;
    else if (m_credentials->hasSessionToken())
        state = State::SignedIn;
    else if (m_credentials->hasApiKey())
        state = State::UsingKey;
    else if (!m_loaded)
        state = State::NotLoaded;
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}
