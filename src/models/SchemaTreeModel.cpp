#include "SchemaTreeModel.h"

namespace {

using Schema = GraphQlSchema;

// internalId of an index names its parent: 0 for a type, type + 1 for a member of that type, and
// (member + 1) << 32 | (type + 1) for an argument of that member.
constexpr int kShift = 32;
constexpr quintptr kLow = (quintptr(1) << kShift) - 1;

QString signatureOf(const Schema::Field& field)
{
    QStringList arguments;
    for (const Schema::InputValue& argument : field.arguments)
        arguments.append(argument.name + QLatin1String(": ") + argument.type.text);
    return arguments.isEmpty() ? field.name + QLatin1String(": ") + field.type.text
                               : QStringLiteral("%1(%2): %3")
                                     .arg(field.name, arguments.join(QStringLiteral(", ")), field.type.text);
}

QString signatureOf(const Schema::InputValue& value)
{
    QString text = value.name + QLatin1String(": ") + value.type.text;
    if (!value.defaultValue.isEmpty())
        text += QLatin1String(" = ") + value.defaultValue;
    return text;
}

} // namespace

SchemaTreeModel::SchemaTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

void SchemaTreeModel::setSchema(const GraphQlSchema& schema)
{
    beginResetModel();
    m_schema = schema;
    m_hasSchema = true;
    endResetModel();
}

void SchemaTreeModel::clear()
{
    beginResetModel();
    m_schema = GraphQlSchema();
    m_hasSchema = false;
    endResetModel();
}

QModelIndex SchemaTreeModel::indexOfType(const QString& name) const
{
    const QList<Schema::Type>& types = m_schema.types();
    for (int row = 0; row < types.size(); ++row) {
        if (types.at(row).name == name)
            return index(row, 0);
    }
    return {};
}

int SchemaTreeModel::memberCount(const Schema::Type& type) const
{
    switch (type.kind) {
    case Schema::TypeKind::Object:
    case Schema::TypeKind::Interface:
        return int(type.fields.size());
    case Schema::TypeKind::InputObject:
        return int(type.inputFields.size());
    case Schema::TypeKind::Enum:
        return int(type.enumValues.size());
    case Schema::TypeKind::Union:
        return int(type.possibleTypes.size());
    case Schema::TypeKind::Scalar:
        break;
    }
    return 0;
}

SchemaTreeModel::Place SchemaTreeModel::placeOf(const QModelIndex& index) const
{
    Place place;
    if (!index.isValid())
        return place;
    const quintptr id = index.internalId();
    if (id == 0) {
        place.type = index.row();
    } else if ((id >> kShift) == 0) {
        place.type = int(id - 1);
        place.member = index.row();
    } else {
        place.type = int((id & kLow) - 1);
        place.member = int((id >> kShift) - 1);
        place.argument = index.row();
    }
    return place;
}

QModelIndex SchemaTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    const Place above = placeOf(parent);
    if (above.type < 0)
        return createIndex(row, column, quintptr(0));
    if (above.member < 0)
        return createIndex(row, column, quintptr(above.type + 1));
    return createIndex(row, column, (quintptr(above.member + 1) << kShift) | quintptr(above.type + 1));
}

QModelIndex SchemaTreeModel::parent(const QModelIndex& child) const
{
    const Place place = placeOf(child);
    if (place.member < 0)
        return {};
    if (place.argument < 0)
        return createIndex(place.type, 0, quintptr(0));
    return createIndex(place.member, 0, quintptr(place.type + 1));
}

int SchemaTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const QList<Schema::Type>& types = m_schema.types();
    if (!parent.isValid())
        return m_hasSchema ? int(types.size()) : 0;
    const Place place = placeOf(parent);
    if (place.type < 0 || place.type >= types.size() || place.argument >= 0)
        return 0;
    const Schema::Type& type = types.at(place.type);
    if (place.member < 0)
        return memberCount(type);
    // Only fields have arguments below them.
    const bool hasFields = type.kind == Schema::TypeKind::Object || type.kind == Schema::TypeKind::Interface;
    return hasFields && place.member < type.fields.size() ? int(type.fields.at(place.member).arguments.size())
                                                          : 0;
}

int SchemaTreeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() && parent.column() != 0 ? 0 : ColumnCount;
}

QVariant SchemaTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row row = rowAt(placeOf(index));
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? row.name : row.typeText;
    case Qt::ToolTipRole:
        return row.description.isEmpty() ? row.signature
                                         : row.signature + QLatin1Char('\n') + row.description;
    case DescriptionRole:
        return row.description;
    case NodeKindRole:
        return QVariant::fromValue(row.kind);
    case NamedTypeRole:
        return row.namedType;
    case SignatureRole:
        return row.signature;
    default:
        return {};
    }
}

SchemaTreeModel::Row SchemaTreeModel::rowAt(const Place& place) const
{
    const Schema::Type& type = m_schema.types().at(place.type);
    const auto inputRow = [](const Schema::InputValue& value, NodeKind kind) {
        return Row{value.name,        value.type.text,    value.type.named,
                   value.description, signatureOf(value), kind};
    };
    Row row;
    if (place.member < 0) {
        row = {type.name,     GraphQlSchema::kindName(type.kind), type.name, type.description, type.name,
               NodeKind::Type};
    } else if (place.argument >= 0) {
        row = inputRow(type.fields.at(place.member).arguments.at(place.argument), NodeKind::Argument);
    } else if (type.kind == Schema::TypeKind::Object || type.kind == Schema::TypeKind::Interface) {
        const Schema::Field& field = type.fields.at(place.member);
        row = {field.name,        field.type.text,    field.type.named,
               field.description, signatureOf(field), NodeKind::Field};
        row.description = deprecated(field.isDeprecated, row.description);
    } else if (type.kind == Schema::TypeKind::InputObject) {
        row = inputRow(type.inputFields.at(place.member), NodeKind::InputField);
    } else if (type.kind == Schema::TypeKind::Enum) {
        const Schema::EnumValue& value = type.enumValues.at(place.member);
        row = {value.name, QString(),          type.name, deprecated(value.isDeprecated, value.description),
               value.name, NodeKind::EnumValue};
    } else {
        const QString& member = type.possibleTypes.at(place.member);
        row = {member, QString(), member, QString(), member, NodeKind::MemberType};
    }
    return row;
}

QString SchemaTreeModel::deprecated(bool isDeprecated, const QString& description)
{
    if (!isDeprecated)
        return description;
    return description.isEmpty() ? tr("Deprecated.") : tr("Deprecated. %1").arg(description);
}

QVariant SchemaTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Name") : section == TypeColumn ? tr("Type") : QVariant();
}

QHash<int, QByteArray> SchemaTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(DescriptionRole, "description");
    names.insert(NodeKindRole, "nodeKind");
    names.insert(NamedTypeRole, "namedType");
    names.insert(SignatureRole, "signature");
    return names;
}
