#include "WasmerAccountDecoder.h"

#include "WasmerDecoder.h"
#include "registry/JsonFields.h"

#include <QJsonArray>

namespace {

using JsonFields::obj;
using JsonFields::str;

} // namespace

std::optional<Credential> WasmerAccountDecoder::session(const QJsonObject& data, const QString& username,
                                                        QString* whyNot)
{
    const QJsonObject payload = data.value(QStringLiteral("tokenAuth")).toObject();
    QString token = str(payload, "token");
    // The server's spelling of the name (it is case-insensitive) beats what was typed.
    const QString name = str(payload, "username");
    Credential credential = bearer(token, Credential::Kind::SessionToken, name.isEmpty() ? username : name);
    token.fill(QLatin1Char('\0'));
    if (!credential.isValid()) {
        *whyNot = QStringLiteral("tokenAuth: no usable token");
        return std::nullopt;
    }
    return credential;
}

std::optional<UserProfile> WasmerAccountDecoder::user(const QJsonValue& value, QString* whyNot)
{
    const std::optional<QJsonObject> found =
        JsonFields::nullableObject(value, QStringLiteral("user"), whyNot);
    if (!found)
        return std::nullopt;
    const QJsonObject& object = *found;
    UserProfile profile;
    profile.username = str(object, "username");
    if (profile.username.isEmpty()) {
        *whyNot = QStringLiteral("a user without username");
        return std::nullopt;
    }
    profile.displayName = str(object, "fullName").trimmed();
    if (profile.displayName.isEmpty()) {
        profile.displayName =
            QStringList{str(object, "firstName").trimmed(), str(object, "lastName").trimmed()}
                .join(QLatin1Char(' '))
                .trimmed();
    }
    profile.description = str(object, "bio");
    profile.location = str(object, "location");
    profile.website = WasmerDecoder::webUrl(str(object, "websiteUrl"));
    return profile;
}

std::optional<QList<ApiKey>> WasmerAccountDecoder::apiTokens(const QJsonObject& data, QString* whyNot)
{
    const QJsonValue viewer = data.value(QStringLiteral("viewer"));
    if (viewer.isNull() || viewer.isUndefined()) {
        whyNot->clear();
        return std::nullopt;
    }
    const QJsonValue edges =
        viewer.toObject().value(QStringLiteral("apiTokens")).toObject().value(QStringLiteral("edges"));
    if (!edges.isArray()) {
        *whyNot = QStringLiteral("viewer.apiTokens.edges: not a list");
        return std::nullopt;
    }
    QList<ApiKey> keys;
    for (const QJsonValue& edge : edges.toArray()) {
        const QJsonObject node = edge.toObject().value(QStringLiteral("node")).toObject();
        if (node.isEmpty())
            continue;
        ApiKey key;
        key.id = str(node, "id");
        if (key.id.isEmpty()) {
            *whyNot = QStringLiteral("viewer.apiTokens: a token without id");
            return std::nullopt;
        }
        // A revoked token can do nothing: it is no key of the user's any more.
        if (!str(node, "revokedAt").isEmpty())
            continue;
        key.label = str(node, "identifier");
        key.createdAt = WasmerDecoder::dateTime(node.value(QStringLiteral("createdAt")));
        key.lastUsed = WasmerDecoder::dateTime(node.value(QStringLiteral("lastUsedAt")));
        keys.append(std::move(key));
    }
    return keys;
}

std::optional<CreatedApiKey> WasmerAccountDecoder::createdToken(const QJsonObject& data, const QString& label,
                                                                QString* whyNot)
{
    const QJsonValue value = data.value(QStringLiteral("generateApiToken"));
    if (!value.isObject()) {
        *whyNot = QStringLiteral("generateApiToken: not an object");
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    const QJsonObject token = object.value(QStringLiteral("token")).toObject();
    CreatedApiKey created;
    created.key.id = str(token, "id");
    if (created.key.id.isEmpty()) {
        *whyNot = QStringLiteral("generateApiToken.token: no id");
        return std::nullopt;
    }
    created.key.label = str(token, "identifier");
    if (created.key.label.isEmpty())
        created.key.label = label;
    created.key.createdAt = WasmerDecoder::dateTime(token.value(QStringLiteral("createdAt")));
    QString raw = str(object, "tokenRaw");
    created.credential = bearer(raw, Credential::Kind::ApiKey, created.key.label);
    created.credential.keyId = created.key.id;
    if (!created.credential.isValid()) {
        raw.fill(QLatin1Char('\0'));
        *whyNot = QStringLiteral("generateApiToken: no usable tokenRaw");
        return std::nullopt;
    }
    // What a user pastes into the wasmer CLI is the token itself, without "Bearer ".
    created.displaySecret = raw.toUtf8();
    raw.fill(QLatin1Char('\0'));
    return created;
}

std::optional<bool> WasmerAccountDecoder::revoked(const QJsonObject& data, QString* whyNot)
{
    const QJsonValue value = data.value(QStringLiteral("revokeApiToken"));
    if (!value.isObject() || !value.toObject().value(QStringLiteral("success")).toBool(false)) {
        *whyNot = QStringLiteral("revokeApiToken: no success");
        return std::nullopt;
    }
    return true;
}

std::optional<PackageGroup> WasmerAccountDecoder::namespaceOf(const QJsonValue& value, QString* whyNot)
{
    const std::optional<QJsonObject> found =
        JsonFields::nullableObject(value, QStringLiteral("namespace"), whyNot);
    if (!found)
        return std::nullopt;
    const QJsonObject& object = *found;
    PackageGroup catalog = PackageGroup::named(str(object, "name"), str(object, "displayName"));
    if (catalog.slug.isEmpty()) {
        *whyNot = QStringLiteral("a namespace without name");
        return std::nullopt;
    }
    catalog.description = str(object, "description");
    catalog.website = WasmerDecoder::webUrl(str(object, "websiteUrl"));
    return catalog;
}

std::optional<PackagePage> WasmerAccountDecoder::namespacePackages(const QJsonValue& value, QString* whyNot)
{
    const std::optional<QJsonObject> found =
        JsonFields::nullableObject(value, QStringLiteral("namespace"), whyNot);
    if (!found)
        return std::nullopt;
    return WasmerDecoder::packageConnection(found->value(QStringLiteral("packages")), whyNot);
}

Credential WasmerAccountDecoder::bearer(const QString& token, Credential::Kind kind, const QString& account)
{
    QByteArray bytes = token.toUtf8();
    Credential credential;
    if (Credential::isHeaderSafe(bytes)) {
        credential.kind = kind;
        credential.headerName = QByteArrayLiteral("Authorization");
        credential.headerValue = QByteArrayLiteral("Bearer ") + bytes;
        credential.account = account;
    }
    bytes.fill('\0');
    return credential;
}

Credential WasmerAccountDecoder::credentialFromPastedKey(const QString& pasted)
{
    QString text = pasted.trimmed();
    // The scheme alone (the user copied "Bearer " without the token) is no token.
    if (text.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) == 0)
        return {};
    if (text.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
        text = text.mid(7).trimmed();
    Credential credential = bearer(text, Credential::Kind::ApiKey, QString());
    text.fill(QLatin1Char('\0'));
    return credential;
}
