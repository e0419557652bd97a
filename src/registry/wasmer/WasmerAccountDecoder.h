#pragma once

#include "auth/Credential.h"
#include "registry/ApiKey.h"
#include "registry/CreatedApiKey.h"
#include "registry/PackageGroup.h"
#include "registry/Paging.h"
#include "registry/UserProfile.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

// Wasmer sign-in, tokens, users and namespaces (the `data` object of an answer) -> domain values. Pure
// like WasmerDecoder. A *whyNot never contains a secret. A null viewer / user / namespace gives nullopt
// with an empty *whyNot: "not signed in" or "not found", which the backend words; not a wrong shape.
class WasmerAccountDecoder
{
public:
    // tokenAuth {username token} -> SessionToken "Authorization: Bearer <token>".
    static std::optional<Credential> session(const QJsonObject& data, const QString& username,
                                             QString* whyNot);
    // A User object (viewer, getUser): public fields only.
    static std::optional<UserProfile> user(const QJsonValue& user, QString* whyNot);
    // viewer.apiTokens; revoked tokens are left out.
    static std::optional<QList<ApiKey>> apiTokens(const QJsonObject& data, QString* whyNot);
    // generateApiToken {tokenRaw token{id identifier createdAt}}.
    static std::optional<CreatedApiKey> createdToken(const QJsonObject& data, const QString& label,
                                                     QString* whyNot);
    // revokeApiToken {success}.
    static std::optional<bool> revoked(const QJsonObject& data, QString* whyNot);
    // getNamespace {name displayName description websiteUrl} -> a catalog.
    static std::optional<PackageGroup> namespaceOf(const QJsonValue& value, QString* whyNot);
    // getNamespace.packages (and getUser.packages): a Relay connection of packages, one row per package (its
    // latest version).
    static std::optional<PackagePage> namespacePackages(const QJsonValue& value, QString* whyNot);

    // "Authorization: Bearer <token>" of `kind`; invalid when the token is not one printable word.
    static Credential bearer(const QString& token, Credential::Kind kind, const QString& account);
    // A pasted token, with or without the "Bearer " in front.
    static Credential credentialFromPastedKey(const QString& pasted);
};
