#include "JsonTreeModel.h"

#include <QJsonArray>
#include <QJsonDocument>

struct JsonTreeModel::Node
{
    QString key; // the member's name, or "[n]" for an array item
    QJsonValue value;
    Node* parent = nullptr;
    int row = 0;
    bool populated = false;
    std::vector<std::unique_ptr<Node>> children;
};

namespace {

// A scalar as JSON writes it: strings in quotes, so that "12" and 12, "null" and null differ.
QString scalarText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String: {
        const QJsonArray wrapper{value};
        const QByteArray json = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.mid(1, json.size() - 2));
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return qint64(number) == number ? QString::number(qint64(number)) : QString::number(number, 'g', 17);
    }
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return {};
    }
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setDocument(const QJsonObject& document)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_root->value = document;
    endResetModel();
}

void JsonTreeModel::clear()
{
    beginResetModel();
    m_root.reset();
    endResetModel();
}

bool JsonTreeModel::isEmpty() const
{
    return !m_root || childCount(m_root.get()) == 0;
}

int JsonTreeModel::childCount(const Node* node)
{
    if (node->value.isObject())
        return int(node->value.toObject().size());
    if (node->value.isArray())
        return int(node->value.toArray().size());
    return 0;
}

void JsonTreeModel::populate(Node* node)
{
    if (node->populated)
        return;
    node->populated = true;
    const auto add = [node](const QString& key, const QJsonValue& value) {
        auto child = std::make_unique<Node>();
        child->key = key;
        child->value = value;
        child->parent = node;
        child->row = int(node->children.size());
        node->children.push_back(std::move(child));
    };
    if (node->value.isObject()) {
        const QJsonObject object = node->value.toObject();
        node->children.reserve(size_t(object.size()));
        // Answers read best in the order the server wrote them, but QJsonObject keeps keys sorted; "data" and
        // "errors" first is the one order worth restoring.
        QStringList keys = object.keys();
        for (const char* first : {"errors", "data"}) {
            if (keys.removeOne(QLatin1String(first)))
                keys.prepend(QLatin1String(first));
        }
        for (const QString& key : keys)
            add(key, object.value(key));
    } else if (node->value.isArray()) {
        const QJsonArray array = node->value.toArray();
        node->children.reserve(size_t(array.size()));
        for (qsizetype i = 0; i < array.size(); ++i)
            add(QStringLiteral("[%1]").arg(i), array.at(i));
    }
}

JsonTreeModel::Node* JsonTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!m_root || row < 0 || column < 0 || column >= ColumnCount ||
        (parent.isValid() && parent.column() != 0))
        return {};
    Node* above = nodeOf(parent);
    populate(above);
    if (row >= int(above->children.size()))
        return {};
    return createIndex(row, column, above->children.at(size_t(row)).get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const Node* node = nodeOf(child);
    Node* above = node->parent;
    if (!above || above == m_root.get())
        return {};
    return createIndex(above->row, 0, above);
}

int JsonTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!m_root || (parent.isValid() && parent.column() != 0))
        return 0;
    return childCount(nodeOf(parent));
}

int JsonTreeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() && parent.column() != 0 ? 0 : ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex& parent) const
{
    return rowCount(parent) > 0;
}

QVariant JsonTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node* node = nodeOf(index);
    const QJsonValue& value = node->value;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == KeyColumn)
            return node->key;
        if (value.isObject())
            return tr("{…} %n field(s)", nullptr, int(value.toObject().size()));
        if (value.isArray())
            return tr("[…] %n item(s)", nullptr, int(value.toArray().size()));
        {
            const QString text = scalarText(value);
            return text.size() > kShownChars ? text.left(kShownChars) + QChar(0x2026) : text;
        }
    case Qt::ToolTipRole:
        // The whole value where the column may cut it (up to a screenful).
        return index.column() == ValueColumn && value.isString() ? value.toString().left(4000) : QVariant();
    case PathRole: {
        QStringList steps;
        for (const Node* at = node; at && at != m_root.get(); at = at->parent)
            steps.prepend(at->key);
        QString path;
        for (const QString& step : steps)
            path += path.isEmpty() || step.startsWith(QLatin1Char('[')) ? step : QLatin1Char('.') + step;
        return path;
    }
    case JsonTypeRole:
        return int(value.type());
    case ScalarRole:
        return value.isObject() || value.isArray() ? QVariant() : value.toVariant();
    default:
        return {};
    }
}

QModelIndex JsonTreeModel::indexOfPath(const QString& path) const
{
    QModelIndex at;
    QString rest = path;
    while (!rest.isEmpty()) {
        // The next step: "[n]" or a name up to the next '.' or '['.
        qsizetype end = rest.startsWith(QLatin1Char('[')) ? rest.indexOf(QLatin1Char(']')) + 1 : 0;
        if (end == 0) {
            while (end < rest.size() && rest.at(end) != QLatin1Char('.') && rest.at(end) != QLatin1Char('['))
                ++end;
        }
        if (end <= 0)
            return {};
        const QString step = rest.left(end);
        rest = rest.mid(end);
        if (rest.startsWith(QLatin1Char('.')))
            rest = rest.mid(1);
        QModelIndex found;
        for (int row = 0; row < rowCount(at); ++row) {
            const QModelIndex candidate = index(row, KeyColumn, at);
            if (nodeOf(candidate)->key == step) {
                found = candidate;
                break;
            }
        }
        if (!found.isValid())
            return {};
        at = found;
    }
    return at;
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == KeyColumn ? tr("Key") : section == ValueColumn ? tr("Value") : QVariant();
}

QHash<int, QByteArray> JsonTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(PathRole, "path");
    names.insert(JsonTypeRole, "jsonType");
    names.insert(ScalarRole, "scalar");
    return names;
}
