#pragma once

#include "GraphQlDocument.h"
#include "GraphQlProblem.h"
#include "GraphQlSchema.h"

#include <QCoreApplication>

// Checks a parsed document against a registry's schema, before it is sent, for what a person typing a query
// gets wrong most: fields and arguments the type does not have (misspelt or of another type), unknown types,
// fragments and directives, required arguments left out, selections on scalars and objects without one, an
// operation kind the registry does not offer. Not the whole of the spec's validation (variable usage,
// fragment cycles, overlapping fields are the server's to say): the server's own answer still has the last
// word. Hand-written, like the parser (GraphQlDocument): no packaged library does this for C++/Qt.
class DocumentValidator
{
    Q_DECLARE_TR_FUNCTIONS(DocumentValidator)

public:
    explicit DocumentValidator(const GraphQlSchema& schema);

    // The syntax error when there is one (nothing else can be said then), else the problems found, in
    // document order.
    GraphQlProblems check(const GraphQlDocument& document) const;
    // parse() and check() in one.
    GraphQlProblems check(const QString& text) const;

private:
    void checkSelections(const std::vector<GraphQlDocument::Selection>& selections, const QString& typeName,
                         const GraphQlDocument& document, GraphQlProblems& problems) const;
    void checkField(const GraphQlDocument::Selection& selection, const QString& typeName,
                    const GraphQlDocument& document, GraphQlProblems& problems) const;
    void checkArguments(const std::vector<GraphQlDocument::Argument>& given,
                        const QList<GraphQlSchema::InputValue>& declared, const QString& owner,
                        const GraphQlDocument::Span& ownerSpan, GraphQlProblems& problems) const;
    void checkValue(const GraphQlDocument::Value& value, const GraphQlSchema::TypeRef& type,
                    GraphQlProblems& problems) const;
    void checkDirectives(const std::vector<GraphQlDocument::Directive>& directives,
                         GraphQlProblems& problems) const;
    bool checkTypeName(const QString& name, const GraphQlDocument::Span& span,
                       GraphQlProblems& problems) const;

    const GraphQlSchema& m_schema;
};
