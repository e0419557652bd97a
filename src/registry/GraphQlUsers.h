#pragma once

#include "GraphQlPart.h"
#include "parts/UserDirectory.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

// User pages of a GraphQL registry: the operation "User" with the variable `username`, and the kind's decoder
// of its answer (which may say "not found" for a null user).
class GraphQlUsers : public UserDirectory, protected GraphQlPart
{
    Q_DECLARE_TR_FUNCTIONS(GraphQlUsers)
public:
    using Decoder = std::function<std::optional<UserProfile>(const QJsonObject& data, const QString& username,
                                                             Error* error)>;

    GraphQlUsers(Decoder decode, GraphQlClient* client, QObject* jobParent);
    UserJob* user(const QString& username) override;

private:
    Decoder m_decode;
};
