#include "DataPmAccount.h"

#include "DataPmAccountDecoder.h"

#include <QJsonArray>

namespace {

// The decoders say why an answer has the wrong shape; a server's refusal comes with its own error.
template <typename T>
GraphQlAccount::Decoder<T> decoder(std::optional<T> (*decode)(const QJsonObject&, QString*))
{
    return [decode](const QJsonObject& data, Error* error) {
        return decode(data, &error->message);
    };
}

} // namespace

namespace DataPmAccount {

GraphQlAccount::Spec spec()
{
    GraphQlAccount::Spec s;
    s.signInOperation = QStringLiteral("Login");
    s.session = [](const QJsonObject& data, const QString& username, Error* error) {
        return DataPmAccountDecoder::session(data, username, &error->message);
    };
    s.currentUserOperation = QStringLiteral("Me");
    s.currentUser = decoder(&DataPmAccountDecoder::currentUser);
    s.pastedKey = &DataPmAccountDecoder::credentialFromPastedKey;
    s.listKeysOperation = QStringLiteral("MyApiKeys");
    s.keys = decoder(&DataPmAccountDecoder::apiKeys);
    s.createKeyOperation = QStringLiteral("CreateApiKey");
    s.createKeyVariables = [](const QString& label) {
        const QJsonArray scopes{QStringLiteral("MANAGE_API_KEYS"), QStringLiteral("READ_PRIVATE_ASSETS"),
                                QStringLiteral("MANAGE_PRIVATE_ASSETS")};
        return QJsonObject{{QStringLiteral("value"), QJsonObject{{QStringLiteral("label"), label},
                                                                 {QStringLiteral("scopes"), scopes}}}};
    };
    s.created = [](const QJsonObject& data, const QString&, Error* error) {
        return DataPmAccountDecoder::createdApiKey(data, &error->message);
    };
    s.deleteKeyOperation = QStringLiteral("DeleteApiKey");
    s.deleteKeyVariable = QStringLiteral("id");
    s.deleted = decoder(&DataPmAccountDecoder::deleted);
    s.keyNoun = QCoreApplication::translate("DataPmAccount", "API key");
    return s;
}

} // namespace DataPmAccount
