#pragma once

#include "RegistryBackend.h"
#include "graphql/ErrorConventions.h"

#include <QJsonObject>
#include <QSet>

#include <memory>

class GraphQlClient;
class HeaderProvider;
class QNetworkAccessManager;

// A backend that speaks GraphQL to its endpoint: the one client its parts share, made with the registry
// kind's operations folder and its reading of the server's errors, and the health probe every kind has (its
// RegistryStatus operation).
class GraphQlBackend : public RegistryBackend
{
    Q_OBJECT
public:
    // What the base needs of a registry kind.
    struct Kind
    {
        Dialect dialect;
        ErrorExplainer explain;
        std::optional<RegistryStatus> (*status)(const QJsonObject& data, QString* whyNot) = nullptr;
        // The read operations whose answers are kept on disk (AnswerCache) so their pages open at once, also
        // offline: pages people browse, never their keys, drafts or download addresses.
        QSet<QString> cachedOperations = {};
    };

    Dialect dialect() const override { return m_kind.dialect; }
    QUrl endpoint() const override;
    StatusJob* status() override;

protected:
    GraphQlBackend(QNetworkAccessManager* network, const QUrl& endpoint,
                   std::shared_ptr<const HeaderProvider> headers, Kind kind, QObject* parent = nullptr);

    GraphQlClient* client() const { return m_client; }

private:
    Kind m_kind;
    GraphQlClient* m_client;
};
