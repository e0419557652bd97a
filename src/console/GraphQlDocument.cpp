#include "GraphQlDocument.h"

#include "GraphQlLexer.h"

#include <QCoreApplication>

namespace {

using Token = GraphQlLexer::Token;
using Doc = GraphQlDocument;

// Recursive descent over GraphQL's executable grammar (spec, "Document"). After the first error every
// function returns at once (m_failed): the error and what was read before it are the result.
class Parser
{
public:
    explicit Parser(const QString& text)
        : m_text(text)
        , m_lexer(text)
    {
        advance();
    }

    void parseDocument(std::vector<Doc::Operation>& operations, std::vector<Doc::Fragment>& fragments)
    {
        if (m_token.is(Token::Kind::End)) {
            fail(QCoreApplication::translate("GraphQlDocument", "Syntax Error: Unexpected <EOF>."));
            return;
        }
        while (!m_failed && !m_token.is(Token::Kind::End)) {
            if (isPunctuator("{")) {
                Doc::Operation operation;
                operation.keywordSpan = spanOf(m_token);
                operation.span.start = m_token.start;
                operation.selectionSet = parseSelectionSet();
                operation.span.length = m_previousEnd - operation.span.start;
                if (!m_failed)
                    operations.push_back(std::move(operation));
            } else if (isName("query") || isName("mutation") || isName("subscription")) {
                Doc::Operation operation = parseOperation();
                if (!m_failed)
                    operations.push_back(std::move(operation));
            } else if (isName("fragment")) {
                Doc::Fragment fragment = parseFragment();
                if (!m_failed)
                    fragments.push_back(std::move(fragment));
            } else {
                unexpected();
            }
        }
    }

    std::optional<GraphQlProblem> error() const { return m_error; }

private:
    Doc::Operation parseOperation()
    {
        Doc::Operation operation;
        operation.span.start = m_token.start;
        operation.keywordSpan = spanOf(m_token);
        const QStringView keyword = current();
        operation.kind = keyword == QLatin1String("mutation")       ? Doc::Operation::Kind::Mutation
                         : keyword == QLatin1String("subscription") ? Doc::Operation::Kind::Subscription
                                                                    : Doc::Operation::Kind::Query;
        advance();
        if (m_token.is(Token::Kind::Name)) {
            operation.name = current().toString();
            advance();
        }
        if (isPunctuator("("))
            operation.variables = parseVariableDefinitions();
        operation.directives = parseDirectives();
        operation.selectionSet = parseSelectionSet();
        operation.span.length = m_previousEnd - operation.span.start;
        return operation;
    }

    Doc::Fragment parseFragment()
    {
        Doc::Fragment fragment;
        fragment.span.start = m_token.start;
        advance(); // "fragment"
        if (isName("on")) {
            unexpected();
            return fragment;
        }
        fragment.nameSpan = spanOf(m_token);
        fragment.name = expectName();
        if (!isName("on")) {
            fail(expected(QStringLiteral("\"on\"")));
            return fragment;
        }
        advance();
        fragment.typeConditionSpan = spanOf(m_token);
        fragment.typeCondition = expectName();
        fragment.directives = parseDirectives();
        fragment.selectionSet = parseSelectionSet();
        fragment.span.length = m_previousEnd - fragment.span.start;
        return fragment;
    }

    std::vector<Doc::VariableDefinition> parseVariableDefinitions()
    {
        std::vector<Doc::VariableDefinition> definitions;
        advance(); // (
        do {
            Doc::VariableDefinition definition;
            definition.nameSpan = spanOf(m_token);
            expectPunctuator("$");
            definition.name = expectName();
            definition.nameSpan.length = m_previousEnd - definition.nameSpan.start;
            expectPunctuator(":");
            definition.typeSpan.start = m_token.start;
            definition.typeText = parseType(&definition.namedType);
            definition.typeSpan.length = m_previousEnd - definition.typeSpan.start;
            if (isPunctuator("=")) {
                advance();
                parseValue();
            }
            parseDirectives();
            if (m_failed)
                return definitions;
            definitions.push_back(std::move(definition));
        } while (!isPunctuator(")"));
        advance();
        return definitions;
    }

    QString parseType(QString* named)
    {
        QString text;
        if (isPunctuator("[")) {
            advance();
            text = QLatin1Char('[') + parseType(named);
            expectPunctuator("]");
            text += QLatin1Char(']');
        } else {
            *named = expectName();
            text = *named;
        }
        if (isPunctuator("!")) {
            advance();
            text += QLatin1Char('!');
        }
        return text;
    }

    std::vector<Doc::Directive> parseDirectives()
    {
        std::vector<Doc::Directive> directives;
        while (!m_failed && isPunctuator("@")) {
            Doc::Directive directive;
            directive.nameSpan.start = m_token.start;
            advance();
            directive.name = expectName();
            directive.nameSpan.length = m_previousEnd - directive.nameSpan.start;
            if (isPunctuator("("))
                directive.arguments = parseArguments();
            directives.push_back(std::move(directive));
        }
        return directives;
    }

    std::vector<Doc::Selection> parseSelectionSet()
    {
        std::vector<Doc::Selection> selections;
        if (!expectPunctuator("{"))
            return selections;
        do {
            Doc::Selection selection = parseSelection();
            if (m_failed)
                return selections;
            selections.push_back(std::move(selection));
        } while (!isPunctuator("}"));
        advance();
        return selections;
    }

    Doc::Selection parseSelection()
    {
        Doc::Selection selection;
        if (isPunctuator("...")) {
            advance();
            if (m_token.is(Token::Kind::Name) && !isName("on")) {
                selection.kind = Doc::Selection::Kind::FragmentSpread;
                selection.nameSpan = spanOf(m_token);
                selection.name = expectName();
                selection.directives = parseDirectives();
                return selection;
            }
            selection.kind = Doc::Selection::Kind::InlineFragment;
            if (isName("on")) {
                advance();
                selection.typeConditionSpan = spanOf(m_token);
                selection.typeCondition = expectName();
            }
            selection.directives = parseDirectives();
            selection.hasSelectionSet = true;
            selection.selectionSet = parseSelectionSet();
            return selection;
        }
        selection.nameSpan = spanOf(m_token);
        selection.name = expectName();
        if (isPunctuator(":")) {
            advance();
            selection.alias = selection.name;
            selection.nameSpan = spanOf(m_token);
            selection.name = expectName();
        }
        if (isPunctuator("("))
            selection.arguments = parseArguments();
        selection.directives = parseDirectives();
        if (isPunctuator("{")) {
            selection.hasSelectionSet = true;
            selection.selectionSet = parseSelectionSet();
        }
        return selection;
    }

    std::vector<Doc::Argument> parseArguments()
    {
        std::vector<Doc::Argument> arguments;
        advance(); // (
        do {
            Doc::Argument argument;
            argument.nameSpan = spanOf(m_token);
            argument.name = expectName();
            expectPunctuator(":");
            argument.value = parseValue();
            if (m_failed)
                return arguments;
            arguments.push_back(std::move(argument));
        } while (!isPunctuator(")"));
        advance();
        return arguments;
    }

    Doc::Value parseValue()
    {
        Doc::Value value;
        value.span = spanOf(m_token);
        if (m_failed)
            return value;
        switch (m_token.kind) {
        case Token::Kind::Int:
        case Token::Kind::Float:
            value.kind = m_token.is(Token::Kind::Int) ? Doc::Value::Kind::Int : Doc::Value::Kind::Float;
            value.text = current().toString();
            advance();
            return value;
        case Token::Kind::String:
        case Token::Kind::BlockString:
            if (m_token.unterminated) {
                unexpected();
                return value;
            }
            value.kind = Doc::Value::Kind::String;
            value.text = current().toString();
            advance();
            return value;
        case Token::Kind::Name:
            value.text = current().toString();
            value.kind = value.text == QLatin1String("true") || value.text == QLatin1String("false")
                             ? Doc::Value::Kind::Boolean
                         : value.text == QLatin1String("null") ? Doc::Value::Kind::Null
                                                               : Doc::Value::Kind::Enum;
            advance();
            return value;
        default:
            break;
        }
        if (isPunctuator("$")) {
            advance();
            value.kind = Doc::Value::Kind::Variable;
            value.text = expectName();
        } else if (isPunctuator("[")) {
            value.kind = Doc::Value::Kind::List;
            advance();
            while (!m_failed && !isPunctuator("]"))
                value.items.push_back(parseValue());
            expectPunctuator("]");
        } else if (isPunctuator("{")) {
            value.kind = Doc::Value::Kind::Object;
            advance();
            while (!m_failed && !isPunctuator("}")) {
                Doc::ObjectField field;
                field.nameSpan = spanOf(m_token);
                field.name = expectName();
                expectPunctuator(":");
                field.value.push_back(parseValue());
                value.fields.push_back(std::move(field));
            }
            expectPunctuator("}");
        } else {
            unexpected();
        }
        value.span.length = m_previousEnd - value.span.start;
        return value;
    }

    // --- tokens
    void advance()
    {
        m_previousEnd = m_token.end();
        m_token = m_lexer.next();
    }
    QStringView current() const { return m_lexer.textOf(m_token); }
    bool isPunctuator(const char* which) const { return m_token.isPunctuator(m_text, QLatin1String(which)); }
    bool isName(const char* which) const
    {
        return m_token.is(Token::Kind::Name) && current() == QLatin1String(which);
    }
    static Doc::Span spanOf(const Token& token) { return {token.start, token.length}; }

    QString expectName()
    {
        if (m_failed)
            return {};
        if (!m_token.is(Token::Kind::Name)) {
            fail(expected(QStringLiteral("Name")));
            return {};
        }
        QString name = current().toString();
        advance();
        return name;
    }

    bool expectPunctuator(const char* which)
    {
        if (m_failed)
            return false;
        if (!isPunctuator(which)) {
            fail(expected(QStringLiteral("\"%1\"").arg(QLatin1String(which))));
            return false;
        }
        advance();
        return true;
    }

    // How graphql-js names what it found: <EOF>, a punctuator or a value in quotes, Name "x".
    QString describeCurrent() const
    {
        switch (m_token.kind) {
        case Token::Kind::End:
            return QStringLiteral("<EOF>");
        case Token::Kind::Name:
            return QStringLiteral("Name \"%1\"").arg(current());
        case Token::Kind::Int:
            return QStringLiteral("Int \"%1\"").arg(current());
        case Token::Kind::Float:
            return QStringLiteral("Float \"%1\"").arg(current());
        case Token::Kind::String:
        case Token::Kind::BlockString:
            return QStringLiteral("String");
        default:
            return QStringLiteral("\"%1\"").arg(current());
        }
    }

    QString expected(const QString& what) const
    {
        return QCoreApplication::translate("GraphQlDocument", "Syntax Error: Expected %1, found %2.")
            .arg(what, describeCurrent());
    }

    void unexpected()
    {
        fail(QCoreApplication::translate("GraphQlDocument", "Syntax Error: Unexpected %1.")
                 .arg(describeCurrent()));
    }

    void fail(QString message)
    {
        if (m_failed)
            return;
        m_failed = true;
        // A character GraphQL has no use for, or a string without its end, is what is wrong wherever the
        // parser meets it, whatever it expected there.
        if (m_token.is(Token::Kind::Invalid))
            message =
                QCoreApplication::translate("GraphQlDocument", "Syntax Error: Unexpected character: \"%1\".")
                    .arg(current());
        else if ((m_token.is(Token::Kind::String) || m_token.is(Token::Kind::BlockString)) &&
                 m_token.unterminated)
            message = QCoreApplication::translate("GraphQlDocument", "Syntax Error: Unterminated string.");
        m_error = GraphQlProblem{m_token.start, m_token.length, message};
    }

    const QString& m_text;
    GraphQlLexer m_lexer;
    Token m_token;
    qsizetype m_previousEnd = 0;
    bool m_failed = false;
    std::optional<GraphQlProblem> m_error;
};

} // namespace

GraphQlDocument GraphQlDocument::parse(const QString& text)
{
    GraphQlDocument document;
    Parser parser(text);
    parser.parseDocument(document.m_operations, document.m_fragments);
    document.m_syntaxError = parser.error();
    return document;
}

const GraphQlDocument::Fragment* GraphQlDocument::fragment(const QString& name) const
{
    for (const Fragment& fragment : m_fragments) {
        if (fragment.name == name)
            return &fragment;
    }
    return nullptr;
}

const GraphQlDocument::Operation* GraphQlDocument::operationAt(qsizetype offset) const
{
    for (const Operation& operation : m_operations) {
        if (offset >= operation.span.start && offset <= operation.span.start + operation.span.length)
            return &operation;
    }
    return m_operations.empty() ? nullptr : &m_operations.front();
}
