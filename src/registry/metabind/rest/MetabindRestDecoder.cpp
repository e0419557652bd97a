#include "MetabindRestDecoder.h"

#include "registry/JsonFields.h"
#include "registry/metabind/MetabindKey.h"

#include <QJsonArray>

namespace {

using JsonFields::str;

QDateTime dateTime(const QJsonValue& value)
{
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(value.toString(), Qt::ISODate);
    return parsed;
}

std::optional<ApiKey> key(const QJsonObject& object, QString* whyNot)
{
    ApiKey key;
    key.id = str(object, "id");
    if (key.id.isEmpty()) {
        *whyNot = QStringLiteral("an API key without id");
        return std::nullopt;
    }
    key.label = str(object, "name");
    key.createdAt = dateTime(object.value(QStringLiteral("createdAt")));
    key.lastUsed = dateTime(object.value(QStringLiteral("lastUsed")));
    return key;
}

} // namespace

namespace MetabindRestDecoder {

std::optional<SignIn> signIn(const QJsonObject& answer, const QString& email, QString* whyNot)
{
    QByteArray token = answer.value(QStringLiteral("token")).toString().toUtf8();
    if (!Credential::isHeaderSafe(token)) {
        token.fill('\0');
        *whyNot = QStringLiteral("login: no usable token");
        return std::nullopt;
    }
    SignIn result;
    result.token.kind = Credential::Kind::SessionToken;
    result.token.headerName = QByteArrayLiteral("Authorization");
    result.token.headerValue = QByteArrayLiteral("Bearer ") + token;
    result.token.account = email;
    token.fill('\0');
    result.expiresAt = dateTime(answer.value(QStringLiteral("expiresAt")));
    const int expiresIn = answer.value(QStringLiteral("expiresIn")).toInt(0);
    if (!result.expiresAt.isValid() && expiresIn > 0)
        result.expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
    return result;
}

std::optional<QList<ApiKey>> keys(const QJsonObject& answer, QString* whyNot)
{
    const QJsonValue rows = answer.value(QStringLiteral("data"));
    if (!rows.isArray()) {
        *whyNot = QStringLiteral("api-keys: data is not a list");
        return std::nullopt;
    }
    QList<ApiKey> result;
    for (const QJsonValue& row : rows.toArray()) {
        const QJsonObject object = row.toObject();
        if (str(object, "status") == QLatin1String("revoked"))
            continue;
        std::optional<ApiKey> each = key(object, whyNot);
        if (!each)
            return std::nullopt;
        result.append(*each);
    }
    return result;
}

std::optional<CreatedApiKey> createdKey(const QJsonObject& answer, const MetabindProject& project,
                                        QString* whyNot)
{
    std::optional<ApiKey> listed = key(answer, whyNot);
    if (!listed)
        return std::nullopt;
    // The full header value; made from the bare secret when a server sends only that.
    QString full = str(answer, "apiKey");
    if (full.isEmpty() && !str(answer, "key").isEmpty())
        full = QStringLiteral("%1:%2:%3").arg(project.organization, project.project, str(answer, "key"));
    CreatedApiKey created;
    created.key = *listed;
    created.credential = MetabindKey::credentialFromPastedKey(full);
    full.fill(QLatin1Char('\0'));
    if (!created.credential.isValid()) {
        *whyNot = QStringLiteral("api-keys: the new key has no usable secret");
        return std::nullopt;
    }
    created.credential.keyId = listed->id;
    if (!created.key.createdAt.isValid())
        created.key.createdAt = QDateTime::currentDateTimeUtc();
    // What another tool (a Metabind SDK) takes: the whole "org:project:key".
    created.displaySecret = created.credential.headerValue;
    return created;
}

std::optional<bool> revoked(const QJsonObject& answer, QString* whyNot)
{
    if (str(answer, "status") != QLatin1String("revoked")) {
        *whyNot = QStringLiteral("api-keys: the key is not revoked");
        return std::nullopt;
    }
    return true;
}

} // namespace MetabindRestDecoder
