#include "DataPmManifest.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Property nesting deeper than this is cut: a hostile file must not recurse us off the stack.
constexpr int kMaxDepth = 16;

// The order of keys of every object in a JSON text. QJsonObject sorts its keys, but the order of a
// schema's properties is the publisher's (often the column order of the data), so it is read from the
// text. Scanned only from text QJsonDocument has accepted, so the scan need not report errors.
struct KeyOrder
{
    QStringList keys;
    QHash<QString, KeyOrder> members;
};

void skipSpace(const QString& text, qsizetype& pos)
{
    while (pos < text.size() && text.at(pos).isSpace())
        ++pos;
}

QString scanString(const QString& text, qsizetype& pos)
{
    const qsizetype start = pos++;
    bool escaped = false;
    for (; pos < text.size(); ++pos) {
        const QChar c = text.at(pos);
        if (c == QLatin1Char('\\')) {
            escaped = true;
            ++pos; // the escaped character
        } else if (c == QLatin1Char('"')) {
            break;
        }
    }
    const QString raw = text.mid(start, ++pos - start);
    if (!escaped)
        return raw.mid(1, raw.size() - 2);
    // Escapes: let Qt's parser decode them.
    return QJsonDocument::fromJson((QLatin1Char('[') + raw + QLatin1Char(']')).toUtf8())
        .array()
        .at(0)
        .toString();
}

// Reads one value at `pos` into `node` (the keys of objects; array elements as members "0", "1", ...).
void scanValue(const QString& text, qsizetype& pos, KeyOrder& node, int depth)
{
    // Deep values are read past but not kept: nothing below the property depth limit is shown.
    const bool keep = depth < kMaxDepth * 2 + 4;
    skipSpace(text, pos);
    if (pos >= text.size())
        return;
    const QChar open = text.at(pos);
    if (open == QLatin1Char('"')) {
        scanString(text, pos);
        return;
    }
    if (open != QLatin1Char('{') && open != QLatin1Char('[')) {
        // A number, true, false or null.
        while (pos < text.size() && !text.at(pos).isSpace() && text.at(pos) != QLatin1Char(',') &&
               text.at(pos) != QLatin1Char('}') && text.at(pos) != QLatin1Char(']'))
            ++pos;
        return;
    }
    const bool isObject = open == QLatin1Char('{');
    const QChar close = isObject ? QLatin1Char('}') : QLatin1Char(']');
    ++pos;
    int index = 0;
    for (;;) {
        skipSpace(text, pos);
        if (pos >= text.size() || text.at(pos) == close)
            break;
        if (text.at(pos) == QLatin1Char(',')) {
            ++pos;
            continue;
        }
        QString key;
        if (isObject) {
            key = scanString(text, pos);
            skipSpace(text, pos);
            ++pos; // ':'
            node.keys.append(key);
        } else {
            key = QString::number(index++);
        }
        KeyOrder child;
        scanValue(text, pos, child, depth + 1);
        if (keep)
            node.members.insert(key, std::move(child));
    }
    ++pos;
}

// The keys of `object` in the order of `order`, then any the scan missed.
QStringList orderedKeys(const QJsonObject& object, const KeyOrder& order)
{
    QStringList keys;
    for (const QString& key : order.keys)
        if (object.contains(key) && !keys.contains(key))
            keys.append(key);
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!keys.contains(it.key()))
            keys.append(it.key());
    return keys;
}

QStringList typesOf(const QJsonObject& types)
{
    QStringList names;
    for (auto it = types.begin(); it != types.end(); ++it) {
        const QJsonObject arrayTypes = it.value().toObject().value(QStringLiteral("arrayTypes")).toObject();
        if (it.key() == QLatin1String("array") && !arrayTypes.isEmpty())
            names.append(QStringLiteral("array of %1").arg(typesOf(arrayTypes).join(QStringLiteral(", "))));
        else
            names.append(it.key());
    }
    return names;
}

QList<PackageManifest::Property> propertiesOf(const QJsonObject& properties, const KeyOrder& order, int depth)
{
    QList<PackageManifest::Property> result;
    if (depth > kMaxDepth)
        return result;
    for (const QString& key : orderedKeys(properties, order)) {
        const QJsonObject object = properties.value(key).toObject();
        const KeyOrder propertyOrder = order.members.value(key);
        PackageManifest::Property property;
        property.name = key;
        const QJsonObject types = object.value(QStringLiteral("types")).toObject();
        property.types = typesOf(types);
        property.description = object.value(QStringLiteral("description")).toString();
        property.hidden = object.value(QStringLiteral("hidden")).toBool(false);
        // Nested properties live either on the property or on its "object" type.
        const QJsonObject nested = object.value(QStringLiteral("properties")).toObject();
        property.children =
            propertiesOf(nested, propertyOrder.members.value(QStringLiteral("properties")), depth + 1);
        result.append(std::move(property));
    }
    return result;
}

} // namespace

std::optional<PackageManifest> DataPmManifest::fromPackageFile(const QString& text)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    PackageManifest summary;
    summary.fileName = QStringLiteral("datapm-package-file.json");
    KeyOrder order;
    qsizetype position = 0;
    scanValue(text, position, order, 0);
    const KeyOrder& schemaOrder = order.members.value(QStringLiteral("schemas"));
    const QJsonArray schemas = document.object().value(QStringLiteral("schemas")).toArray();
    for (qsizetype i = 0; i < schemas.size(); ++i) {
        const QJsonObject object = schemas.at(i).toObject();
        PackageManifest::Schema schema;
        schema.title = object.value(QStringLiteral("title")).toString();
        schema.description = object.value(QStringLiteral("description")).toString();
        const QJsonValue count = object.value(QStringLiteral("recordCount"));
        if (count.isDouble() && count.toDouble() >= 0 && count.toDouble() <= 9e15)
            schema.recordCount = qint64(count.toDouble());
        schema.properties = propertiesOf(
            object.value(QStringLiteral("properties")).toObject(),
            schemaOrder.members.value(QString::number(i)).members.value(QStringLiteral("properties")), 0);
        summary.schemas.append(std::move(schema));
    }
    summary.text = indentJson(text);
    return summary;
}

QString DataPmManifest::indentJson(const QString& text)
{
    if (QJsonDocument::fromJson(text.toUtf8()).isNull())
        return text;
    QString out;
    out.reserve(text.size() * 2);
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    auto newline = [&out](int level) {
        out.append(QLatin1Char('\n'));
        out.append(QString(level * 2, QLatin1Char(' ')));
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            out.append(c);
            if (escaped)
                escaped = false;
            else if (c == QLatin1Char('\\'))
                escaped = true;
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        if (c.isSpace())
            continue; // the layout is ours
        switch (c.unicode()) {
        case '"':
            inString = true;
            out.append(c);
            break;
        case '{':
        case '[': {
            // An empty object or array stays on one line.
            qsizetype next = i + 1;
            while (next < text.size() && text.at(next).isSpace())
                ++next;
            const QChar close = c == QLatin1Char('{') ? QLatin1Char('}') : QLatin1Char(']');
            if (next < text.size() && text.at(next) == close) {
                out.append(c);
                out.append(close);
                i = next;
                break;
            }
            out.append(c);
            newline(++depth);
            break;
        }
        case '}':
        case ']':
            newline(--depth);
            out.append(c);
            break;
        case ',':
            out.append(c);
            newline(depth);
            break;
        case ':':
            out.append(QStringLiteral(": "));
            break;
        default:
            out.append(c);
        }
    }
    out.append(QLatin1Char('\n'));
    return out;
}
