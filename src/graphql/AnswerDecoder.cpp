#include "AnswerDecoder.h"

#include "ErrorConventions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

namespace {

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

// Servers (Apollo, the real DataPM) attach tracing and stack traces to every answer: they are noise for
// users and may reveal server internals, so they never reach an Error.
QJsonObject cleanExtensions(QJsonObject extensions)
{
    for (const auto key : {QLatin1String("tracing"), QLatin1String("stacktrace"), QLatin1String("exception"),
                           QLatin1String("stackTrace")})
        extensions.remove(key);
    return extensions;
}

// The answer as a whole, for the console: the same noise removed, from the answer's own extensions and from
// each error's.
QJsonObject cleanAnswer(QJsonObject root)
{
    const QLatin1String extensions("extensions");
    const QLatin1String errorsKey("errors");
    if (root.value(extensions).isObject())
        root.insert(extensions, cleanExtensions(root.value(extensions).toObject()));
    if (root.value(errorsKey).isArray()) {
        QJsonArray errors = root.value(errorsKey).toArray();
        for (auto entry = errors.begin(); entry != errors.end(); ++entry) {
            QJsonObject error = entry->toObject();
            if (!error.value(extensions).isObject())
                continue;
            error.insert(extensions, cleanExtensions(error.value(extensions).toObject()));
            *entry = error;
        }
        root.insert(errorsKey, errors);
    }
    return root;
}

// A web page rather than an answer: said to be HTML, or starting like it (some portals send text/plain).
bool isWebPage(const QByteArray& body, const QByteArray& contentType)
{
    if (contentType.trimmed().toLower().startsWith("text/html") ||
        contentType.trimmed().toLower().startsWith("application/xhtml"))
        return true;
    const QByteArray start = body.left(512).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html");
}

Error make(Error::Kind kind, int status, const QString& message)
{
    Error e;
    e.kind = kind;
    e.httpStatus = status;
    e.message = message;
    return ErrorConventions::classified(e);
}

} // namespace

Error AnswerDecoder::fromGraphQlError(const QJsonValue& entry, int httpStatus)
{
    Error e;
    e.kind = Error::Kind::GraphQl;
    e.httpStatus = httpStatus;
    const QJsonObject object = entry.toObject();
    e.message = object.value(QLatin1String("message")).toString();
    if (e.message.isEmpty() && entry.isString())
        e.message = entry.toString();
    e.extensions = cleanExtensions(object.value(QLatin1String("extensions")).toObject());
    e.code = e.extensions.value(QLatin1String("code")).toString();
    e.token = Error::leadingToken(e.message);
    // Field names and list positions ("getPackage", "versions", "0"): the dialect reads them.
    for (const QJsonValue& step : object.value(QLatin1String("path")).toArray())
        e.path.append(step.isDouble() ? QString::number(step.toInteger()) : step.toString());
    return ErrorConventions::classified(e);
}

qint64 AnswerDecoder::decodedSizeEstimate(const QByteArray& body)
{
    constexpr qint64 bytesPerValue = 16;
    qint64 values = 1;
    for (const char c : body) {
        if (c == ',' || c == ':' || c == '[' || c == '{')
            ++values;
    }
    return body.size() + values * bytesPerValue;
}

AnswerDecoder::Result AnswerDecoder::decode(int httpStatus, const QByteArray& body,
                                            const QByteArray& contentType)
{
    Result result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        // An HTML error page or a proxy's answer: report the status, never the body.
        if (isSuccess(httpStatus) && isWebPage(body, contentType)) {
            result.error =
                make(Error::Kind::Decode, httpStatus,
                     QStringLiteral("HTTP %1 with a web page instead of a GraphQL answer").arg(httpStatus));
            result.error.reason = Error::Reason::WebPage;
        } else if (!isSuccess(httpStatus))
            result.error =
                make(Error::Kind::Http, httpStatus,
                     QStringLiteral("HTTP %1 with a body that is not a GraphQL answer").arg(httpStatus));
        else if (parseError.error != QJsonParseError::NoError)
            result.error = make(Error::Kind::Decode, httpStatus,
                                QStringLiteral("Invalid JSON at offset %1: %2")
                                    .arg(parseError.offset)
                                    .arg(parseError.errorString()));
        else
            result.error =
                make(Error::Kind::Decode, httpStatus, QStringLiteral("The answer is not a JSON object"));
        return result;
    }

    const QJsonObject root = document.object();
    const QJsonValue dataValue = root.value(QLatin1String("data"));
    const QJsonArray errors = root.value(QLatin1String("errors")).toArray();
    for (const QJsonValue& entry : errors)
        result.partialErrors.append(fromGraphQlError(entry, httpStatus));
    result.answer = cleanAnswer(root);

    if (dataValue.isObject() && (isSuccess(httpStatus) || !errors.isEmpty())) {
        result.hasData = true;
        result.data = dataValue.toObject();
        return result;
    }
    if (!result.partialErrors.isEmpty()) {
        result.error = result.partialErrors.constFirst();
        result.partialErrors.clear();
        return result;
    }
    if (!isSuccess(httpStatus)) {
        result.error = make(Error::Kind::Http, httpStatus,
                            QStringLiteral("HTTP %1 without GraphQL errors").arg(httpStatus));
        return result;
    }
    result.error =
        make(Error::Kind::Decode, httpStatus, QStringLiteral("The answer has neither data nor errors"));
    return result;
}

AnswerDecoder::Result AnswerDecoder::decodeRest(int httpStatus, const QByteArray& body,
                                                const QByteArray& contentType)
{
    Result result;
    if (isSuccess(httpStatus) && body.trimmed().isEmpty()) {
        result.hasData = true;
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (isWebPage(body, contentType)) {
            result.error = make(isSuccess(httpStatus) ? Error::Kind::Decode : Error::Kind::Http, httpStatus,
                                QStringLiteral("HTTP %1 with a web page instead of JSON").arg(httpStatus));
            if (isSuccess(httpStatus))
                result.error.reason = Error::Reason::WebPage;
        } else if (!isSuccess(httpStatus)) {
            result.error = make(Error::Kind::Http, httpStatus,
                                QStringLiteral("HTTP %1 with a body that is not JSON").arg(httpStatus));
        } else {
            result.error =
                make(Error::Kind::Decode, httpStatus,
                     QStringLiteral("The answer is not a JSON object: %1").arg(parseError.errorString()));
        }
        return result;
    }
    const QJsonObject root = document.object();
    result.answer = root;
    if (isSuccess(httpStatus)) {
        result.hasData = true;
        result.data = root;
        return result;
    }
    // {"error": {"code", "message", "details"}}, the shape of Metabind's REST errors and of many others.
    Error e;
    e.kind = Error::Kind::Http;
    e.httpStatus = httpStatus;
    const QJsonValue errorValue = root.value(QLatin1String("error"));
    const QJsonObject error = errorValue.toObject();
    e.code = error.value(QLatin1String("code")).toString();
    e.message = error.value(QLatin1String("message")).toString();
    if (e.message.isEmpty())
        e.message = errorValue.isString() ? errorValue.toString() : QStringLiteral("HTTP %1").arg(httpStatus);
    e.extensions = cleanExtensions(error.value(QLatin1String("details")).toObject());
    e.token = e.code;
    result.error = ErrorConventions::classified(e);
    return result;
}
