#pragma once

#include "MetabindProject.h"
#include "auth/Credential.h"
#include "registry/ApiKey.h"
#include "registry/CreatedApiKey.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Metabind REST answers -> domain values. Pure: no network, no state.
namespace MetabindRestDecoder {

struct SignIn
{
    Credential token;    // "Authorization: Bearer <JWT>", a session token
    QDateTime expiresAt; // invalid when the answer does not say
};

// POST auth/login -> {token, expiresIn, expiresAt}.
std::optional<SignIn> signIn(const QJsonObject& answer, const QString& email, QString* whyNot);
// GET .../api-keys -> {data: [{id, name, status, createdAt, lastUsed, ...}], pagination}. Revoked keys are
// left out: they no longer open anything.
std::optional<QList<ApiKey>> keys(const QJsonObject& answer, QString* whyNot);
// POST .../api-keys -> the key with its secret ("key", and "apiKey": "org:project:key"), shown this once.
std::optional<CreatedApiKey> createdKey(const QJsonObject& answer, const MetabindProject& project,
                                        QString* whyNot);
// PUT .../api-keys/{id} {status: "revoked"} -> the key, now revoked.
std::optional<bool> revoked(const QJsonObject& answer, QString* whyNot);

} // namespace MetabindRestDecoder
