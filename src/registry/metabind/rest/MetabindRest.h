#pragma once

#include "MetabindProject.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

struct Error;
class GraphQlClient;
class GraphQlJob;
class HeaderProvider;

// Metabind's REST side (/app/v1 next to /graphql) as the parts of the backend use it: its paths, the project
// the key in use names, and whether a sign-in is there to send. Requests go through the backend's
// GraphQlClient (GraphQlClient::runRest: deadline, size cap, redirects, errors as values) and carry only the
// sign-in ("Authorization: Bearer <JWT>"), which the account session keeps in memory for the REST paths
// (Credential::scopePath); the project key goes to GraphQL only.
class MetabindRest
{
public:
    MetabindRest(GraphQlClient* client, std::shared_ptr<const HeaderProvider> headers);

    // "app/v1/<path>", relative to the GraphQL endpoint.
    static QString path(const QString& tail);
    // "app/v1/organizations/{org}/projects/{project}/<resource>", each id percent-encoded.
    static QString projectPath(const MetabindProject& project, const QString& resource);
    // The path on the registry's origin under which the sign-in is sent ("/app/" for
    // https://api.metabind.ai/graphql).
    QString signInScope() const;

    // The project of the key in use for GraphQL ("organization:project:key"), or of the last such key this
    // registry used (a revoked or forgotten key leaves its project behind); nullopt when none was seen.
    std::optional<MetabindProject> currentProject() const;
    // Whether GraphQL requests carry a project key.
    bool hasProjectKey() const;
    // The email of the sign-in the REST requests carry; empty without one.
    QString signedInAccount() const;
    // Why a REST request cannot be sent now (nobody signed in, the sign-in has expired); nullopt when it can.
    std::optional<Error> whyNotReady() const;
    // When the sign-in just made expires (from the login answer; not secret).
    void setSignInExpiry(const QDateTime& expiresAt) { m_expiresAt = expiresAt; }

    // Sends `verb path` with `body`, with the sign-in. Callers check whyNotReady() first.
    GraphQlJob* send(const QByteArray& verb, const QString& path, const QJsonObject& body = {}) const;
    // Sends without any credential (the login itself).
    GraphQlJob* sendAnonymously(const QByteArray& verb, const QString& path, const QJsonObject& body) const;

    GraphQlClient* client() const { return m_client; }

private:
    GraphQlClient* m_client;
    std::shared_ptr<const HeaderProvider> m_headers;
    QDateTime m_expiresAt;
    mutable std::optional<MetabindProject> m_lastProject;
};
