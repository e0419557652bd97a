#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// The real local registry (local-registry/server.mjs), started on a free loopback port for one test.
// Everything here is synchronous (a local event loop with a timeout), for use in test set-up.
class LocalRegistry
{
public:
    struct Options
    {
        QString seed = QStringLiteral("demo"); // "demo", "bulk:5000", or empty for none
        bool faults = false;                   // --faults: control routes and the request log
        QString dataDir;                       // empty: a temporary folder removed with this object
        // 0: a free port. A fixed one lets a second test process restart the registry on the same data folder
        // at the same origin (credentials are stored per origin: tests/keys-*).
        int port = 0;
    };

    LocalRegistry();
    explicit LocalRegistry(Options options);
    ~LocalRegistry();
    LocalRegistry(const LocalRegistry&) = delete;
    LocalRegistry& operator=(const LocalRegistry&) = delete;

    // Starts the server and waits (up to 60 s) for its "listening on" line. False + *error on failure.
    bool start(QString* error = nullptr);
    void stop(); // SIGTERM, then waits
    void kill(); // SIGKILL (a crash)
    bool isRunning() const;

    QUrl baseUrl() const;                        // http://127.0.0.1:PORT
    QUrl endpoint(const QString& dialect) const; // baseUrl + /<dialect>/graphql
    QString dataDir() const;

    // --faults only. See local-registry/README.md for the fault kinds.
    bool armFault(const QJsonObject& fault);
    bool clearFaults();
    QJsonArray requestLog();
    bool clearRequestLog();
    // Open subscription sockets (GraphQL over WebSocket); -1 when the registry does not say.
    int openSubscriptions();
    // Cuts every subscription socket without a close frame, as a network failure does; how many, -1 on
    // failure.
    int dropSubscriptions();

    // local-registry/server.mjs in the source tree.
    static QString serverScript();

private:
    QJsonDocument control(const QByteArray& method, const QString& path, const QJsonObject& body = {});

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_dataDir;
    QProcess m_process;
    QUrl m_baseUrl;
};
