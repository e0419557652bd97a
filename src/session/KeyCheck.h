#pragma once

#include "auth/Credential.h"
#include "core/Error.h"
#include "registry/Dialect.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class RegistryBackend;
class RegistryCredentials;
class RegistryJob;

// Checks a key a person typed before anything keeps or uses it: a backend of its own, carrying that key and
// nothing else, asks the registry its account part's cheap question (currentUser). The registry's own
// backend and its credentials are left alone, so a refused key never reaches them, nor the keychain. Works
// for every registry kind with an account part; the kind is detected first when it is not known.
class KeyCheck : public QObject
{
    Q_OBJECT
public:
    // Where the check failed: the key itself (show it by the key), or the registry (show it by the address).
    enum class Problem { Key, Registry };
    Q_ENUM(Problem)

    // `network` null: the check makes its own.
    KeyCheck(const QUrl& endpoint, std::optional<Dialect> dialect, QNetworkAccessManager* network = nullptr,
             QObject* parent = nullptr);
    ~KeyCheck() override;

    // Reads `pasted` as a key of the registry's kind and asks the registry about it. Ends with accepted() or
    // refused(), from the event loop. A new start() drops the check in flight.
    void start(const QString& pasted);
    void cancel();
    bool isRunning() const { return m_running; }
    // The kind found (or given): valid after dialectFound(), and kept for the next start().
    std::optional<Dialect> dialect() const { return m_dialect; }

signals:
    void dialectFound(const Dialect& dialect);
    // The registry accepted `key`: the receiver keeps or uses it, and wipes its copy.
    void accepted(const Credential& key);
    void refused(const QString& text, KeyCheck::Problem problem);

private:
    void check();
    void refuse(const QString& text, Problem problem);
    void finish();

    QUrl m_endpoint;
    std::optional<Dialect> m_dialect;
    QNetworkAccessManager* m_network;
    std::shared_ptr<RegistryCredentials> m_credentials;
    std::unique_ptr<RegistryBackend> m_backend;
    QPointer<RegistryJob> m_job;
    QString m_pasted;
    bool m_running = false;
};
