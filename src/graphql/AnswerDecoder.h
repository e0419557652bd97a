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
        QJsonObject answer;         // the whole answer without tracing and stack traces (GraphQlJob::answerRead)
    };

    static Result decode(int httpStatus, const QByteArray& body);

    // One entry of errors[] as an Error (kind GraphQl): message, extensions.code, leading token, and
    // extensions without tracing, stack traces and exception details.
    static Error fromGraphQlError(const QJsonValue& entry, int httpStatus);
};
