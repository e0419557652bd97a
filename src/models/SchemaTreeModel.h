#pragma once

#include "console/GraphQlSchema.h"

#include <QAbstractItemModel>

// A registry's schema as a tree to browse: its types (root types first), under each its fields (input fields,
// enum values or member types, by kind), under each field its arguments. Two columns: the name and the type
// ("[APIKey!]", or the kind of a type). Descriptions are tooltips and DescriptionRole.
class SchemaTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, ColumnCount };
    Q_ENUM(Column)

    enum Roles {
        DescriptionRole = Qt::UserRole, // QString, the schema's description
        NodeKindRole,                   // NodeKind
        NamedTypeRole,                  // QString: the type this row is of or stands for ("APIKey")
        SignatureRole, // QString: "myAPIKeys: [APIKey!]", "package(identifier: ...): Package"
    };
    Q_ENUM(Roles)

    enum class NodeKind { Type, Field, InputField, EnumValue, MemberType, Argument };
    Q_ENUM(NodeKind)

    explicit SchemaTreeModel(QObject* parent = nullptr);

    void setSchema(const GraphQlSchema& schema);
    void clear();
    const GraphQlSchema& schema() const { return m_schema; }
    // The row of type `name`, invalid when there is none.
    QModelIndex indexOfType(const QString& name) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    // A row's place: its type, and (below it) its member and (below that) its argument; -1 where it stops.
    struct Place
    {
        int type = -1;
        int member = -1;
        int argument = -1;
    };
    Place placeOf(const QModelIndex& index) const;
    // What a row says, whatever it stands for.
    struct Row
    {
        QString name;
        QString typeText;
        QString namedType;
        QString description;
        QString signature;
        NodeKind kind = NodeKind::Type;
    };
    Row rowAt(const Place& place) const;
    static QString deprecated(bool isDeprecated, const QString& description);
    int memberCount(const GraphQlSchema::Type& type) const;

    GraphQlSchema m_schema;
    bool m_hasSchema = false;
};
