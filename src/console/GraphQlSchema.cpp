#include "GraphQlSchema.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace {

using Schema = GraphQlSchema;

QString str(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

// An introspected type reference ({kind, name, ofType{...}}) as GraphQL writes it.
Schema::TypeRef typeRef(const QJsonObject& ref)
{
    const QString kind = str(ref, "kind");
    const QJsonObject inner = ref.value(QLatin1String("ofType")).toObject();
    if (kind == QLatin1String("NON_NULL")) {
        Schema::TypeRef wrapped = typeRef(inner);
        wrapped.text += QLatin1Char('!');
        return wrapped;
    }
    if (kind == QLatin1String("LIST")) {
        Schema::TypeRef wrapped = typeRef(inner);
        wrapped.text = QLatin1Char('[') + wrapped.text + QLatin1Char(']');
        return wrapped;
    }
    const QString name = str(ref, "name");
    return {name, name};
}

QList<Schema::InputValue> inputValues(const QJsonValue& list)
{
    QList<Schema::InputValue> values;
    for (const QJsonValue& entry : list.toArray()) {
        const QJsonObject object = entry.toObject();
        values.append({str(object, "name"), str(object, "description"),
                       typeRef(object.value(QLatin1String("type")).toObject()), str(object, "defaultValue")});
    }
    return values;
}

QStringList names(const QJsonValue& list)
{
    QStringList result;
    for (const QJsonValue& entry : list.toArray())
        result.append(str(entry.toObject(), "name"));
    return result;
}

std::optional<Schema::TypeKind> kindOf(const QString& kind)
{
    static const QHash<QString, Schema::TypeKind> kinds{
        {QStringLiteral("SCALAR"), Schema::TypeKind::Scalar},
        {QStringLiteral("OBJECT"), Schema::TypeKind::Object},
        {QStringLiteral("INTERFACE"), Schema::TypeKind::Interface},
        {QStringLiteral("UNION"), Schema::TypeKind::Union},
        {QStringLiteral("ENUM"), Schema::TypeKind::Enum},
        {QStringLiteral("INPUT_OBJECT"), Schema::TypeKind::InputObject}};
    const auto it = kinds.constFind(kind);
    return it == kinds.constEnd() ? std::nullopt : std::optional(*it);
}

Schema::Type readType(const QJsonObject& object, Schema::TypeKind kind)
{
    Schema::Type type;
    type.name = str(object, "name");
    type.description = str(object, "description");
    type.kind = kind;
    for (const QJsonValue& entry : object.value(QLatin1String("fields")).toArray()) {
        const QJsonObject field = entry.toObject();
        type.fields.append({str(field, "name"), str(field, "description"),
                            typeRef(field.value(QLatin1String("type")).toObject()),
                            inputValues(field.value(QLatin1String("args"))),
                            field.value(QLatin1String("isDeprecated")).toBool(),
                            str(field, "deprecationReason")});
    }
    type.inputFields = inputValues(object.value(QLatin1String("inputFields")));
    for (const QJsonValue& entry : object.value(QLatin1String("enumValues")).toArray()) {
        const QJsonObject value = entry.toObject();
        type.enumValues.append({str(value, "name"), str(value, "description"),
                                value.value(QLatin1String("isDeprecated")).toBool()});
    }
    type.interfaces = names(object.value(QLatin1String("interfaces")));
    type.possibleTypes = names(object.value(QLatin1String("possibleTypes")));
    return type;
}

template <typename T> const T* findByName(const QList<T>& list, const QString& name)
{
    const auto it =
        std::find_if(list.cbegin(), list.cend(), [&](const T& item) { return item.name == name; });
    return it == list.cend() ? nullptr : &*it;
}

} // namespace

const Schema::InputValue* Schema::Field::argument(const QString& wanted) const
{
    return findByName(arguments, wanted);
}

const Schema::Field* Schema::Type::field(const QString& wanted) const
{
    return findByName(fields, wanted);
}

const Schema::InputValue* Schema::Type::inputField(const QString& wanted) const
{
    return findByName(inputFields, wanted);
}

GraphQlSchema::GraphQlSchema()
{
    // The meta fields every server answers (spec, "Schema Introspection"); introspection never lists them.
    m_typenameField = {QStringLiteral("__typename"),
                       QCoreApplication::translate("GraphQlSchema", "The name of the object's type."),
                       {QStringLiteral("String!"), QStringLiteral("String")},
                       {},
                       false,
                       {}};
    m_schemaField = {QStringLiteral("__schema"),
                     QCoreApplication::translate("GraphQlSchema", "The schema of this registry."),
                     {QStringLiteral("__Schema!"), QStringLiteral("__Schema")},
                     {},
                     false,
                     {}};
    m_typeField = {
        QStringLiteral("__type"),
        QCoreApplication::translate("GraphQlSchema", "One type of this registry's schema, by name."),
        {QStringLiteral("__Type"), QStringLiteral("__Type")},
        {{QStringLiteral("name"), {}, {QStringLiteral("String!"), QStringLiteral("String")}, {}}},
        false,
        {}};
}

std::optional<GraphQlSchema> GraphQlSchema::fromIntrospection(const QJsonObject& data, QString* whyNot)
{
    const QJsonObject schema = data.value(QLatin1String("__schema")).toObject();
    const QJsonArray types = schema.value(QLatin1String("types")).toArray();
    const auto refuse = [whyNot](const QString& why) {
        if (whyNot)
            *whyNot = why;
        return std::nullopt;
    };
    if (schema.isEmpty() || types.isEmpty())
        return refuse(QStringLiteral("The answer has no __schema.types"));

    GraphQlSchema result;
    result.m_queryType = str(schema.value(QLatin1String("queryType")).toObject(), "name");
    result.m_mutationType = str(schema.value(QLatin1String("mutationType")).toObject(), "name");
    result.m_subscriptionType = str(schema.value(QLatin1String("subscriptionType")).toObject(), "name");
    if (result.m_queryType.isEmpty())
        return refuse(QStringLiteral("The schema names no query type"));
    for (const QJsonValue& entry : types) {
        const QJsonObject object = entry.toObject();
        const std::optional<TypeKind> kind = kindOf(str(object, "kind"));
        if (!kind || str(object, "name").isEmpty())
            continue; // a kind this console does not know: left out, not a reason to show nothing
        result.m_types.append(readType(object, *kind));
    }
    const QStringList roots{result.m_queryType, result.m_mutationType, result.m_subscriptionType};
    const auto rank = [&roots](const Type& type) {
        const qsizetype root = roots.indexOf(type.name);
        return root >= 0 ? int(root) : type.isIntrospection() ? 4 : 3;
    };
    std::stable_sort(result.m_types.begin(), result.m_types.end(), [&](const Type& a, const Type& b) {
        const int rankA = rank(a);
        const int rankB = rank(b);
        return rankA != rankB ? rankA < rankB : a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    for (qsizetype i = 0; i < result.m_types.size(); ++i)
        result.m_typeIndex.insert(result.m_types.at(i).name, i);
    if (!result.type(result.m_queryType))
        return refuse(QStringLiteral("The query type %1 is not among the types").arg(result.m_queryType));
    for (const QJsonValue& entry : schema.value(QLatin1String("directives")).toArray()) {
        const QJsonObject object = entry.toObject();
        QStringList locations;
        for (const QJsonValue& location : object.value(QLatin1String("locations")).toArray())
            locations.append(location.toString());
        result.m_directives.append({str(object, "name"), str(object, "description"),
                                    inputValues(object.value(QLatin1String("args"))), locations});
    }
    return result;
}

QString GraphQlSchema::kindName(TypeKind kind)
{
    switch (kind) {
    case TypeKind::Scalar:
        return QCoreApplication::translate("GraphQlSchema", "Scalar");
    case TypeKind::Object:
        return QCoreApplication::translate("GraphQlSchema", "Object");
    case TypeKind::Interface:
        return QCoreApplication::translate("GraphQlSchema", "Interface");
    case TypeKind::Union:
        return QCoreApplication::translate("GraphQlSchema", "Union");
    case TypeKind::Enum:
        return QCoreApplication::translate("GraphQlSchema", "Enum");
    case TypeKind::InputObject:
        return QCoreApplication::translate("GraphQlSchema", "Input object");
    }
    return {};
}

const Schema::Type* GraphQlSchema::type(const QString& name) const
{
    const auto it = m_typeIndex.constFind(name);
    return it == m_typeIndex.constEnd() ? nullptr : &m_types.at(*it);
}

const Schema::Directive* GraphQlSchema::directive(const QString& name) const
{
    return findByName(m_directives, name);
}

const Schema::Field* GraphQlSchema::fieldOf(const QString& typeName, const QString& name) const
{
    const Type* owner = type(typeName);
    if (!owner || !owner->isComposite())
        return nullptr;
    if (name == m_typenameField.name)
        return &m_typenameField;
    if (typeName == m_queryType && name == m_schemaField.name)
        return &m_schemaField;
    if (typeName == m_queryType && name == m_typeField.name)
        return &m_typeField;
    return owner->field(name);
}

QList<const Schema::Field*> GraphQlSchema::selectableFields(const QString& typeName) const
{
    QList<const Field*> fields;
    const Type* owner = type(typeName);
    if (!owner || !owner->isComposite())
        return fields;
    for (const Field& field : owner->fields)
        fields.append(&field);
    fields.append(&m_typenameField);
    if (typeName == m_queryType)
        fields << &m_schemaField << &m_typeField;
    return fields;
}
