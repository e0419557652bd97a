#pragma once

#include "auth/Credential.h"
#include "auth/KeychainError.h"
#include "core/Error.h"
#include "registry/RegistryBackend.h"
#include "registry/UserProfile.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class CredentialStore;
class HeaderProvider;
class RegistryCredentials;

// The signed-in state of one registry (one endpoint). It owns the registry's credentials (the
// HeaderProvider its backend is created with), reads the stored API key from the keychain lazily, the first
// time the registry is used, signs in (the JWT stays in memory), stores and forgets keys, and notices when
// the registry rejects the credential it sent, so the views say "Key rejected" instead of browsing
// anonymously without a word.
// It lives in session/ and not auth/ because it drives the backend (dependency rules: auth/ never includes
// registry/); the secrets themselves stay in auth/ (CredentialStore, RegistryCredentials).
class AccountSession : public QObject
{
    Q_OBJECT
public:
    enum class State {
        NotLoaded, // the keychain was not asked yet
        Loading,   // reading the stored key
        Anonymous, // no credential
        UsingKey,  // an API key (stored or for this session only)
        SignedIn,  // a session token from signing in (wins over the key)
        Rejected,  // the registry refused the credential: sign in again or replace the key
    };
    Q_ENUM(State)

    AccountSession(const QUrl& endpoint, CredentialStore* store, QObject* parent = nullptr);
    ~AccountSession() override;

    QUrl endpoint() const { return m_endpoint; }
    // For the backend (DialectTable::createBackend): the only way the credentials leave this object.
    std::shared_ptr<const HeaderProvider> headerProvider() const;
    // The backend created with headerProvider(); used for signIn and currentUser. Not owned.
    void setBackend(RegistryBackend* backend);
    RegistryBackend* backend() const { return m_backend; }

    State state() const { return m_state; }
    bool isLoaded() const { return m_loaded; }
    bool hasCredential() const;
    bool hasApiKey() const;
    bool isSignedIn() const;
    // A key read from or written to the keychain (false for a session-only key).
    bool hasStoredKey() const { return m_keyStored; }
    // The registry's id of the API key in use (not secret), empty without one.
    QString apiKeyId() const;
    // The signed-in user (`currentUser`), empty username while unknown.
    const UserProfile& user() const { return m_user; }
    // A short line for the status bar: "Signed in as demo", "API key of demo", "Key rejected", "Not signed
    // in".
    QString statusText() const;
    // The last keychain problem (reading, storing, forgetting), empty when none.
    QString keychainProblem() const { return m_keychainProblem; }

    // The account part of the keychain entry: one key per registry endpoint. Two registries may share an
    // origin (the local registry serves three dialects on one port): the path tells their keys apart.
    QString keychainAccount() const;

    // Reads the stored key once; emits loaded() when done, also when nothing is stored or there is no
    // keychain.
    void ensureLoaded();
    void signIn(const QString& username, const QString& password);
    // Forgets the session token; the stored key (if any) is used again. Offering to delete it is the view's
    // part.
    void signOut();
    // Uses `key` for this registry and keeps it in the keychain: keyStored(), or keyStoreFailed() and the key
    // is NOT used (without a keychain, using it for this session only is the user's explicit choice).
    void storeKey(const Credential& key);
    // Uses `key` for this session only (memory). False when the key is not valid or the policy refuses it.
    bool useKeyForSession(const Credential& key);
    // Stops using the API key and removes it from the keychain: keyForgotten() (with a problem text, if any).
    void forgetKey();
    // Asks the registry who the credential belongs to (currentUser); a rejection turns the state to Rejected.
    void refreshUser();
    // Every request made with this registry's credentials may report its error here. True when it means the
    // credential was rejected (the state is then Rejected).
    bool reportError(const Error& error);
    // The registry did not accept the credential sent (Error::isCredentialProblem).
    static bool isRejection(const Error& error);
    // A key the registry refused, dropped from use; true until the person answers (forgetKey() removes it from
    // the keychain, dismissRefusedKey() keeps it there) or uses another credential.
    bool hasRefusedKey() const { return m_refusedKey; }
    void dismissRefusedKey();

signals:
    void stateChanged(AccountSession::State state);
    void loaded();
    // The header requests carry changed (key loaded, signed in or out, key replaced or forgotten): whatever
    // was loaded with the old one should be loaded again.
    void credentialsChanged();
    void userChanged();
    void signedIn();
    void signInFailed(const QString& text);
    void keyStored();
    // `canUseForSession`: there is no keychain; useKeyForSession() is the alternative to offer.
    void keyStoreFailed(const QString& text, bool canUseForSession);
    void keyForgotten(const QString& problem);
    // The key in use was refused and is no longer sent (`stored`: it is still in the keychain); also emitted with
    // false when the person dismissed that.
    void keyRefused(bool stored);
    void keychainProblemChanged(const QString& text);

private:
    void applyKey(const Credential& key, bool stored);
    void setKeychainProblem(const QString& text);
    void credentialsDidChange();
    void updateState();

    QUrl m_endpoint;
    QPointer<CredentialStore> m_store;
    std::shared_ptr<RegistryCredentials> m_credentials;
    QPointer<RegistryBackend> m_backend;
    State m_state = State::NotLoaded;
    bool m_loading = false;
    bool m_loaded = false;
    bool m_keyStored = false;
    bool m_rejected = false;
    bool m_refusedKey = false; // a refused key was dropped from use and the person has not answered yet
    quint64 m_generation = 0; // bumped on every credential change: late answers about an old one are dropped
    UserProfile m_user;
    QString m_keychainProblem;
};
