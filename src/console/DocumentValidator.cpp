#include "DocumentValidator.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

using Doc = GraphQlDocument;
using Schema = GraphQlSchema;

GraphQlProblem at(const Doc::Span& span, const QString& message)
{
    return {span.start, span.length, message};
}

} // namespace

DocumentValidator::DocumentValidator(const GraphQlSchema& schema)
    : m_schema(schema)
{}

GraphQlProblems DocumentValidator::check(const QString& text) const
{
    return check(GraphQlDocument::parse(text));
}

GraphQlProblems DocumentValidator::check(const GraphQlDocument& document) const
{
    if (document.syntaxError())
        return {*document.syntaxError()};
    GraphQlProblems problems;
    for (const Doc::Operation& operation : document.operations()) {
        QString root;
        switch (operation.kind) {
        case Doc::Operation::Kind::Query:
            root = m_schema.queryTypeName();
            break;
        case Doc::Operation::Kind::Mutation:
            root = m_schema.mutationTypeName();
            if (root.isEmpty())
                problems.append(
                    at(operation.keywordSpan, tr("This registry's schema does not support mutations.")));
            break;
        case Doc::Operation::Kind::Subscription:
            root = m_schema.subscriptionTypeName();
            if (root.isEmpty())
                problems.append(
                    at(operation.keywordSpan, tr("This registry's schema does not support subscriptions.")));
            break;
        }
        for (const Doc::VariableDefinition& variable : operation.variables) {
            const Schema::Type* type = m_schema.type(variable.namedType);
            if (!checkTypeName(variable.namedType, variable.typeSpan, problems))
                continue;
            if (!type->isLeaf() && type->kind != Schema::TypeKind::InputObject)
                problems.append(at(variable.typeSpan, tr("Variable \"$%1\" cannot be non-input type \"%2\".")
                                                          .arg(variable.name, variable.typeText)));
        }
        checkDirectives(operation.directives, problems);
        if (!root.isEmpty())
            checkSelections(operation.selectionSet, root, document, problems);
    }
    for (const Doc::Fragment& fragment : document.fragments()) {
        checkDirectives(fragment.directives, problems);
        if (!checkTypeName(fragment.typeCondition, fragment.typeConditionSpan, problems))
            continue;
        if (!m_schema.type(fragment.typeCondition)->isComposite()) {
            problems.append(at(fragment.typeConditionSpan,
                               tr("Fragment \"%1\" cannot condition on non composite type \"%2\".")
                                   .arg(fragment.name, fragment.typeCondition)));
            continue;
        }
        checkSelections(fragment.selectionSet, fragment.typeCondition, document, problems);
    }
    std::stable_sort(problems.begin(), problems.end(),
                     [](const GraphQlProblem& a, const GraphQlProblem& b) { return a.start < b.start; });
    return problems;
}

void DocumentValidator::checkSelections(const std::vector<Doc::Selection>& selections,
                                        const QString& typeName, const GraphQlDocument& document,
                                        GraphQlProblems& problems) const
{
    for (const Doc::Selection& selection : selections) {
        checkDirectives(selection.directives, problems);
        switch (selection.kind) {
        case Doc::Selection::Kind::Field:
            checkField(selection, typeName, document, problems);
            break;
        case Doc::Selection::Kind::FragmentSpread:
            if (!document.fragment(selection.name))
                problems.append(at(selection.nameSpan, tr("Unknown fragment \"%1\".").arg(selection.name)));
            break;
        case Doc::Selection::Kind::InlineFragment: {
            const QString condition = selection.typeCondition.isEmpty() ? typeName : selection.typeCondition;
            if (!selection.typeCondition.isEmpty() &&
                !checkTypeName(selection.typeCondition, selection.typeConditionSpan, problems))
                break;
            checkSelections(selection.selectionSet, condition, document, problems);
            break;
        }
        }
    }
}

void DocumentValidator::checkField(const Doc::Selection& selection, const QString& typeName,
                                   const GraphQlDocument& document, GraphQlProblems& problems) const
{
    const Schema::Field* field = m_schema.fieldOf(typeName, selection.name);
    if (!field) {
        problems.append(at(selection.nameSpan,
                           tr("Cannot query field \"%1\" on type \"%2\".").arg(selection.name, typeName)));
        return;
    }
    checkArguments(selection.arguments, field->arguments, typeName + QLatin1Char('.') + field->name,
                   selection.nameSpan, problems);
    const Schema::Type* type = m_schema.type(field->type.named);
    if (!type)
        return; // the schema names a type it does not describe: nothing to check against
    if (type->isLeaf() && selection.hasSelectionSet) {
        problems.append(at(selection.nameSpan,
                           tr("Field \"%1\" must not have a selection since type \"%2\" has no subfields.")
                               .arg(selection.name, field->type.text)));
    } else if (type->isComposite() && !selection.hasSelectionSet) {
        problems.append(
            at(selection.nameSpan, tr("Field \"%1\" of type \"%2\" must have a selection of subfields.")
                                       .arg(selection.name, field->type.text)));
    } else if (type->isComposite()) {
        checkSelections(selection.selectionSet, type->name, document, problems);
    }
}

void DocumentValidator::checkArguments(const std::vector<Doc::Argument>& given,
                                       const QList<Schema::InputValue>& declared, const QString& owner,
                                       const Doc::Span& ownerSpan, GraphQlProblems& problems) const
{
    for (const Doc::Argument& argument : given) {
        const auto it =
            std::find_if(declared.cbegin(), declared.cend(),
                         [&](const Schema::InputValue& value) { return value.name == argument.name; });
        if (it == declared.cend()) {
            problems.append(
                at(argument.nameSpan, tr("Unknown argument \"%1\" on \"%2\".").arg(argument.name, owner)));
            continue;
        }
        checkValue(argument.value, it->type, problems);
    }
    for (const Schema::InputValue& value : declared) {
        const bool present = std::any_of(given.cbegin(), given.cend(), [&](const Doc::Argument& argument) {
            return argument.name == value.name;
        });
        if (!present && value.isRequired())
            problems.append(at(ownerSpan, tr("\"%1\" argument \"%2\" of type \"%3\" is required, but it "
                                             "was not provided.")
                                              .arg(owner, value.name, value.type.text)));
    }
}

void DocumentValidator::checkValue(const Doc::Value& value, const Schema::TypeRef& type,
                                   GraphQlProblems& problems) const
{
    // Only the shape the console can tell for sure: the fields of input objects, in lists or not. Scalars and
    // enum values are the server's to judge (custom scalars take what they like).
    const Schema::Type* named = m_schema.type(type.named);
    if (!named || named->kind != Schema::TypeKind::InputObject)
        return;
    if (value.kind == Doc::Value::Kind::List) {
        for (const Doc::Value& item : value.items)
            checkValue(item, type, problems);
        return;
    }
    if (value.kind != Doc::Value::Kind::Object)
        return;
    std::vector<Doc::Argument> fields;
    for (const Doc::ObjectField& field : value.fields) {
        fields.push_back({field.name, field.nameSpan, field.value.front()});
    }
    for (const Doc::Argument& field : fields) {
        const Schema::InputValue* declared = named->inputField(field.name);
        if (!declared)
            problems.append(
                at(field.nameSpan,
                   tr("Field \"%1\" is not defined by type \"%2\".").arg(field.name, named->name)));
        else
            checkValue(field.value, declared->type, problems);
    }
    for (const Schema::InputValue& declared : named->inputFields) {
        const bool present = std::any_of(fields.cbegin(), fields.cend(), [&](const Doc::Argument& field) {
            return field.name == declared.name;
        });
        if (!present && declared.isRequired())
            problems.append(at(value.span, tr("Field \"%1.%2\" of required type \"%3\" was not provided.")
                                               .arg(named->name, declared.name, declared.type.text)));
    }
}

void DocumentValidator::checkDirectives(const std::vector<Doc::Directive>& directives,
                                        GraphQlProblems& problems) const
{
    // A schema that lists no directives (an old server) cannot say which are unknown.
    if (m_schema.directives().isEmpty())
        return;
    for (const Doc::Directive& directive : directives) {
        const Schema::Directive* declared = m_schema.directive(directive.name);
        if (!declared) {
            problems.append(at(directive.nameSpan, tr("Unknown directive \"@%1\".").arg(directive.name)));
            continue;
        }
        checkArguments(directive.arguments, declared->arguments, QLatin1Char('@') + directive.name,
                       directive.nameSpan, problems);
    }
}

bool DocumentValidator::checkTypeName(const QString& name, const Doc::Span& span,
                                      GraphQlProblems& problems) const
{
    if (m_schema.type(name))
        return true;
    problems.append(at(span, tr("Unknown type \"%1\".").arg(name)));
    return false;
}
