#include "KeyCheck.h"

#include "auth/CredentialPolicy.h"
#include "auth/RegistryCredentials.h"
#include "core/Logging.h"
#include "registry/DialectDetector.h"
#include "registry/DialectTable.h"
#include "registry/RegistryBackend.h"
#include "registry/parts/AccountAccess.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

KeyCheck::KeyCheck(const QUrl& endpoint, std::optional<Dialect> dialect, QNetworkAccessManager* network,
                   QObject* parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_dialect(std::move(dialect))
    , m_network(network ? network : new QNetworkAccessManager(this))
{}

KeyCheck::~KeyCheck()
{
    cancel();
}

void KeyCheck::start(const QString& pasted)
{
    cancel();
    m_pasted = pasted.trimmed();
    m_running = true;
    if (const QString refusal = CredentialPolicy::refusal(m_endpoint); !refusal.isEmpty()) {
        refuse(refusal, Problem::Registry);
        return;
    }
    if (m_dialect) {
        check();
        return;
    }
    DialectJob* job = DialectDetector::detect(m_network, m_endpoint, this);
    m_job = job;
    connect(job, &RegistryJob::finished, this, [this, job] {
        m_dialect = job->result();
        emit dialectFound(*m_dialect);
        check();
    });
    connect(job, &RegistryJob::failed, this,
            [this](const Error& error) { refuse(error.message, Problem::Registry); });
}

void KeyCheck::check()
{
    m_credentials = std::make_shared<RegistryCredentials>(m_endpoint);
    m_backend = DialectTable::createBackend(*m_dialect, {m_network, m_endpoint, m_credentials});
    AccountAccess* account = m_backend ? m_backend->account() : nullptr;
    if (!account) {
        refuse(m_backend ? m_backend->whyMissing(RegistryPart::Account)
                         : tr("Depot does not know registries of this kind."),
               Problem::Registry);
        return;
    }
    Credential key = account->credentialFromPastedKey(m_pasted);
    m_pasted.fill(QLatin1Char('\0'));
    m_pasted.clear();
    if (!key.isValid() || !m_credentials->setApiKey(key)) {
        key.wipe();
        refuse(tr("This is not a key of this registry."), Problem::Key);
        return;
    }
    UserJob* job = account->currentUser();
    m_job = job;
    // The key goes to the receiver only once the registry said yes; until then it lives in m_credentials.
    auto pending = std::make_shared<Credential>(key);
    key.wipe();
    connect(job, &RegistryJob::finished, this, [this, pending] {
        qCDebug(lcSession) << "key accepted by" << m_endpoint.host();
        const Credential checked = *pending;
        pending->wipe();
        finish();
        emit accepted(checked);
    });
    connect(job, &RegistryJob::failed, this, [this, pending](const Error& error) {
        pending->wipe();
        qCDebug(lcSession).noquote() << "key check failed at" << m_endpoint.host() << error.logText();
        if (error.isCredentialProblem())
            refuse(tr("The registry did not accept this key. Check that it is complete and has not been "
                      "revoked."),
                   Problem::Key);
        else
            refuse(error.userText(), Problem::Registry);
    });
}

void KeyCheck::cancel()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        if (!m_job->isFinished())
            m_job->cancel();
    }
    m_job = nullptr;
    m_pasted.fill(QLatin1Char('\0'));
    m_pasted.clear();
    m_running = false;
    if (m_credentials)
        m_credentials->clearApiKey();
}

void KeyCheck::refuse(const QString& text, Problem problem)
{
    finish();
    // From the event loop, as every job ends: the caller may still be setting up when start() refuses.
    QMetaObject::invokeMethod(
        this, [this, text, problem] { emit refused(text, problem); }, Qt::QueuedConnection);
}

void KeyCheck::finish()
{
    m_running = false;
    m_job = nullptr;
    if (m_credentials)
        m_credentials->clearApiKey();
    // The backend goes later: this may run inside one of its jobs' signals.
    if (m_backend)
        m_backend.release()->deleteLater();
}
