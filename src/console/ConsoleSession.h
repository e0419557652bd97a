#pragma once

#include "CompletionContext.h"
#include "ConsoleAnswer.h"
#include "ConsoleHistory.h"
#include "GraphQlProblem.h"
#include "GraphQlSchema.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class GraphQlClient;
class GraphQlJob;
class HeaderProvider;
class QNetworkAccessManager;
struct RequestOptions;

// The GraphQL console of one registry, without a window: its schema (introspection), what may be typed at a
// cursor, the problems of a document, running a document with the registry's credential (the account's
// HeaderProvider, through GraphQlClient like every other request: same deadline, size cap, redirect and
// plain-HTTP rules), its history, and "Copy as curl" with a placeholder for the secret. The credential is
// never read here beyond its header's name: nothing this class gives out or writes holds it.
class ConsoleSession : public QObject
{
    Q_OBJECT
public:
    enum class SchemaState { NotLoaded, Loading, Loaded, Failed };
    Q_ENUM(SchemaState)

    // `historyFolder` empty: the application's data folder (ConsoleHistory).
    ConsoleSession(QNetworkAccessManager* network, const QUrl& endpoint,
                   std::shared_ptr<const HeaderProvider> headers, const QString& historyFolder = {},
                   QObject* parent = nullptr);
    ~ConsoleSession() override;

    QUrl endpoint() const { return m_endpoint; }
    // The limits of the console's requests: by default those of every request (deadline, size cap).
    void setRequestOptions(const RequestOptions& options);

    // Asks the registry for its schema (again).
    void loadSchema();
    SchemaState schemaState() const { return m_schemaState; }
    const GraphQlSchema& schema() const { return m_schema; }
    const Error& schemaError() const { return m_schemaError; }

    // The syntax error, else (with a schema) the validation problems of `document`.
    GraphQlProblems problems(const QString& document) const;
    CompletionContext completionAt(const QString& document, qsizetype cursor) const;

    // Sends `document` (the operation at `cursor` when it holds several) with the variables' JSON text.
    // False, with nothing sent, when the variables are not a JSON object (*problem says where) or the
    // document is blank. A run still going is cancelled first.
    bool run(const QString& document, const QString& variablesText, qsizetype cursor = 0,
             GraphQlProblem* problem = nullptr);
    void cancel();
    bool isRunning() const;

    // The credential header's name that requests carry now ("X-API-Key"), empty when they go anonymous.
    QByteArray credentialHeaderName() const;
    // The request as a curl command, the secret replaced by $DEPOT_API_KEY.
    QString curlCommand(const QString& document, const QString& variablesText, qsizetype cursor = 0) const;

    ConsoleHistory& history() { return m_history; }
    // Why the last run was not kept in the history, empty when it was.
    QString historyProblem() const { return m_historyProblem; }

signals:
    void schemaStateChanged(ConsoleSession::SchemaState state);
    void runStarted();
    void progress(qint64 bytesReceived);
    void finished(const ConsoleAnswer& answer);
    void historyChanged();

private:
    void remember(const QString& document, const QString& variablesText);
    void end(ConsoleAnswer answer);

    QUrl m_endpoint;
    std::shared_ptr<const HeaderProvider> m_headers;
    GraphQlClient* m_client;
    SchemaState m_schemaState = SchemaState::NotLoaded;
    GraphQlSchema m_schema;
    Error m_schemaError;
    QPointer<GraphQlJob> m_schemaJob;
    QPointer<GraphQlJob> m_job;
    ConsoleAnswer m_pending; // what the running job has said so far
    QElapsedTimer m_clock;
    ConsoleHistory m_history;
    QString m_historyProblem;
};
