#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

// Turns one complete HTTP answer (status + body) into the job's outcome. Private to graphql/.
// GraphQL errors are read whatever the status (a 400 can carry errors[]); a body that is not JSON is an
// HTTP error on non-2xx and a decoding error on 2xx.
class AnswerDecoder
{
public:
    struct Result
    {
        bool hasData = false; // finished(data, partialErrors) when true, failed(error) otherwise
        QJsonObject data;
        QList<Error> partialErrors; // errors[] that came with data
        Error error;                // the failure when hasData is false
        QJsonObject answer; // the whole answer without tracing and stack traces (GraphQlJob::answerRead)
    };

    // `contentType` as the answer's Content-Type header says: a web page (text/html) that is not a GraphQL
    // answer is told as such (Error::Reason::WebPage), e.g. a captive portal's sign-in page.
    static Result decode(int httpStatus, const QByteArray& body, const QByteArray& contentType = {});
    // The same for a JSON (REST) answer of the same registry: a 2xx JSON object (or an empty body) is the
    // data; an error status with {"error": {"code", "message", "details"}} is an Http error with that code,
    // message and details (as extensions) for the dialect to read.
    static Result decodeRest(int httpStatus, const QByteArray& body, const QByteArray& contentType = {});

    // About how many bytes decode() needs besides `body` for the parsed document: a JSON value costs 16 bytes
    // in a QJsonDocument, so "[0,0,0,…]" takes eight times its own size. Counts every separator, also those
    // in strings: an estimate from above.
    static qint64 decodedSizeEstimate(const QByteArray& body);

    // One entry of errors[] as an Error (kind GraphQl): message, extensions.code, leading token, and
    // extensions without tracing, stack traces and exception details.
    static Error fromGraphQlError(const QJsonValue& entry, int httpStatus);
};
