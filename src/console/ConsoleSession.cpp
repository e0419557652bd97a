#include "ConsoleSession.h"

#include "ConsoleVariables.h"
#include "CurlCommand.h"
#include "DocumentValidator.h"
#include "GraphQlDocument.h"
#include "core/Logging.h"
#include "graphql/GraphQlClient.h"
#include "graphql/GraphQlJob.h"
#include "graphql/HeaderProvider.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

// The operation to send of a document: the one at the cursor when there are several (the server needs its
// name then); its name is sent whenever it has one (logs and the registry's own traces go by it).
QString operationNameAt(const QString& document, qsizetype cursor,
                        GraphQlDocument::Operation::Kind* kind = nullptr)
{
    const GraphQlDocument parsed = GraphQlDocument::parse(document);
    const GraphQlDocument::Operation* operation = parsed.operationAt(cursor);
    if (kind)
        *kind = operation ? operation->kind : GraphQlDocument::Operation::Kind::Query;
    return operation ? operation->name : QString();
}

} // namespace

ConsoleSession::ConsoleSession(QNetworkAccessManager* network, const QUrl& endpoint,
                               std::shared_ptr<const HeaderProvider> headers, const QString& historyFolder,
                               QObject* parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_headers(headers)
    , m_client(
          new GraphQlClient(network, endpoint, QStringLiteral("introspection"), std::move(headers), this))
    , m_history(endpoint, historyFolder)
{
    qRegisterMetaType<ConsoleAnswer>();
}

ConsoleSession::~ConsoleSession()
{
    // Jobs are the client's children: they go with it, without a signal.
}

void ConsoleSession::setRequestOptions(const RequestOptions& options)
{
    m_client->setDefaultOptions(options);
}

void ConsoleSession::loadSchema()
{
    if (m_schemaJob)
        m_schemaJob->cancel();
    m_schemaState = SchemaState::Loading;
    m_schemaError = {};
    emit schemaStateChanged(m_schemaState);
    GraphQlJob* job = m_client->runFrom(QStringLiteral("introspection"), QStringLiteral("Introspection"), {},
                                        m_client->defaultOptions());
    m_schemaJob = job;
    connect(job, &GraphQlJob::finished, this, [this, job](const QJsonObject& data) {
        if (m_schemaJob != job)
            return;
        QString why;
        std::optional<GraphQlSchema> schema = GraphQlSchema::fromIntrospection(data, &why);
        if (!schema) {
            qCDebug(lcSession).noquote() << "The console's introspection answer is not a schema:" << why;
            m_schemaError = Error::local(Error::Kind::Decode, Error::Reason::BadAnswer, {});
            m_schemaState = SchemaState::Failed;
        } else {
            m_schema = std::move(*schema);
            m_schemaState = SchemaState::Loaded;
        }
        emit schemaStateChanged(m_schemaState);
    });
    connect(job, &GraphQlJob::failed, this, [this, job](const Error& error) {
        if (m_schemaJob != job || error.reason == Error::Reason::Cancelled)
            return;
        m_schemaError = error;
        m_schemaState = SchemaState::Failed;
        emit schemaStateChanged(m_schemaState);
    });
}

GraphQlProblems ConsoleSession::problems(const QString& document) const
{
    const GraphQlDocument parsed = GraphQlDocument::parse(document);
    if (m_schemaState != SchemaState::Loaded)
        return parsed.syntaxError() ? GraphQlProblems{*parsed.syntaxError()} : GraphQlProblems{};
    return DocumentValidator(m_schema).check(parsed);
}

CompletionContext ConsoleSession::completionAt(const QString& document, qsizetype cursor) const
{
    return CompletionContext::at(document, cursor, m_schema);
}

bool ConsoleSession::run(const QString& document, const QString& variablesText, qsizetype cursor,
                         GraphQlProblem* problem)
{
    const ConsoleVariables variables = ConsoleVariables::parse(variablesText);
    if (!variables.isValid()) {
        if (problem)
            *problem = *variables.problem;
        return false;
    }
    if (document.trimmed().isEmpty())
        return false;
    cancel();

    auto kind = GraphQlDocument::Operation::Kind::Query;
    const QString operationName = operationNameAt(document, cursor, &kind);
    RequestOptions options = m_client->defaultOptions();
    // A mutation is never repeated by itself (on 429): it may have happened.
    options.isRead = kind == GraphQlDocument::Operation::Kind::Query;
    GraphQlJob* job = m_client->runDocument(document, variables.values, operationName, options);
    m_job = job;
    m_pending = {};
    m_clock.start();
    connect(job, &GraphQlJob::progress, this, [this, job](qint64 received) {
        if (m_job != job)
            return;
        m_pending.bytesReceived = received;
        emit progress(received);
    });
    connect(job, &GraphQlJob::answerRead, this, [this, job](const QJsonObject& answer, int status) {
        if (m_job != job)
            return;
        m_pending.answer = answer;
        m_pending.httpStatus = status;
        m_pending.errorCount = int(answer.value(QLatin1String("errors")).toArray().size());
    });
    connect(job, &GraphQlJob::finished, this, [this, job] {
        if (m_job != job)
            return;
        ConsoleAnswer answer = m_pending;
        answer.hasData = true;
        end(answer);
    });
    connect(job, &GraphQlJob::failed, this, [this, job](const Error& error) {
        if (m_job != job)
            return;
        ConsoleAnswer answer = m_pending;
        answer.error = error;
        if (answer.httpStatus == 0)
            answer.httpStatus = error.httpStatus;
        end(answer);
    });
    remember(document, variablesText);
    emit runStarted();
    return true;
}

bool ConsoleSession::isRunning() const
{
    return !m_job.isNull();
}

void ConsoleSession::cancel()
{
    if (m_job)
        m_job->cancel(); // fails with Kind::Canceled: end() reports it
}

void ConsoleSession::end(ConsoleAnswer answer)
{
    m_job = nullptr;
    answer.elapsedMs = m_clock.elapsed();
    m_pending = {};
    emit finished(answer);
}

void ConsoleSession::remember(const QString& document, const QString& variablesText)
{
    // Whatever holds the registry's credential stays out of the history file (a key pasted into the variables
    // or the document); what is kept is only text the person typed, never a header.
    m_historyProblem.clear();
    if (m_headers &&
        (m_headers->occursIn(m_endpoint, document) || m_headers->occursIn(m_endpoint, variablesText))) {
        m_historyProblem = QCoreApplication::translate(
            "ConsoleSession", "Not kept in the history: it holds this registry's credential.");
        return;
    }
    QString why;
    if (!m_history.add({QDateTime::currentDateTimeUtc(), document, variablesText}, &why))
        m_historyProblem = why;
    emit historyChanged();
}

QByteArray ConsoleSession::credentialHeaderName() const
{
    if (!m_headers)
        return {};
    const HeaderProvider::Headers headers = m_headers->placeholdersFor(m_endpoint, CurlCommand::kPlaceholder);
    return headers.isEmpty() ? QByteArray() : headers.constFirst().first;
}

QString ConsoleSession::curlCommand(const QString& document, const QString& variablesText,
                                    qsizetype cursor) const
{
    return CurlCommand::make(m_endpoint, document, ConsoleVariables::parse(variablesText).values,
                             operationNameAt(document, cursor),
                             m_headers ? m_headers->placeholdersFor(m_endpoint, CurlCommand::kPlaceholder)
                                       : HeaderProvider::Headers());
}
