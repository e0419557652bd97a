#include "CompletionContext.h"

#include "GraphQlLexer.h"

namespace {

using Token = GraphQlLexer::Token;
using Schema = GraphQlSchema;

struct Scope
{
    enum class Kind { Document, Selection, Arguments, VariableDefinitions, Object, List };
    Kind kind = Kind::Document;
    QString type;                     // Selection: the composite type; Object, List: the input type
    QString owner;                    // Arguments: "Type.field" or "@directive"
    QList<Schema::InputValue> inputs; // Arguments: the declared arguments; Object: the input fields
    QStringList given;                // Arguments, Object: names already written
    QString name;                     // Arguments, Object: the name before ':'
    bool awaitingValue = false;       // Arguments, Object: after "name:"
    Schema::TypeRef valueType;        // ... the type of that value

    static Scope make(Kind kind, const QString& type = {}, const QString& owner = {},
                      const QList<Schema::InputValue>& inputs = {})
    {
        Scope scope;
        scope.kind = kind;
        scope.type = type;
        scope.owner = owner;
        scope.inputs = inputs;
        return scope;
    }
};

// `token`, whose text is `word`, is the punctuator `which`.
bool isPunctuator(const Token& token, QStringView word, const char* which)
{
    return token.is(Token::Kind::Punctuator) && word == QLatin1String(which);
}

QList<Schema::InputValue> inputFieldsOf(const Schema& schema, const QString& type)
{
    const Schema::Type* input = schema.type(type);
    return input && input->kind == Schema::TypeKind::InputObject ? input->inputFields
                                                                 : QList<Schema::InputValue>();
}

const Schema::InputValue* findInput(const QList<Schema::InputValue>& inputs, const QString& name)
{
    for (const Schema::InputValue& input : inputs) {
        if (input.name == name)
            return &input;
    }
    return nullptr;
}

// Walks the tokens before the cursor and keeps the stack of what encloses it.
class Walker
{
public:
    explicit Walker(const Schema& schema)
        : m_schema(schema)
    {
        m_stack.append(Scope::make(Scope::Kind::Document));
    }

    void feed(QStringView text, const Token& token)
    {
        const QStringView word = text.mid(token.start, token.length);
        Scope& top = m_stack.last();
        const bool isName = token.is(Token::Kind::Name);
        const auto punct = [&](const char* which) {
            return isPunctuator(token, word, which);
        };

        if (m_afterDollar) { // a variable's name is no field, argument or value of its own
            m_afterDollar = false;
            if (isName) {
                endValue(top);
                m_previous = Previous::Other;
                return;
            }
        }
        if (punct("$")) {
            m_afterDollar = true;
            m_previous = Previous::Dollar;
            return;
        }

        switch (top.kind) {
        case Scope::Kind::Document:
            feedDocument(word, token, top);
            break;
        case Scope::Kind::Selection:
            feedSelection(word, token, top);
            break;
        case Scope::Kind::Arguments:
        case Scope::Kind::Object:
            feedInputs(word, token, top);
            break;
        case Scope::Kind::List:
            if (punct("{"))
                push(Scope::make(Scope::Kind::Object, top.type, {}, inputFieldsOf(m_schema, top.type)));
            else if (punct("["))
                push(Scope::make(Scope::Kind::List, top.type));
            else if (punct("]"))
                pop(Scope::Kind::List);
            break;
        case Scope::Kind::VariableDefinitions:
            if (punct(")"))
                pop(Scope::Kind::VariableDefinitions);
            break;
        }
        m_previous = punct("...") ? Previous::Spread
                     : punct("@") ? Previous::At
                     : (isName && word == QLatin1String("on") && m_previous == Previous::Spread)
                         ? Previous::On
                         : Previous::Other;
    }

    CompletionContext result() const
    {
        CompletionContext context;
        const Scope& top = m_stack.last();
        if (m_afterDollar)
            return context;
        switch (top.kind) {
        case Scope::Kind::Selection:
            if (m_previous == Previous::Spread || m_previous == Previous::At || m_previous == Previous::On)
                return context;
            context.kind = CompletionContext::Kind::Field;
            context.owner = top.type;
            for (const Schema::Field* field : m_schema.selectableFields(top.type))
                context.candidates.append({field->name, fieldDetail(*field), field->description});
            break;
        case Scope::Kind::List:
            return enumValues(top.type);
        case Scope::Kind::Arguments:
        case Scope::Kind::Object:
            if (top.awaitingValue)
                return enumValues(top.valueType.named);
            context.kind = top.kind == Scope::Kind::Arguments ? CompletionContext::Kind::Argument
                                                              : CompletionContext::Kind::InputField;
            context.owner = top.kind == Scope::Kind::Arguments ? top.owner : top.type;
            for (const Schema::InputValue& input : top.inputs) {
                if (!top.given.contains(input.name))
                    context.candidates.append({input.name, input.type.text, input.description});
            }
            break;
        default:
            break;
        }
        return context;
    }

private:
    enum class Previous { Other, Spread, At, On, Dollar };

    // Where a value of `typeName` goes: its values when it is an enum, else nothing to offer.
    CompletionContext enumValues(const QString& typeName) const
    {
        CompletionContext context;
        const Schema::Type* type = m_schema.type(typeName);
        if (!type || type->kind != Schema::TypeKind::Enum)
            return context;
        context.kind = CompletionContext::Kind::EnumValue;
        context.owner = type->name;
        for (const Schema::EnumValue& value : type->enumValues)
            context.candidates.append({value.name, type->name, value.description});
        return context;
    }

    void feedDocument(QStringView word, const Token& token, Scope&)
    {
        if (token.is(Token::Kind::Name)) {
            if (m_fragmentState == 1) { // "fragment Name"
                m_fragmentState = 2;
            } else if (m_fragmentState == 2 && word == QLatin1String("on")) {
                m_fragmentState = 3;
            } else if (m_fragmentState == 3) {
                m_pendingType = word.toString();
                m_fragmentState = 0;
            } else if (word == QLatin1String("query")) {
                m_pendingType = m_schema.queryTypeName();
            } else if (word == QLatin1String("mutation")) {
                m_pendingType = m_schema.mutationTypeName();
            } else if (word == QLatin1String("subscription")) {
                m_pendingType = m_schema.subscriptionTypeName();
            } else if (word == QLatin1String("fragment")) {
                m_fragmentState = 1;
            }
            return;
        }
        if (isPunctuator(token, word, "(")) {
            // The operation's variable definitions: the next parenthesis is still the operation's.
            push(Scope::make(Scope::Kind::VariableDefinitions));
        } else if (isPunctuator(token, word, "{")) {
            // A bare selection set is the query shorthand.
            push(Scope::make(Scope::Kind::Selection,
                             m_pendingType.isNull() ? m_schema.queryTypeName() : m_pendingType));
            m_pendingType = QString();
        }
    }

    void feedSelection(QStringView word, const Token& token, Scope& top)
    {
        const auto punct = [&](const char* which) {
            return isPunctuator(token, word, which);
        };
        if (token.is(Token::Kind::Name)) {
            if (m_previous == Previous::Spread) {
                // "... on Type" or "...FragmentName": the next selection set, if any, is the fragment's.
                m_pendingType = top.type;
                m_argumentsOwner.clear();
                return;
            }
            if (m_previous == Previous::On) {
                m_pendingType = word.toString();
                return;
            }
            if (m_previous == Previous::At) {
                const Schema::Directive* directive = m_schema.directive(word.toString());
                m_argumentsOwner = QLatin1Char('@') + word.toString();
                m_arguments = directive ? directive->arguments : QList<Schema::InputValue>();
                return;
            }
            // A field, or an alias whose field follows its ':' (the later name wins).
            const Schema::Field* field = m_schema.fieldOf(top.type, word.toString());
            m_pendingType = field ? field->type.named : QString();
            m_argumentsOwner = top.type + QLatin1Char('.') + word.toString();
            m_arguments = field ? field->arguments : QList<Schema::InputValue>();
        } else if (punct("...")) {
            m_pendingType = top.type; // "... {": an inline fragment on the enclosing type
        } else if (punct("(")) {
            push(Scope::make(Scope::Kind::Arguments, {}, m_argumentsOwner, m_arguments));
        } else if (punct("{")) {
            const QString type = m_pendingType;
            m_pendingType.clear();
            push(Scope::make(Scope::Kind::Selection, type));
        } else if (punct("}")) {
            pop(Scope::Kind::Selection);
            m_pendingType.clear();
        }
    }

    void feedInputs(QStringView word, const Token& token, Scope& top)
    {
        const auto punct = [&](const char* which) {
            return isPunctuator(token, word, which);
        };
        const Scope::Kind kind = top.kind;
        if (!top.awaitingValue) {
            if (token.is(Token::Kind::Name)) {
                top.name = word.toString();
            } else if (punct(":")) {
                top.given.append(top.name);
                const Schema::InputValue* input = findInput(top.inputs, top.name);
                top.valueType = input ? input->type : Schema::TypeRef();
                top.awaitingValue = true;
            } else if (punct(kind == Scope::Kind::Arguments ? ")" : "}")) {
                pop(kind);
            }
            return;
        }
        if (punct("{")) {
            const QString type = top.valueType.named;
            endValue(top);
            push(Scope::make(Scope::Kind::Object, type, {}, inputFieldsOf(m_schema, type)));
        } else if (punct("[")) {
            const QString type = top.valueType.named;
            endValue(top);
            push(Scope::make(Scope::Kind::List, type));
        } else if (punct(kind == Scope::Kind::Arguments ? ")" : "}")) {
            pop(kind); // an argument without its value: the server will say so
        } else if (!token.is(Token::Kind::Punctuator)) {
            endValue(top); // a scalar, enum value, true/false/null
        }
    }

    static void endValue(Scope& scope)
    {
        scope.awaitingValue = false;
        scope.name.clear();
    }

    void push(Scope scope) { m_stack.append(std::move(scope)); }
    void pop(Scope::Kind kind)
    {
        // A closer that does not match what is open (a typo) closes nothing.
        if (m_stack.size() > 1 && m_stack.last().kind == kind)
            m_stack.removeLast();
    }

    static QString fieldDetail(const Schema::Field& field)
    {
        if (field.arguments.isEmpty())
            return field.type.text;
        QStringList arguments;
        for (const Schema::InputValue& argument : field.arguments)
            arguments.append(argument.name);
        return QStringLiteral("(%1): %2").arg(arguments.join(QStringLiteral(", ")), field.type.text);
    }

    const Schema& m_schema;
    QList<Scope> m_stack;
    QString m_pendingType; // the type of the next selection set at this level
    QString m_argumentsOwner;
    QList<Schema::InputValue> m_arguments; // of the last field or directive named
    int m_fragmentState = 0;               // 1: after "fragment", 2: after its name, 3: after "on"
    Previous m_previous = Previous::Other;
    bool m_afterDollar = false;
};

} // namespace

CompletionContext CompletionContext::at(const QString& text, qsizetype cursor, const GraphQlSchema& schema)
{
    CompletionContext none;
    cursor = qBound(qsizetype(0), cursor, text.size());
    qsizetype start = cursor;
    while (start > 0 && GraphQlLexer::isNameContinue(text.at(start - 1)))
        --start;
    none.prefixStart = start;
    none.prefix = text.mid(start, cursor - start);
    if (!none.prefix.isEmpty() && !GraphQlLexer::isNameStart(none.prefix.front()))
        return none; // a number

    const QStringView before = QStringView(text).left(start);
    GraphQlLexer lexer(before);
    lexer.setKeepComments(true);
    Walker walker(schema);
    Token last;
    for (Token token = lexer.next(); !token.is(Token::Kind::End); token = lexer.next()) {
        last = token;
        if (!token.is(Token::Kind::Comment))
            walker.feed(before, token);
    }
    // Inside a comment or a string that the cursor has not left: nothing to complete. (Both end at the end of
    // their line at the latest, so reaching the cursor means being on its line.)
    const bool open =
        last.end() == before.size() &&
        (last.is(Token::Kind::Comment) ||
         ((last.is(Token::Kind::String) || last.is(Token::Kind::BlockString)) && last.unterminated));
    if (open)
        return none;

    CompletionContext context = walker.result();
    context.prefixStart = none.prefixStart;
    context.prefix = none.prefix;
    return context;
}
