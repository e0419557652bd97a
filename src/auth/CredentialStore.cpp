#include "CredentialStore.h"

#include "core/Logging.h"

#include <QCryptographicHash>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QPointer>
#include <QSettings>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <algorithm>

namespace {

// QtKeychain's Secret Service backend reports a missing D-Bus session or a missing keychain daemon as a
// generic OtherError ("Could not connect: ..."). Asking the session bus tells "no keychain" apart from a
// keychain that failed.
bool keychainServiceReachable()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    for (const char* name : {"org.freedesktop.secrets", "org.kde.kwalletd6", "org.kde.kwalletd5"}) {
        const QString service = QString::fromLatin1(name);
        if (bus.interface()->isServiceRegistered(service))
            return true;
        const QDBusReply<QStringList> activatable = bus.interface()->activatableServiceNames();
        if (activatable.isValid() && activatable.value().contains(service))
            return true;
    }
    return false;
}

KeychainError classify(QKeychain::Error error)
{
    if (error == QKeychain::OtherError && !keychainServiceReachable())
        return KeychainError::NoKeychain;
    switch (error) {
    case QKeychain::NoError:
        return KeychainError::None;
    case QKeychain::EntryNotFound:
        return KeychainError::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return KeychainError::NoKeychain;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return KeychainError::AccessDenied;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return KeychainError::Other;
}

// How long a job may wait while the keychain's own unlock prompt is open.
constexpr std::chrono::milliseconds kPromptTimeout{120000};

} // namespace

CredentialStore::CredentialStore(QObject* parent)
    : QObject(parent)
{}

QString CredentialStore::keyFor(const QUrl& registry, const QString& account)
{
    const QUrl origin =
        registry.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    return origin.toString(QUrl::FullyEncoded) + QLatin1Char(' ') + account;
}

QString CredentialStore::nothingStoredKey(const QUrl& registry, const QString& account) const
{
    const QByteArray hash = QCryptographicHash::hash(
        (m_service + QLatin1Char('\n') + keyFor(registry, account)).toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("keychain/nothingStored/") + QString::fromLatin1(hash.toHex().left(32));
}

namespace {
void rememberNothingStored(const QString& settingsKey, bool nothing)
{
    QSettings settings;
    if (settings.value(settingsKey).toBool() == nothing)
        return; // unchanged: the settings file is not rewritten
    if (nothing)
        settings.setValue(settingsKey, true);
    else
        settings.remove(settingsKey);
}
} // namespace

bool CredentialStore::knownToHoldNothing(const QUrl& registry, const QString& account) const
{
    return QSettings().value(nothingStoredKey(registry, account)).toBool();
}

CredentialJob* CredentialStore::read(const QUrl& registry, const QString& account)
{
    auto* keychainJob = new QKeychain::ReadPasswordJob(m_service);
    keychainJob->setKey(keyFor(registry, account));
    // Which entry, never what it holds.
    qCDebug(lcAuth) << "keychain read" << registry.host() << account;
    auto* job = new CredentialJob(this);
    const QString nothingKey = nothingStoredKey(registry, account);
    connect(keychainJob, &QKeychain::Job::finished, job, [job, keychainJob, nothingKey] {
        const KeychainError error = classify(keychainJob->error());
        if (error == KeychainError::None || error == KeychainError::NotFound)
            rememberNothingStored(nothingKey, error == KeychainError::NotFound);
        if (error == KeychainError::None)
            job->succeed(keychainJob->binaryData());
        else
            job->fail(error, error == KeychainError::NotFound ? QString() : keychainJob->errorString());
    });
    return start(keychainJob, job);
}

CredentialJob* CredentialStore::write(const QUrl& registry, const QString& account, const QByteArray& secret)
{
    auto* keychainJob = new QKeychain::WritePasswordJob(m_service);
    keychainJob->setKey(keyFor(registry, account));
    qCDebug(lcAuth) << "keychain write" << registry.host() << account;
    keychainJob->setBinaryData(secret);
    auto* job = new CredentialJob(this);
    const QString nothingKey = nothingStoredKey(registry, account);
    // Forgotten before the write starts: should the write succeed but its answer be lost (a timeout),
    // the next start still reads the keychain.
    rememberNothingStored(nothingKey, false);
    connect(keychainJob, &QKeychain::Job::finished, job, [job, keychainJob] {
        const KeychainError error = classify(keychainJob->error());
        if (error == KeychainError::None)
            job->succeed();
        else
            job->fail(error, keychainJob->errorString());
    });
    return start(keychainJob, job);
}

CredentialJob* CredentialStore::remove(const QUrl& registry, const QString& account)
{
    auto* keychainJob = new QKeychain::DeletePasswordJob(m_service);
    keychainJob->setKey(keyFor(registry, account));
    qCDebug(lcAuth) << "keychain remove" << registry.host() << account;
    auto* job = new CredentialJob(this);
    const QString nothingKey = nothingStoredKey(registry, account);
    connect(keychainJob, &QKeychain::Job::finished, job, [job, keychainJob, nothingKey] {
        const KeychainError error = classify(keychainJob->error());
        // Removing what is not there leaves the keychain as asked: not a failure.
        if (error == KeychainError::None || error == KeychainError::NotFound) {
            rememberNothingStored(nothingKey, true);
            job->succeed();
        } else
            job->fail(error, keychainJob->errorString());
    });
    return start(keychainJob, job);
}

CredentialJob* CredentialStore::start(QKeychain::Job* keychainJob, CredentialJob* job)
{
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false); // never a plain-text file
    auto* timer = new QTimer(job);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, job, [job, keychainJob = QPointer<QKeychain::Job>(keychainJob)] {
        // The keychain job may still finish later; it deletes itself then and its answer goes nowhere.
        if (keychainJob)
            QObject::disconnect(keychainJob, nullptr, job, nullptr);
        job->fail(KeychainError::NoKeychain, tr("The keychain did not answer in time."));
    });
    // A keychain service that is there may be showing its unlock prompt, which a person needs time to answer;
    // the short limit is for a keychain that will never answer.
    timer->start(keychainServiceReachable() ? std::max(m_timeout, kPromptTimeout) : m_timeout);
    // Start from the event loop so callers can connect to the job first.
    QTimer::singleShot(0, keychainJob, [keychainJob] { keychainJob->start(); });
    return job;
}
