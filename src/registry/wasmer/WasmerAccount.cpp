#include "WasmerAccount.h"

#include "WasmerAccountDecoder.h"
#include "WasmerErrors.h"

namespace {

constexpr int kTokenListSize = 100;

} // namespace

namespace WasmerAccount {

GraphQlAccount::Spec spec()
{
    GraphQlAccount::Spec s;
    s.signInOperation = QStringLiteral("TokenAuth");
    s.session = [](const QJsonObject& data, const QString& username, Error* error) {
        return WasmerAccountDecoder::session(data, username, &error->message);
    };
    s.signInError = &WasmerErrors::wrongCredentials;
    s.currentUserOperation = QStringLiteral("Viewer");
    // A null viewer: no token, or one the registry does not accept (Wasmer then treats the caller as
    // anonymous).
    s.currentUser = [](const QJsonObject& data, Error* error) {
        std::optional<UserProfile> profile =
            WasmerAccountDecoder::user(data.value(QStringLiteral("viewer")), &error->message);
        if (!profile && error->message.isEmpty())
            *error = WasmerErrors::notSignedIn();
        return profile;
    };
    s.pastedKey = &WasmerAccountDecoder::credentialFromPastedKey;
    s.listKeysOperation = QStringLiteral("ApiTokens");
    s.listKeysVariables = {{QStringLiteral("first"), kTokenListSize}};
    s.keys = [](const QJsonObject& data, Error* error) {
        std::optional<QList<ApiKey>> keys = WasmerAccountDecoder::apiTokens(data, &error->message);
        if (!keys && error->message.isEmpty())
            *error = WasmerErrors::notSignedIn();
        return keys;
    };
    s.createKeyOperation = QStringLiteral("GenerateApiToken");
    s.createKeyVariables = [](const QString& label) {
        return QJsonObject{{QStringLiteral("identifier"), label}};
    };
    s.created = [](const QJsonObject& data, const QString& label, Error* error) {
        return WasmerAccountDecoder::createdToken(data, label, &error->message);
    };
    s.deleteKeyOperation = QStringLiteral("RevokeApiToken");
    s.deleteKeyVariable = QStringLiteral("tokenId");
    s.deleted = [](const QJsonObject& data, Error* error) {
        return WasmerAccountDecoder::revoked(data, &error->message);
    };
    s.keyNoun = QCoreApplication::translate("WasmerAccount", "token");
    return s;
}

} // namespace WasmerAccount
