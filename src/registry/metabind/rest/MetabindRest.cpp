#include "MetabindRest.h"

#include "core/Error.h"
#include "graphql/GraphQlClient.h"
#include "graphql/HeaderProvider.h"
#include "registry/metabind/MetabindErrors.h"

#include <QUrl>

namespace {

const QByteArray kSignInHeader = QByteArrayLiteral("Authorization");

QString encoded(const QString& id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace

MetabindRest::MetabindRest(GraphQlClient* client, std::shared_ptr<const HeaderProvider> headers)
    : m_client(client)
    , m_headers(std::move(headers))
{}

QString MetabindRest::path(const QString& tail)
{
    return QStringLiteral("app/v1/") + tail;
}

QString MetabindRest::projectPath(const MetabindProject& project, const QString& resource)
{
    return path(QStringLiteral("organizations/%1/projects/%2/%3")
                    .arg(encoded(project.organization), encoded(project.project), resource));
}

QString MetabindRest::signInScope() const
{
    return m_client->restUrl(QStringLiteral("app/")).path();
}

std::optional<MetabindProject> MetabindRest::currentProject() const
{
    if (m_headers) {
        if (std::optional<MetabindProject> project =
                MetabindProject::fromAccount(m_headers->accountFor(m_client->endpoint())))
            m_lastProject = project;
    }
    return m_lastProject;
}

bool MetabindRest::hasProjectKey() const
{
    return m_headers && !m_headers->headersFor(m_client->endpoint()).isEmpty();
}

QString MetabindRest::signedInAccount() const
{
    return whyNotReady() || !m_headers ? QString() : m_headers->accountFor(m_client->restUrl(path({})));
}

std::optional<Error> MetabindRest::whyNotReady() const
{
    bool signedIn = false;
    if (m_headers) {
        for (const auto& header : m_headers->headersFor(m_client->restUrl(path({}))))
            signedIn = signedIn || header.first.compare(kSignInHeader, Qt::CaseInsensitive) == 0;
    }
    if (!signedIn)
        return MetabindErrors::notSignedIn(false);
    // The login said when the token ends: a request after that would only be refused.
    if (m_expiresAt.isValid() && QDateTime::currentDateTimeUtc() >= m_expiresAt)
        return MetabindErrors::notSignedIn(true);
    return std::nullopt;
}

GraphQlJob* MetabindRest::send(const QByteArray& verb, const QString& path, const QJsonObject& body) const
{
    return m_client->runRest(verb, path, body, kSignInHeader, m_client->defaultOptions());
}

GraphQlJob* MetabindRest::sendAnonymously(const QByteArray& verb, const QString& path,
                                          const QJsonObject& body) const
{
    return m_client->runRest(verb, path, body, {}, m_client->defaultOptions());
}
