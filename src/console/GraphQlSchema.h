#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A registry's schema as its introspection answer tells it (resources/graphql/introspection/Introspection):
// types with their fields, arguments, input fields, enum values and descriptions; the root types; directives.
// What the console's tree, completion and validator read. A value: copied cheaply (implicitly shared lists).
class GraphQlSchema
{
public:
    enum class TypeKind { Scalar, Object, Interface, Union, Enum, InputObject };

    // A type as a field, argument or variable uses it: "[String!]!" and the named type inside, "String".
    struct TypeRef
    {
        QString text;
        QString named;
        bool isNonNull() const { return text.endsWith(QLatin1Char('!')); }
        bool isList() const { return text.startsWith(QLatin1Char('[')); }
    };
    struct InputValue
    {
        QString name;
        QString description;
        TypeRef type;
        QString defaultValue; // as GraphQL text; empty when there is none
        // A value must be given: non-null and no default.
        bool isRequired() const { return type.isNonNull() && defaultValue.isEmpty(); }
    };
    struct Field
    {
        QString name;
        QString description;
        TypeRef type;
        QList<InputValue> arguments;
        bool isDeprecated = false;
        QString deprecationReason;
        const InputValue* argument(const QString& wanted) const;
    };
    struct EnumValue
    {
        QString name;
        QString description;
        bool isDeprecated = false;
    };
    struct Type
    {
        QString name;
        QString description;
        TypeKind kind = TypeKind::Scalar;
        QList<Field> fields;           // Object, Interface
        QList<InputValue> inputFields; // InputObject
        QList<EnumValue> enumValues;   // Enum
        QStringList interfaces;        // Object, Interface
        QStringList possibleTypes;     // Interface, Union
        const Field* field(const QString& wanted) const;
        const InputValue* inputField(const QString& wanted) const;
        bool isLeaf() const { return kind == TypeKind::Scalar || kind == TypeKind::Enum; }
        bool isComposite() const
        {
            return kind == TypeKind::Object || kind == TypeKind::Interface || kind == TypeKind::Union;
        }
        bool isIntrospection() const { return name.startsWith(QLatin1String("__")); }
    };
    struct Directive
    {
        QString name;
        QString description;
        QList<InputValue> arguments;
        QStringList locations;
    };

    GraphQlSchema();

    // From the `data` of an Introspection answer; nullopt (and *whyNot, for the log and the view) when it is
    // not one.
    static std::optional<GraphQlSchema> fromIntrospection(const QJsonObject& data, QString* whyNot = nullptr);
    // "Object", "Input object" ...: the kind in words, for the schema tree.
    static QString kindName(TypeKind kind);

    QString queryTypeName() const { return m_queryType; }
    QString mutationTypeName() const { return m_mutationType; }
    QString subscriptionTypeName() const { return m_subscriptionType; }

    // Ordered for people: the root types first (query, mutation, subscription), then the others by name, the
    // introspection types (__Schema ...) last.
    const QList<Type>& types() const { return m_types; }
    const Type* type(const QString& name) const;
    const QList<Directive>& directives() const { return m_directives; }
    const Directive* directive(const QString& name) const;

    // The field `name` a selection on `typeName` may ask for, the meta fields included (__typename on every
    // composite type, __schema and __type on the query type); null when there is none.
    const Field* fieldOf(const QString& typeName, const QString& name) const;
    // Every field a selection on `typeName` may ask for, meta fields last; empty for a leaf or unknown type.
    QList<const Field*> selectableFields(const QString& typeName) const;

private:
    QString m_queryType;
    QString m_mutationType;
    QString m_subscriptionType;
    QList<Type> m_types;
    QHash<QString, qsizetype> m_typeIndex;
    QList<Directive> m_directives;
    Field m_typenameField;
    Field m_schemaField;
    Field m_typeField;
};
