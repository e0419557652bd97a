#pragma once

#include "GraphQlProblem.h"

#include <QString>

#include <optional>
#include <vector>

// An executable GraphQL document as the console reads it: operations and fragments with the places of their
// names, enough for the validator (DocumentValidator) and for choosing the operation to run. parse() stops at
// the first syntax error, as graphql-js does, and says where.
//
// Hand-written on purpose: no library packaged for Debian parses or validates GraphQL for C++/Qt
// (libgraphqlparser and cppgraphqlgen are not in Debian 12), and the console needs only this much.
class GraphQlDocument
{
public:
    struct Span
    {
        qsizetype start = 0;
        qsizetype length = 0;
    };

    struct Value;
    struct ObjectField
    {
        QString name;
        Span nameSpan;
        std::vector<Value> value; // exactly one (a vector: Value is not complete here)
    };
    struct Value
    {
        enum class Kind { Variable, Int, Float, String, Boolean, Null, Enum, List, Object };
        Kind kind = Kind::Null;
        Span span;
        QString text;                    // the literal as written (a variable's name without '$')
        std::vector<Value> items;        // List
        std::vector<ObjectField> fields; // Object
    };
    struct Argument
    {
        QString name;
        Span nameSpan;
        Value value;
    };
    struct Directive
    {
        QString name;
        Span nameSpan; // from the '@'
        std::vector<Argument> arguments;
    };
    struct Selection
    {
        enum class Kind { Field, FragmentSpread, InlineFragment };
        Kind kind = Kind::Field;
        QString alias;
        QString name; // the field's or the spread fragment's
        Span nameSpan;
        QString typeCondition; // InlineFragment; empty: the enclosing type
        Span typeConditionSpan;
        std::vector<Argument> arguments;
        std::vector<Directive> directives;
        bool hasSelectionSet = false;
        std::vector<Selection> selectionSet;
    };
    struct VariableDefinition
    {
        QString name;
        Span nameSpan;
        QString typeText;  // "[String!]!"
        QString namedType; // "String"
        Span typeSpan;
    };
    struct Operation
    {
        enum class Kind { Query, Mutation, Subscription };
        Kind kind = Kind::Query;
        QString name;     // empty for an anonymous operation
        Span keywordSpan; // "query"/"mutation"/"subscription", or the '{' of the shorthand form
        Span span;        // the whole definition
        std::vector<VariableDefinition> variables;
        std::vector<Directive> directives;
        std::vector<Selection> selectionSet;
    };
    struct Fragment
    {
        QString name;
        Span nameSpan;
        QString typeCondition;
        Span typeConditionSpan;
        Span span;
        std::vector<Directive> directives;
        std::vector<Selection> selectionSet;
    };

    static GraphQlDocument parse(const QString& text);

    const std::vector<Operation>& operations() const { return m_operations; }
    const std::vector<Fragment>& fragments() const { return m_fragments; }
    const Fragment* fragment(const QString& name) const;
    // The first syntax error; the definitions before it are kept.
    const std::optional<GraphQlProblem>& syntaxError() const { return m_syntaxError; }
    bool isValidSyntax() const { return !m_syntaxError; }

    // The operation whose text holds `offset`, else the first one; null when there is none.
    const Operation* operationAt(qsizetype offset) const;

private:
    std::vector<Operation> m_operations;
    std::vector<Fragment> m_fragments;
    std::optional<GraphQlProblem> m_syntaxError;
};
