#include "Workspace.h"

#include "AccountSession.h"
#include "DownloadManager.h"
#include "RegistrySession.h"
#include "auth/CredentialStore.h"
#include "core/Logging.h"
#include "models/PackageListModel.h"
#include "registry/RegistryBackend.h"
#include "registry/RegistryList.h"
#include "registry/parts/AccountAccess.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTimer>

namespace {
// While the registry does not answer: the first retry after a second, then twice as long each time.
constexpr int kFirstReconnectMs = 1000;
constexpr int kMaxReconnectMs = 15000;

QString accountKey(const QUrl& endpoint)
{
    return endpoint.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveFragment).toString();
}

} // namespace

Workspace::Workspace(const Options& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_network(new QNetworkAccessManager(this))
    , m_registries(new RegistryList(this))
    , m_packages(new PackageListModel(this))
    , m_store(new CredentialStore(this))
    , m_downloads(new DownloadManager(m_network, this))
    , m_reconnectTimer(new QTimer(this))
    , m_countdown(new QTimer(this))
{
    if (m_options.registryUrl.isValid())
        m_environmentKey = qEnvironmentVariable("DEPOT_API_KEY").trimmed();
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &Workspace::reconnect);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &Workspace::statusChanged);
    connect(m_packages, &PackageListModel::stateChanged, this, &Workspace::onListStateChanged);
}

Workspace::~Workspace()
{
    // Sessions' backends use m_network: they go first, not in QObject's child order (the network manager was
    // created before them). That includes sessions still waiting for deleteLater().
    const QList<RegistrySession*> sessions = findChildren<RegistrySession*>(Qt::FindDirectChildrenOnly);
    for (RegistrySession* session : sessions)
        session->stop();
    qDeleteAll(sessions);
}

QUrl Workspace::load(QSettings& settings, const QUrl& lastUsed)
{
    bool listChanged = m_registries->load(settings, m_options.localRegistryUrl);
    QUrl wanted = lastUsed;
    const QUrl given = m_options.registryUrl;
    if (given.isValid() && !given.isEmpty()) {
        wanted = given;
        if (m_registries->indexOfUrl(given) < 0) {
            RegistryEntry entry;
            entry.name = given.port() < 0 ? given.host()
                                          : given.host() + QLatin1Char(':') + QString::number(given.port());
            entry.url = given;
            entry.forcedDialect = m_options.dialect;
            m_registries->add(entry);
            m_addedFromCommandLine = entry.name;
            listChanged = true; // kept: the next start opens it again unless told otherwise
        }
    }
    if (listChanged)
        saveRegistries(); // the first run's presets are now the user's list
    if (m_registries->indexOfUrl(wanted) < 0 && !m_registries->entries().isEmpty())
        wanted = m_registries->entries().constFirst().url;
    return wanted;
}

void Workspace::addForThisRun(const QUrl& url, const std::optional<Dialect>& dialect)
{
    if (m_registries->indexOfUrl(url) >= 0)
        return;
    RegistryEntry entry;
    entry.name = url.port() < 0 ? url.host() : url.host() + QLatin1Char(':') + QString::number(url.port());
    entry.url = url;
    entry.forcedDialect = dialect;
    m_temporaryUrls.append(url);
    m_registries->add(entry);
}

void Workspace::openLink(const QUrl& registry, const std::optional<Dialect>& dialect)
{
    qCDebug(lcSession) << "link to" << registry.host() << registry.path();
    addForThisRun(registry, dialect);
    open(registry);
}

void Workspace::saveRegistries() const
{
    QSettings settings;
    if (m_temporaryUrls.isEmpty()) {
        m_registries->save(settings);
        return;
    }
    RegistryList kept;
    for (const RegistryEntry& entry : m_registries->entries()) {
        if (!m_temporaryUrls.contains(entry.url))
            kept.add(entry);
    }
    kept.save(settings);
}

QString Workspace::addedNotice() const
{
    if (m_addedFromCommandLine.isEmpty())
        return {};
    return tr("%1 was added to your registries; Depot opens it again next time.").arg(m_addedFromCommandLine);
}

RegistrySession* Workspace::session() const
{
    return m_session;
}

AccountSession* Workspace::account() const
{
    return m_account;
}

AccountSession* Workspace::accountFor(const QUrl& endpoint)
{
    const QString key = accountKey(endpoint);
    if (AccountSession* account = m_accounts.value(key))
        return account;
    auto* account = new AccountSession(endpoint, m_store, this);
    m_accounts.insert(key, account);
    return account;
}

void Workspace::open(const QUrl& url)
{
    const int row = m_registries->indexOfUrl(url);
    if (row < 0) {
        close();
        return;
    }
    RegistryEntry entry = m_registries->entries().at(row);
    if (m_options.dialect && entry.url == m_options.registryUrl)
        entry.forcedDialect = m_options.dialect;
    if (m_session && m_session->entry().url == entry.url &&
        m_session->entry().forcedDialect == entry.forcedDialect) {
        // The same registry: a rename or a remembered dialect does not need a new connection.
        m_session->setName(entry.name);
        emit statusChanged();
        return;
    }
    if (m_session) {
        m_session->stop();
        m_session->deleteLater();
    }
    stopReconnecting();
    m_session = new RegistrySession(entry, m_network, m_packages, this);
    qCDebug(lcSession) << "open" << entry.url.host() << entry.url.path();
    connect(m_session, &RegistrySession::stateChanged, this, &Workspace::onSessionStateChanged);
    RegistrySession* session = m_session;
    // Whatever page asked, a request that finds the registry gone (or back) changes the status line.
    connect(m_session, &RegistrySession::backendCreated, this, [this, session](RegistryBackend* backend) {
        connect(backend, &RegistryBackend::unreachable, this, [this, session](const Error& why) {
            if (session == m_session)
                onRequestUnreachable(why);
        });
        connect(backend, &RegistryBackend::answered, this, [this, session] {
            if (session == m_session)
                onRequestAnswered();
        });
    });
    connect(m_session, &RegistrySession::dialectDetected, this,
            [this, session](const Dialect& dialect) { rememberDialect(session->entry().url, dialect); });
    // The account first: whoever observes the new session finds the account that goes with it.
    m_account = accountFor(entry.url);
    emit sessionChanged(m_session);
    attachAccount();
    emit statusChanged();
}

void Workspace::close()
{
    if (m_session) {
        m_session->stop();
        m_session->deleteLater();
    }
    m_session = nullptr;
    m_account = nullptr;
    stopReconnecting();
    emit sessionChanged(nullptr);
    emit statusChanged();
}

void Workspace::attachAccount()
{
    RegistrySession* session = m_session;
    AccountSession* account = m_account;
    // The credentials go to the session before its backend exists: the first request already carries them.
    session->setHeaderProvider(account->headerProvider());
    // The environment's key before anything else sees the backend: the first request already carries it.
    if (!m_environmentKey.isEmpty() && session->entry().url == m_options.registryUrl) {
        connect(session, &RegistrySession::backendCreated, account,
                [this, account](RegistryBackend* backend) { useEnvironmentKey(account, backend); });
    }
    // As soon as the backend exists (before its status answer): sign-in and key dialogs need it.
    connect(session, &RegistrySession::backendCreated, account,
            [account](RegistryBackend* backend) { account->setBackend(backend); });
    connect(account, &AccountSession::credentialsChanged, session, [this, session, account] {
        // A new credential may see more (or less): load again, unless the first start is still to come.
        if (m_applyingEnvironmentKey)
            return;
        if (session == m_session && session->state() != RegistrySession::State::Idle && account->isLoaded())
            session->start();
    });
    if (account->isLoaded()) {
        session->start();
        return;
    }
    connect(
        account, &AccountSession::loaded, session,
        [session] {
            if (session->state() == RegistrySession::State::Idle)
                session->start();
        },
        Qt::SingleShotConnection);
    account->ensureLoaded();
}

void Workspace::useEnvironmentKey(AccountSession* account, RegistryBackend* backend)
{
    if (m_environmentKey.isEmpty())
        return;
    AccountAccess* access = backend->account();
    Credential key = access ? access->credentialFromPastedKey(m_environmentKey) : Credential();
    // Once: the account keeps it for the rest of the run, and the copy here goes.
    m_environmentKey.fill(QLatin1Char('\0'));
    m_environmentKey.clear();
    m_applyingEnvironmentKey = true;
    const bool used = account->useKeyForSession(key);
    m_applyingEnvironmentKey = false;
    key.wipe();
    // Whether, never what.
    qCDebug(lcSession) << (used ? "using the key from DEPOT_API_KEY for" : "DEPOT_API_KEY is not a key of")
                       << m_options.registryUrl.host();
}

void Workspace::refresh()
{
    if (m_session)
        m_session->start();
}

int Workspace::add(const RegistryEntry& entry)
{
    const int existing = m_registries->indexOfUrl(entry.url);
    if (existing >= 0)
        return existing; // already in the list: show it rather than keep two of the same
    m_registries->add(entry);
    saveRegistries();
    return m_registries->indexOfUrl(entry.url);
}

bool Workspace::replace(const QUrl& originalUrl, const RegistryEntry& entry)
{
    const int index = m_registries->indexOfUrl(originalUrl);
    if (index < 0)
        return false;
    const int clash = m_registries->indexOfUrl(entry.url);
    if (clash >= 0 && clash != index)
        return false;
    const bool wasOpen = m_session && m_session->entry().url == originalUrl;
    m_registries->replace(index, entry);
    saveRegistries();
    if (wasOpen)
        open(entry.url);
    return true;
}

void Workspace::remove(const QUrl& url)
{
    const int index = m_registries->indexOfUrl(url);
    if (index < 0)
        return;
    const bool wasOpen = m_session && m_session->entry().url == url;
    m_registries->remove(index);
    saveRegistries();
    if (!wasOpen)
        return;
    const QList<RegistryEntry>& entries = m_registries->entries();
    if (entries.isEmpty())
        close();
    else
        open(entries.at(qMin(index, int(entries.size()) - 1)).url);
}

void Workspace::rememberDialect(const QUrl& url, const Dialect& dialect)
{
    // The next start skips the introspection round trip.
    const int index = m_registries->indexOfUrl(url);
    if (index < 0)
        return;
    RegistryEntry updated = m_registries->entries().at(index);
    updated.detectedDialect = dialect;
    m_registries->replace(index, updated);
    saveRegistries();
}

void Workspace::onSessionStateChanged()
{
    if (!m_session)
        return;
    const RegistrySession::State state = m_session->state();
    if (state == RegistrySession::State::Failed) {
        m_reconnecting = false;
        // A rejected key fails the whole request, the status check included: the account says so.
        if (m_account)
            m_account->reportError(m_session->error());
        if (m_session->error().isUnreachable())
            scheduleReconnect(m_session->error());
        else
            stopReconnecting(); // it answered, with something trying again cannot mend
    } else if (state == RegistrySession::State::Connected) {
        m_requestUnreachable = false;
        const bool wasRecovering = isReconnecting();
        stopReconnecting();
        emit connected(m_session->backend(), wasRecovering);
    }
    emit statusChanged();
}

void Workspace::onListStateChanged()
{
    if (!m_session || m_session->state() != RegistrySession::State::Connected)
        return;
    const PackageListModel::State state = m_packages->state();
    // Connected a moment ago, but the list got no answer: the registry went away in between.
    if (state == PackageListModel::State::Failed) {
        if (m_account)
            m_account->reportError(m_packages->lastError());
        if (m_packages->lastError().isUnreachable()) {
            m_reconnecting = false;
            scheduleReconnect(m_packages->lastError());
            emit statusChanged();
        }
        return;
    }
    const bool answered =
        state == PackageListModel::State::CanFetchMore || state == PackageListModel::State::Finished;
    if (answered && isReconnecting()) {
        // The list's retry got its answer: the registry is back.
        stopReconnecting();
        emit recovered();
        emit statusChanged();
    }
}

void Workspace::onRequestUnreachable(const Error& why)
{
    if (m_session->state() != RegistrySession::State::Connected)
        return; // the session's own failure says so
    m_requestUnreachable = true;
    m_reconnecting = false;
    scheduleReconnect(why);
    emit statusChanged();
}

void Workspace::onRequestAnswered()
{
    if (!m_requestUnreachable || m_session->state() != RegistrySession::State::Connected)
        return;
    m_requestUnreachable = false;
    if (m_packages->state() == PackageListModel::State::Failed)
        return; // the list's retry says when it is back
    stopReconnecting();
    emit recovered();
    emit statusChanged();
}

void Workspace::scheduleReconnect(const Error& why)
{
    m_unreachable = why;
    if (m_reconnectTimer->isActive())
        return;
    m_reconnectDelayMs =
        m_reconnectDelayMs == 0 ? kFirstReconnectMs : qMin(2 * m_reconnectDelayMs, kMaxReconnectMs);
    qCDebug(lcSession) << "registry unreachable; next try in" << m_reconnectDelayMs << "ms";
    m_reconnectTimer->start(m_reconnectDelayMs);
    m_countdown->start();
}

void Workspace::stopReconnecting()
{
    m_reconnectTimer->stop();
    m_countdown->stop();
    m_reconnectDelayMs = 0;
    m_reconnecting = false;
    m_requestUnreachable = false;
    m_unreachable = {};
}

QString Workspace::reconnectText() const
{
    if (m_reconnectTimer->isActive()) {
        const int seconds = (m_reconnectTimer->remainingTime() + 999) / 1000;
        return tr("Next try in %n second(s).", nullptr, qMax(1, seconds));
    }
    return m_reconnecting ? tr("Trying again now…") : QString();
}

int Workspace::nextReconnectInMs() const
{
    return m_reconnectTimer->isActive() ? m_reconnectTimer->remainingTime() : -1;
}

void Workspace::reconnect()
{
    if (!m_session)
        return;
    m_countdown->stop();
    m_reconnecting = true;
    emit statusChanged(); // "Trying again now…"
    // Only the list's page failed: ask for that page again, keeping the rows and the scroll position.
    if (m_session->state() == RegistrySession::State::Connected &&
        m_packages->state() == PackageListModel::State::Failed) {
        m_packages->retry();
        return;
    }
    // Only another page's request failed: ask how the registry is, without reloading anything. Its answer (or
    // none) comes back through onRequestAnswered() / onRequestUnreachable().
    if (m_session->state() == RegistrySession::State::Connected && m_requestUnreachable) {
        m_session->backend()->status();
        return;
    }
    m_session->start(); // checks the status again, then reloads the list
}

QString Workspace::statusText() const
{
    if (!m_session)
        return tr("No registry selected");
    // While Depot tries again by itself, the line keeps saying why, with the next try's countdown, rather
    // than flashing "Connecting…" for as long as a try takes (a registry that stalls takes 15 s to give up
    // on).
    if (isReconnecting() && m_unreachable.isError())
        return tr("Unreachable: %1 %2").arg(m_unreachable.userText(), reconnectText());
    return m_session->statusText();
}

bool Workspace::offersRetry() const
{
    if (!m_session)
        return false;
    const RegistrySession::State state = m_session->state();
    return state == RegistrySession::State::Failed ||
           (state == RegistrySession::State::Connected && m_requestUnreachable);
}

bool Workspace::isOffline() const
{
    if (!m_session)
        return false;
    if (m_session->state() == RegistrySession::State::Failed && m_session->error().isUnreachable())
        return true;
    return isReconnecting() && m_unreachable.isUnreachable();
}

QString Workspace::offlineText(const QString& what) const
{
    //: %1 is what cannot be done now: "Publishing", "Managing API keys"
    return tr("%1 needs the registry, which does not answer now. Depot tries again by itself.").arg(what);
}
