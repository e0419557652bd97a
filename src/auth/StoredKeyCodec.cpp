#include "StoredKeyCodec.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
constexpr int formatVersion = 1;
}

QByteArray StoredKeyCodec::encode(const Credential& key)
{
    QJsonObject object{
        {QStringLiteral("v"), formatVersion},
        {QStringLiteral("header"), QString::fromLatin1(key.headerName)},
        {QStringLiteral("value"), QString::fromLatin1(key.headerValue)},
        {QStringLiteral("account"), key.account},
        {QStringLiteral("keyId"), key.keyId},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<Credential> StoredKeyCodec::decode(const QByteArray& blob)
{
    const QJsonDocument document = QJsonDocument::fromJson(blob);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    if (object.value(QLatin1String("v")).toInt() != formatVersion)
        return std::nullopt;
    Credential key;
    key.kind = Credential::Kind::ApiKey;
    key.headerName = object.value(QLatin1String("header")).toString().toLatin1();
    key.headerValue = object.value(QLatin1String("value")).toString().toLatin1();
    key.account = object.value(QLatin1String("account")).toString();
    key.keyId = object.value(QLatin1String("keyId")).toString();
    if (!key.isValid())
        return std::nullopt;
    return key;
}
