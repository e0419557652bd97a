#pragma once

#include "auth/Credential.h"
#include "registry/ApiKey.h"
#include "registry/CreatedApiKey.h"
#include "registry/UserProfile.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// DataPM sign-in and API-key answers -> domain values, and the key's wire form. Pure like DataPmDecoder.
// A *whyNot never contains a secret: it names the field that is wrong, not its value.
class DataPmAccountDecoder
{
public:
    // login: a JWT -> the SessionToken "Authorization: Bearer <jwt>" for `username`.
    static std::optional<Credential> session(const QJsonObject& data, const QString& username,
                                             QString* whyNot);
    // me {user isAdmin}.
    static std::optional<UserProfile> currentUser(const QJsonObject& data, QString* whyNot);
    // myAPIKeys; null fails (the server sends it only with an error that explains it).
    static std::optional<QList<ApiKey>> apiKeys(const QJsonObject& data, QString* whyNot);
    // createAPIKey {id label secret createdAt scopes}: the listed fields plus the credential.
    static std::optional<CreatedApiKey> createdApiKey(const QJsonObject& data, QString* whyNot);
    // deleteAPIKey answers the deleted key.
    static std::optional<bool> deleted(const QJsonObject& data, QString* whyNot);

    static std::optional<ApiKey> apiKeyOf(const QJsonObject& object, QString* whyNot);
    // "X-API-Key: base64(id + "." + secret)".
    static Credential apiKeyCredential(const QString& id, const QString& secret, const QString& label);
    // The base64 wire form as a user pastes it (surrounding white space ignored): decodes to
    // "<id>.<secret>" with both parts non-empty. Anything else gives an invalid Credential.
    static Credential credentialFromPastedKey(const QString& pasted);
};
