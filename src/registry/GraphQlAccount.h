#pragma once

#include "GraphQlPart.h"
#include "parts/AccountAccess.h"
#include "parts/ApiKeyManagement.h"
#include "parts/PasswordSignIn.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>
#include <optional>

// The account parts of a GraphQL registry that signs in with a password and manages its keys through GraphQL
// (DataPM, Wasmer), described by what differs between the kinds: the operations, their variables and the
// decoders of their answers. The validation of what a person typed, mutations that are never retried, a
// password that never reaches an error value and the sentences are the same for every kind, here.
class GraphQlAccount : public AccountAccess,
                       public PasswordSignIn,
                       public ApiKeyManagement,
                       protected GraphQlPart
{
    Q_DECLARE_TR_FUNCTIONS(GraphQlAccount)
public:
    // A decoder may choose the error's reason (e.g. "not signed in" for a null viewer).
    template <typename T>
    using Decoder = std::function<std::optional<T>(const QJsonObject& data, Error* error)>;

    struct Spec
    {
        QString signInOperation; // variables {username, password}
        std::function<std::optional<Credential>(const QJsonObject& data, const QString& username,
                                                Error* error)>
            session;
        std::function<Error(Error)> signInError; // the kind's reading of a refused sign-in; may be empty
        QString currentUserOperation;
        Decoder<UserProfile> currentUser;
        std::function<Credential(const QString& pasted)> pastedKey;
        QString listKeysOperation;
        QJsonObject listKeysVariables;
        Decoder<QList<ApiKey>> keys;
        QString createKeyOperation;
        std::function<QJsonObject(const QString& label)> createKeyVariables;
        std::function<std::optional<CreatedApiKey>(const QJsonObject& data, const QString& label,
                                                   Error* error)>
            created;
        QString deleteKeyOperation;
        QString deleteKeyVariable;
        Decoder<bool> deleted;
        QString keyNoun; // what the kind calls a key, translated: "API key", "token"
    };

    GraphQlAccount(Spec spec, GraphQlClient* client, QObject* jobParent);

    CredentialJobResult* signIn(const QString& username, const QString& password) override;
    UserJob* currentUser() override;
    Credential credentialFromPastedKey(const QString& pasted) const override;
    ApiKeyListJob* listKeys() override;
    CreatedApiKeyJob* createKey(const QString& label) override;
    DoneJob* deleteKey(const QString& keyId) override;

private:
    Spec m_spec;
};
