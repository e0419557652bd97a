#pragma once

#include <QAbstractItemModel>
#include <QJsonObject>
#include <QJsonValue>

#include <memory>
#include <vector>

// A JSON document as a collapsible tree: one row per member or item (key, value), objects and arrays with
// their children. Rows are made when a view first asks for them, so a large answer costs what is expanded,
// not what was received. The views never read JSON themselves: they show this.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, ColumnCount };
    Q_ENUM(Column)

    enum Roles {
        PathRole = Qt::UserRole, // QString: "data.myAPIKeys[0].label"
        JsonTypeRole,            // QJsonValue::Type
        ScalarRole,              // QVariant: the value of a scalar (invalid for objects and arrays)
    };
    Q_ENUM(Roles)

    // Longer strings are cut in the value column (the tooltip and ScalarRole have them whole).
    static constexpr qsizetype kShownChars = 500;

    explicit JsonTreeModel(QObject* parent = nullptr);
    ~JsonTreeModel() override;

    void setDocument(const QJsonObject& document);
    void clear();
    bool isEmpty() const;
    // The row at `path` ("data.me.user.username"; array items as [n]); invalid when there is none.
    QModelIndex indexOfPath(const QString& path) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node;
    Node* nodeOf(const QModelIndex& index) const;
    static int childCount(const Node* node);
    static void populate(Node* node);

    std::unique_ptr<Node> m_root;
};
