#pragma once

#include <QList>
#include <QString>

// A mistake in a document the console found before sending it: where (offsets into the document, in UTF-16
// code units, as QTextCursor counts them) and what, in graphql-js's words so that it reads like what the
// server would answer.
struct GraphQlProblem
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString message;

    bool operator==(const GraphQlProblem&) const = default;
};

using GraphQlProblems = QList<GraphQlProblem>;
