#include "MetabindRestAccount.h"

#include "MetabindRest.h"
#include "MetabindRestDecoder.h"
#include "registry/JobSupport.h"
#include "registry/metabind/MetabindErrors.h"

#include <QUrl>

namespace {

// One page as large as the server allows: a project has a handful of keys.
constexpr int kKeyListLimit = 1000;

// Fails `job` from the event loop unless a REST request can be sent now with a project to send it for.
template <typename Job>
bool refused(Job* job, const MetabindRest* rest, std::optional<MetabindProject>* project)
{
    if (std::optional<Error> why = rest->whyNotReady()) {
        JobSupport::failQueued(job, *why);
        return true;
    }
    *project = rest->currentProject();
    if (!*project) {
        JobSupport::failQueued(job, MetabindErrors::noProject());
        return true;
    }
    return false;
}

} // namespace

MetabindRestAccount::MetabindRestAccount(MetabindRest* rest, QObject* jobParent)
    : m_rest(rest)
    , m_jobParent(jobParent)
{}

CredentialJobResult* MetabindRestAccount::signIn(const QString& email, const QString& password)
{
    auto* job = new CredentialJobResult(m_jobParent);
    const QString address = email.trimmed();
    if (address.isEmpty() || password.isEmpty())
        return JobSupport::failQueued(job, JobSupport::invalidInput(tr("Enter your email and password.")));
    MetabindRest* rest = m_rest;
    const QString scope = rest->signInScope();
    JobSupport::bind(
        rest->sendAnonymously("POST", MetabindRest::path(QStringLiteral("auth/login")),
                              {{QStringLiteral("email"), address}, {QStringLiteral("password"), password}}),
        job,
        [rest, address, scope](const QJsonObject& answer, QString* whyNot) -> std::optional<Credential> {
            std::optional<MetabindRestDecoder::SignIn> signIn =
                MetabindRestDecoder::signIn(answer, address, whyNot);
            if (!signIn)
                return std::nullopt;
            rest->setSignInExpiry(signIn->expiresAt);
            signIn->token.scopePath = scope;
            return signIn->token;
        },
        [password](const Error& error) { return JobSupport::withoutSecret(error, password); });
    return job;
}

ApiKeyListJob* MetabindRestAccount::listKeys()
{
    auto* job = new ApiKeyListJob(m_jobParent);
    std::optional<MetabindProject> project;
    if (refused(job, m_rest, &project))
        return job;
    const QString path = MetabindRest::projectPath(*project, QStringLiteral("api-keys")) +
                         QStringLiteral("?status=active&limit=%1").arg(kKeyListLimit);
    JobSupport::bind(m_rest->send("GET", path), job, &MetabindRestDecoder::keys);
    return job;
}

CreatedApiKeyJob* MetabindRestAccount::createKey(const QString& label)
{
    auto* job = new CreatedApiKeyJob(m_jobParent);
    const QString name = label.trimmed();
    if (name.isEmpty())
        return JobSupport::failQueued(job, JobSupport::invalidInput(tr("Enter a name for the new key.")));
    std::optional<MetabindProject> project;
    if (refused(job, m_rest, &project))
        return job;
    JobSupport::bind(
        m_rest->send("POST", MetabindRest::projectPath(*project, QStringLiteral("api-keys")),
                     {{QStringLiteral("name"), name}}),
        job,
        [project = *project](const QJsonObject& answer, QString* whyNot) {
            return MetabindRestDecoder::createdKey(answer, project, whyNot);
        },
        [name](Error error) {
            if (error.reason == Error::Reason::NameTaken && error.subject.isEmpty())
                error.subject = name;
            return error;
        });
    return job;
}

DoneJob* MetabindRestAccount::deleteKey(const QString& keyId)
{
    auto* job = new DoneJob(m_jobParent);
    const QString id = keyId.trimmed();
    if (id.isEmpty())
        return JobSupport::failQueued(job, JobSupport::invalidInput(tr("Which key? Its id is empty.")));
    std::optional<MetabindProject> project;
    if (refused(job, m_rest, &project))
        return job;
    // Revoked, not deleted: the registry keeps the record of the key, and refuses it from now on.
    const QString path = MetabindRest::projectPath(*project, QStringLiteral("api-keys/")) +
                         QString::fromLatin1(QUrl::toPercentEncoding(id));
    JobSupport::bind(m_rest->send("PUT", path, {{QStringLiteral("status"), QStringLiteral("revoked")}}), job,
                     &MetabindRestDecoder::revoked, [id](Error error) {
                         if (error.reason == Error::Reason::NotFound)
                             //: %1 is the id of an API key
                             error.subject = tr("API key %1").arg(id);
                         return error;
                     });
    return job;
}
