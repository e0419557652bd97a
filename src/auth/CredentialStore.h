#pragma once

#include "CredentialJob.h"

#include <QObject>
#include <QUrl>

#include <chrono>

namespace QKeychain {
class Job;
}

// The only code that stores or reads secrets. Everything goes to the OS keychain through QtKeychain
// (service "Depot", key = registry origin + account); there is no plain-text fallback.
// QtKeychain 0.13 jobs have no timeout of their own, so every job here gets one: a keychain that does
// not answer ends the job with KeychainError::NoKeychain instead of hanging the UI. When a keychain service
// is on the bus the limit is two minutes, since its unlock prompt may be waiting for the user.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    explicit CredentialStore(QObject* parent = nullptr);

    void setService(const QString& service) { m_service = service; }
    QString service() const { return m_service; }
    // The limit when no keychain service is reachable (a reachable one gets at least two minutes).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    CredentialJob* read(const QUrl& registry, const QString& account);
    // True when the keychain held nothing for this registry and account the last time Depot looked (a read
    // that found nothing, or a remove) and Depot has stored nothing since. Only that is remembered, in the
    // settings, under a hash of the key: no secret, no address. A start can then skip the keychain, and
    // with it the keychain's unlock prompt, for registries used without a key.
    bool knownToHoldNothing(const QUrl& registry, const QString& account) const;
    CredentialJob* write(const QUrl& registry, const QString& account, const QByteArray& secret);
    CredentialJob* remove(const QUrl& registry, const QString& account);

    // "https://host:port account": the origin only (no path, no user info), so one key serves every
    // endpoint path of a registry host.
    static QString keyFor(const QUrl& registry, const QString& account);

private:
    CredentialJob* start(QKeychain::Job* keychainJob, CredentialJob* job);
    QString nothingStoredKey(const QUrl& registry, const QString& account) const;

    QString m_service = QStringLiteral("Depot");
    std::chrono::milliseconds m_timeout{5000};
};
