#pragma once

// Shared by tests/keys-create, keys-use and keys-delete: three processes, run in this order by CTest fixtures
// (keyflow), with the same HOME and D-Bus session (scripts/test). They share one local registry data folder
// under the test HOME, restarted by each process on the same port, so the key stored in the keychain by the
// first one (per origin) is found by the next ones.

#include "auth/CredentialStore.h"
#include "graphql/HeaderProvider.h"
#include "registry/RegistryBackend.h"
#include "secrets/SecretLedger.h"
#include "session/AccountSession.h"
#include "support/LocalRegistry.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

namespace KeyFlow {

constexpr int timeoutMs = 30000;

inline QString folder()
{
    return SecretLedger::testHome() + QStringLiteral("/keyflow");
}

inline QString registryData()
{
    return folder() + QStringLiteral("/registry");
}

inline QString portFile()
{
    return folder() + QStringLiteral("/port");
}

inline int savedPort()
{
    QFile file(portFile());
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toInt() : 0;
}

inline bool savePort(int port)
{
    QDir().mkpath(folder());
    QFile file(portFile());
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(QByteArray::number(port)) > 0;
}

// The registry on the shared data folder; `port` 0 picks one (the first process), else the saved one.
inline std::unique_ptr<LocalRegistry> startRegistry(int port, bool faults, QString* error)
{
    QDir().mkpath(registryData());
    LocalRegistry::Options options;
    options.seed = QStringLiteral("demo");
    options.faults = faults;
    options.dataDir = registryData();
    options.port = port;
    auto registry = std::make_unique<LocalRegistry>(options);
    if (!registry->start(error))
        return nullptr;
    return registry;
}

// The keychain service of the tests: never the application's own entries.
inline void configure(CredentialStore& store)
{
    store.setService(QStringLiteral("DepotTest"));
}

template <typename T> struct Outcome
{
    bool ok = false;
    bool ended = false;
    T value{};
    Error error;
};

template <typename T> Outcome<T> await(ResultJob<T>* job)
{
    auto outcome = std::make_shared<Outcome<T>>();
    QEventLoop loop;
    QObject::connect(job, &RegistryJob::finished, &loop, [job, outcome, &loop] {
        outcome->ok = outcome->ended = true;
        outcome->value = job->result();
        loop.quit();
    });
    QObject::connect(job, &RegistryJob::failed, &loop, [outcome, &loop](const Error& error) {
        outcome->ended = true;
        outcome->error = error;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return *outcome;
}

struct KeychainOutcome
{
    bool ok = false;
    KeychainError error = KeychainError::None;
    QByteArray secret;
};

inline KeychainOutcome await(CredentialJob* job)
{
    auto outcome = std::make_shared<KeychainOutcome>();
    QEventLoop loop;
    QObject::connect(job, &CredentialJob::finished, &loop, [job, outcome, &loop] {
        outcome->ok = true;
        outcome->secret = job->secret();
        loop.quit();
    });
    QObject::connect(job, &CredentialJob::failed, &loop,
                     [outcome, &loop](KeychainError error, const QString&) {
                         outcome->error = error;
                         loop.quit();
                     });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return *outcome;
}

// Reads the stored key once; true when it ended (with or without a key).
inline bool load(AccountSession& account)
{
    if (account.isLoaded())
        return true;
    QSignalSpy loaded(&account, &AccountSession::loaded);
    account.ensureLoaded();
    return account.isLoaded() || loaded.wait(timeoutMs);
}

// Signs in and records the session token in the ledger (it is a secret the suite created).
inline bool signIn(AccountSession& account, const QString& user, const QString& password)
{
    QSignalSpy signedIn(&account, &AccountSession::signedIn);
    QSignalSpy failed(&account, &AccountSession::signInFailed);
    account.signIn(user, password);
    if (!QTest::qWaitFor([&] { return signedIn.size() + failed.size() > 0; }, timeoutMs) ||
        signedIn.isEmpty())
        return false;
    for (const auto& header : account.headerProvider()->headersFor(account.endpoint()))
        SecretLedger::recordHeaderValue(header.second);
    return true;
}

} // namespace KeyFlow
