#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// The small readers every dialect's decoders use. A field of the wrong type reads as empty: servers send null
// for every field their schema allows to be null, and one odd field never fails a row.
namespace JsonFields {

inline QString str(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

inline QJsonObject obj(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toObject();
}

// A root field that is null when there is nothing of that name: nullopt with an empty *whyNot (the caller
// makes a "not found"), nullopt with a reason when it is not an object, else the object.
inline std::optional<QJsonObject> nullableObject(const QJsonValue& value, const QString& field,
                                                 QString* whyNot)
{
    if (value.isNull() || value.isUndefined()) {
        whyNot->clear();
        return std::nullopt;
    }
    if (!value.isObject()) {
        *whyNot = field + QStringLiteral(": not an object");
        return std::nullopt;
    }
    return value.toObject();
}

} // namespace JsonFields
