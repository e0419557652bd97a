#include "DataPmAccountDecoder.h"

#include "DataPmBrowseDecoder.h"
#include "DataPmDecoder.h"
#include "registry/JsonFields.h"

#include <QJsonArray>
#include <QJsonValue>

namespace {

using JsonFields::obj;
using JsonFields::str;

const QByteArray kApiKeyHeader = QByteArrayLiteral("X-API-Key");

} // namespace

std::optional<Credential> DataPmAccountDecoder::session(const QJsonObject& data, const QString& username,
                                                        QString* whyNot)
{
    const QJsonValue value = data.value(QStringLiteral("login"));
    QByteArray token = value.toString().toUtf8();
    if (!Credential::isHeaderSafe(token)) {
        token.fill('\0');
        *whyNot = QStringLiteral("login: not a token");
        return std::nullopt;
    }
    Credential credential;
    credential.kind = Credential::Kind::SessionToken;
    credential.headerName = QByteArrayLiteral("Authorization");
    credential.headerValue = QByteArrayLiteral("Bearer ") + token;
    credential.account = username;
    token.fill('\0');
    return credential;
}

std::optional<UserProfile> DataPmAccountDecoder::currentUser(const QJsonObject& data, QString* whyNot)
{
    const QJsonValue me = data.value(QStringLiteral("me"));
    if (!me.isObject()) {
        *whyNot = QStringLiteral("me: not an object");
        return std::nullopt;
    }
    const QJsonValue user = me.toObject().value(QStringLiteral("user"));
    if (!user.isObject()) {
        *whyNot = QStringLiteral("me.user: not an object");
        return std::nullopt;
    }
    std::optional<UserProfile> profile = DataPmBrowseDecoder::userOf(user.toObject(), whyNot);
    if (!profile) {
        whyNot->prepend(QStringLiteral("me.user: "));
        return std::nullopt;
    }
    profile->isAdmin = me.toObject().value(QStringLiteral("isAdmin")).toBool(false);
    return profile;
}

std::optional<QList<ApiKey>> DataPmAccountDecoder::apiKeys(const QJsonObject& data, QString* whyNot)
{
    const QJsonValue value = data.value(QStringLiteral("myAPIKeys"));
    // The schema makes the list nullable, but the server answers null only next to an error (e.g.
    // NOT_AUTHENTICATED); failing here lets that error explain the answer instead of "no keys".
    if (!value.isArray()) {
        *whyNot = QStringLiteral("myAPIKeys: not a list");
        return std::nullopt;
    }
    QList<ApiKey> keys;
    for (const QJsonValue& row : value.toArray()) {
        if (row.isNull())
            continue;
        std::optional<ApiKey> key = apiKeyOf(row.toObject(), whyNot);
        if (!key) {
            whyNot->prepend(QStringLiteral("myAPIKeys: "));
            return std::nullopt;
        }
        keys.append(std::move(*key));
    }
    return keys;
}

std::optional<CreatedApiKey> DataPmAccountDecoder::createdApiKey(const QJsonObject& data, QString* whyNot)
{
    const QJsonValue value = data.value(QStringLiteral("createAPIKey"));
    if (!value.isObject()) {
        *whyNot = QStringLiteral("createAPIKey: not an object");
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    std::optional<ApiKey> key = apiKeyOf(object, whyNot);
    if (!key) {
        whyNot->prepend(QStringLiteral("createAPIKey: "));
        return std::nullopt;
    }
    QString secret = str(object, "secret");
    CreatedApiKey created;
    created.key = std::move(*key);
    created.credential = apiKeyCredential(created.key.id, secret, created.key.label);
    secret.fill(QLatin1Char('\0'));
    if (!created.credential.isValid()) {
        *whyNot = QStringLiteral("createAPIKey: no usable secret");
        return std::nullopt;
    }
    created.displaySecret = created.credential.headerValue;
    return created;
}

std::optional<bool> DataPmAccountDecoder::deleted(const QJsonObject& data, QString* whyNot)
{
    if (!data.value(QStringLiteral("deleteAPIKey")).isObject()) {
        *whyNot = QStringLiteral("deleteAPIKey: not an object");
        return std::nullopt;
    }
    return true;
}

std::optional<ApiKey> DataPmAccountDecoder::apiKeyOf(const QJsonObject& object, QString* whyNot)
{
    ApiKey key;
    key.id = str(object, "id");
    if (key.id.isEmpty()) {
        *whyNot = QStringLiteral("an API key without id");
        return std::nullopt;
    }
    key.label = str(object, "label");
    key.createdAt = DataPmDecoder::date(object.value(QStringLiteral("createdAt")));
    key.lastUsed = DataPmDecoder::date(object.value(QStringLiteral("lastUsed")));
    for (const QJsonValue& scope : object.value(QStringLiteral("scopes")).toArray()) {
        if (scope.isString())
            key.scopes.append(scope.toString());
    }
    return key;
}

Credential DataPmAccountDecoder::apiKeyCredential(const QString& id, const QString& secret,
                                                  const QString& label)
{
    QByteArray idBytes = id.toUtf8();
    QByteArray secretBytes = secret.toUtf8();
    Credential credential;
    // The server splits the decoded key at its first dot, so the id must not contain one.
    if (Credential::isHeaderSafe(idBytes) && !idBytes.contains('.') &&
        Credential::isHeaderSafe(secretBytes)) {
        QByteArray raw = idBytes + '.' + secretBytes;
        credential.kind = Credential::Kind::ApiKey;
        credential.headerName = kApiKeyHeader;
        credential.headerValue = raw.toBase64();
        credential.account = label;
        credential.keyId = id;
        raw.fill('\0');
    }
    secretBytes.fill('\0');
    return credential;
}

Credential DataPmAccountDecoder::credentialFromPastedKey(const QString& pasted)
{
    QByteArray text = pasted.trimmed().toLatin1();
    // Standard base64 only: the real server answers a base64url or otherwise broken key with HTTP 500.
    QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    Credential credential;
    if (decoded && !text.isEmpty()) {
        const qsizetype dot = decoded.decoded.indexOf('.');
        if (dot > 0) {
            const QString id = QString::fromUtf8(decoded.decoded.left(dot));
            QString secret = QString::fromUtf8(decoded.decoded.mid(dot + 1));
            credential = apiKeyCredential(id, secret, QString());
            secret.fill(QLatin1Char('\0'));
        }
    }
    decoded.decoded.fill('\0');
    text.fill('\0');
    return credential;
}
