#include "DialectDetector.h"

#include "DialectTable.h"
#include "JobSupport.h"
#include "core/Logging.h"
#include "graphql/GraphQlClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace {

// Translation context for the detector's messages (a namespace cannot hold Q_OBJECT).
QString trDetect(const char* text)
{
    return QCoreApplication::translate("DialectDetector", text);
}

// The answer's root query field names, or nullopt when the answer has no __schema.queryType.fields.
std::optional<QSet<QString>> rootFields(const QJsonObject& data)
{
    const QJsonValue fields = data.value(QStringLiteral("__schema"))
                                  .toObject()
                                  .value(QStringLiteral("queryType"))
                                  .toObject()
                                  .value(QStringLiteral("fields"));
    if (!fields.isArray())
        return std::nullopt;
    QSet<QString> names;
    for (const QJsonValue& field : fields.toArray()) {
        const QString name = field.toObject().value(QStringLiteral("name")).toString();
        if (!name.isEmpty())
            names.insert(name);
    }
    return names;
}

QString fieldSample(const QSet<QString>& fields)
{
    QStringList names(fields.cbegin(), fields.cend());
    names.sort();
    constexpr qsizetype kShown = 6;
    QString sample = names.mid(0, kShown).join(QStringLiteral(", "));
    if (names.size() > kShown)
        sample += QStringLiteral(", …");
    return sample;
}

// "DataPM, Wasmer or Metabind": the registered kinds, for sentences.
QString kindNames()
{
    QStringList names;
    for (const DialectRegistration& registration : DialectTable::all())
        names.append(registration.displayName);
    if (names.size() < 2)
        return names.join(QString());
    const QString last = names.takeLast();
    //: A list of registry kinds: "DataPM, Wasmer or Metabind"
    return trDetect("%1 or %2").arg(names.join(QStringLiteral(", ")), last);
}

// The transport's error, kept as it is (kind, status, code) with a message that says what it means here.
Error notGraphQl(Error error, const QUrl& endpoint)
{
    // A JSON error page of a non-GraphQL route (404 {"errors":[{code: NOT_FOUND}]}) is an HTTP error here,
    // not a GraphQL one: as GraphQl its code would read as "no such package".
    if (error.kind == Error::Kind::GraphQl && error.httpStatus != 0)
        error.kind = Error::Kind::Http;
    const QString detail = error.message;
    error.reason = Error::Reason::NotARegistry;
    error.message = trDetect("%1 does not look like a GraphQL endpoint: %2")
                        .arg(endpoint.toDisplayString(QUrl::RemoveUserInfo), detail);
    error.explanation = error.message;
    return error;
}

Error introspectionRefused(Error error, const QUrl& endpoint)
{
    const QString detail = error.message;
    error.reason = Error::Reason::NotARegistry;
    error.message =
        trDetect("%1 refused to describe itself (GraphQL introspection), so Depot cannot tell which "
                 "kind of registry it is. Choose the registry kind (%2) yourself. The server said: %3")
            .arg(endpoint.toDisplayString(QUrl::RemoveUserInfo), kindNames(), detail);
    error.explanation = error.message;
    return error;
}

// Whether a GraphQL error answer to the introspection query means "I am GraphQL but will not describe
// myself": Apollo refuses with 400 GRAPHQL_VALIDATION_FAILED ("introspection is not allowed"), servers that
// want a key answer 200/401/403 with an auth error. A 404/405/5xx with an errors body is some other server's
// error page in JSON, not a GraphQL endpoint.
bool refusesIntrospection(const Error& error)
{
    if (error.message.contains(QLatin1String("introspection"), Qt::CaseInsensitive))
        return true;
    switch (error.httpStatus) {
    case 0:
    case 200:
    case 400:
    case 401:
    case 403:
        return true;
    default:
        return false;
    }
}

// What a failed introspection request means for the user.
Error explainFailure(const Error& error, const QUrl& endpoint)
{
    switch (error.kind) {
    case Error::Kind::GraphQl:
        return refusesIntrospection(error) ? introspectionRefused(error, endpoint)
                                           : notGraphQl(error, endpoint);
    case Error::Kind::Http:
        if (error.httpStatus == 401 || error.httpStatus == 403)
            return introspectionRefused(error, endpoint);
        return notGraphQl(error, endpoint);
    case Error::Kind::Decode:
        return notGraphQl(error, endpoint);
    default:
        // Network, TLS, timeouts, cancel, limits: the transport's own words are the right ones.
        return error;
    }
}

} // namespace

namespace DialectDetector {

DialectJob* detect(QNetworkAccessManager* network, const QUrl& endpoint, QObject* parent)
{
    auto* job = new DialectJob(parent);
    if (!endpoint.isValid() || endpoint.isRelative()) {
        Error error = JobSupport::invalidInput(
            trDetect("“%1” is not a valid registry address.").arg(endpoint.toString()));
        return JobSupport::failQueued(job, error);
    }

    // No credentials: detection must work before the user has signed in, and a secret must not go to a URL
    // whose kind is not known yet.
    auto* client = new GraphQlClient(network, endpoint, QStringLiteral("introspection"), {}, job);
    GraphQlJob* request = client->runFrom(QStringLiteral("introspection"), QStringLiteral("DetectDialect"),
                                          {}, client->defaultOptions());

    QObject::connect(job, &RegistryJob::cancelRequested, request, &GraphQlJob::cancel);
    QObject::connect(request, &GraphQlJob::failed, job,
                     [job, endpoint](const Error& error) { job->fail(explainFailure(error, endpoint)); });
    QObject::connect(
        request, &GraphQlJob::finished, job,
        [job, endpoint](const QJsonObject& data, const QList<Error>& partial) {
            const std::optional<QSet<QString>> fields = rootFields(data);
            if (!fields) {
                if (!partial.isEmpty())
                    return job->fail(introspectionRefused(partial.first(), endpoint));
                Error error = JobSupport::makeError(
                    Error::Kind::Decode, QStringLiteral("the answer has no __schema.queryType.fields"));
                return job->fail(notGraphQl(error, endpoint));
            }
            if (const std::optional<Dialect> dialect = DialectTable::recognise(*fields)) {
                qCDebug(lcRegistry) << "detected" << dialect->id() << "at" << endpoint.host();
                return job->finish(*dialect);
            }
            Error error = Error::local(
                Error::Kind::Unsupported, Error::Reason::NotARegistry,
                trDetect("This GraphQL server is not a %1 registry (its queries are: %2). "
                         "If it is one, choose the registry kind yourself.")
                    .arg(kindNames(), fields->isEmpty() ? trDetect("none") : fieldSample(*fields)));
            job->fail(error);
        });
    return job;
}

} // namespace DialectDetector
