#pragma once

#include "GraphQlSchema.h"

#include <QList>
#include <QString>

// What may be typed at the cursor of a document, from the schema: the fields of the type whose selection set
// holds the cursor, the arguments of the field (or directive) whose parentheses hold it, the fields of the
// input object being written, the values of an enum argument. Read from the tokens before the cursor, so it
// works on the unfinished document a person is typing (no parse needed, no syntax error in the way).
struct CompletionContext
{
    enum class Kind { None, Field, Argument, InputField, EnumValue };

    struct Candidate
    {
        QString name;
        QString detail;      // "[APIKey!]", "identifier: PackageIdentifierInput!"
        QString description; // the schema's description
    };

    Kind kind = Kind::None;
    qsizetype prefixStart = 0; // where the word under the cursor starts (completion replaces from here)
    QString prefix;            // what of that word stands before the cursor
    QString owner;             // the type ("User"), or the field or directive ("Query.package", "@include")
    QList<Candidate> candidates;

    static CompletionContext at(const QString& text, qsizetype cursor, const GraphQlSchema& schema);
};
