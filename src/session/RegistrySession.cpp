#include "RegistrySession.h"

#include "core/Logging.h"
#include "registry/DialectDetector.h"
#include "registry/DialectTable.h"
#include "registry/LiveFeed.h"
#include "registry/parts/LiveUpdates.h"
#include "registry/parts/PackageSearch.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>

#include <utility>

RegistrySession::RegistrySession(const RegistryEntry& entry, QNetworkAccessManager* network,
                                 PackageListModel* packages, QObject* parent)
    : QObject(parent)
    , m_entry(entry)
    , m_network(network)
    , m_packages(packages)
{}

RegistrySession::~RegistrySession()
{
    stop();
}

void RegistrySession::stop()
{
    abortJobs();
    followLive(false);
    // The model outlives sessions: it must not keep a source that calls into our backend.
    if (m_packages)
        m_packages->clear();
    m_packages = nullptr;
    m_state = State::Idle;
}

void RegistrySession::abortJobs()
{
    if (!m_job)
        return;
    RegistryJob* job = m_job;
    m_job = nullptr;
    disconnect(job, nullptr, this, nullptr);
    if (!job->isFinished())
        job->cancel();
}

void RegistrySession::setHeaderProvider(std::shared_ptr<const HeaderProvider> headers)
{
    abortJobs();
    if (m_packages)
        m_packages->clear(); // its source calls into the backend that goes now
    m_headers = std::move(headers);
    followLive(false); // before its backend goes
    m_backend.reset();
    setState(State::Idle); // until start() connects with the new headers
}

void RegistrySession::start()
{
    abortJobs();
    // Rows kept from an earlier visit, shown while the registry was away, stay and are refreshed in place:
    // the person keeps their selection and scroll position.
    m_refreshInPlace = m_backend && m_packages && m_packages->isShowingCached() &&
                       m_appliedSearch == std::make_pair(m_searchText, m_filters);
    // The list first: views that redraw on its change still see the last error (not a failure without one).
    if (m_packages && !m_refreshInPlace)
        m_packages->clear();
    m_error = {};
    if (!m_entry.url.isValid() || !m_network) {
        fail(Error::local(Error::Kind::Config, Error::Reason::InvalidInput,
                          tr("The address of this registry is not valid.")));
        return;
    }
    if (m_backend) {
        checkStatus();
        return;
    }
    if (const std::optional<Dialect> dialect = m_entry.dialect()) {
        createBackendAndConnect(*dialect);
        return;
    }
    setState(State::Detecting);
    DialectJob* job = DialectDetector::detect(m_network, m_entry.url, this);
    m_job = job;
    connect(job, &RegistryJob::finished, this, [this, job] {
        m_job = nullptr;
        const Dialect dialect = job->result();
        m_entry.detectedDialect = dialect;
        emit dialectDetected(dialect);
        createBackendAndConnect(dialect);
    });
    connect(job, &RegistryJob::failed, this, [this](const Error& error) {
        m_job = nullptr;
        fail(error);
    });
}

void RegistrySession::createBackendAndConnect(const Dialect& dialect)
{
    followLive(false);
    m_backend = DialectTable::createBackend(dialect, {m_network, m_entry.url, m_headers});
    if (!m_backend) {
        fail(
            Error::local(Error::Kind::Unsupported, Error::Reason::Unsupported,
                         tr("Depot does not know registries of the kind “%1” any more. Edit the registry and "
                            "choose its kind again.")
                             .arg(dialect.id())));
        return;
    }
    qCDebug(lcSession) << "opened" << m_entry.url.host() << "as" << dialect.id();
    emit backendCreated(m_backend.get());
    checkStatus();
}

void RegistrySession::checkStatus()
{
    setState(State::Connecting);
    StatusJob* job = m_backend->status();
    m_job = job;
    connect(job, &RegistryJob::finished, this, [this, job] {
        m_job = nullptr;
        m_status = job->result();
        setState(State::Connected);
    });
    connect(job, &RegistryJob::failed, this, [this](const Error& error) {
        m_job = nullptr;
        fail(error);
    });
    // The first page does not wait for the status answer: both go out together, so the first rows come
    // one round trip sooner (bench figure 1; much more on a distant registry). A status that fails clears
    // the list, and with it the page still in flight.
    applySource();
}

void RegistrySession::applySource()
{
    if (!m_packages)
        return;
    if (!m_backend || (m_state != State::Connected && m_state != State::Connecting)) {
        m_packages->clear();
        followLive(false);
        return;
    }
    if (std::exchange(m_refreshInPlace, false)) {
        m_packages->refresh();
        return;
    }
    m_appliedSearch = {m_searchText, m_filters};
    // The backend lives as long as this session, and the session clears the model before it goes.
    RegistryBackend* backend = m_backend.get();
    auto cursorAfterFullPage = [backend](const PageRequest& page) {
        return backend->cursorAfterFullPage(page);
    };
    if (PackageSearch* search = m_backend->search();
        search && (!m_searchText.isEmpty() || !m_filters.isEmpty())) {
        const QString text = m_searchText;
        const SearchFilters filters = m_filters;
        m_packages->setSource(
            [search, text, filters](const PageRequest& page) {
                return filters.isEmpty() ? search->searchPackages(text, page)
                                         : search->searchFiltered(text, filters, page);
            },
            cursorAfterFullPage);
        followLive(false);
    } else {
        m_packages->setSource([backend](const PageRequest& page) { return backend->latestPackages(page); },
                              cursorAfterFullPage);
        followLive(true);
    }
}

void RegistrySession::followLive(bool newest)
{
    LiveUpdates* live = newest && m_backend ? m_backend->liveUpdates() : nullptr;
    if (m_live && (!live || m_liveBackend != m_backend.get()))
        delete m_live; // ends its subscription
    if (live && !m_live) {
        m_live = live->watchPublished(this);
        m_liveBackend = m_backend.get();
        // A new version: its package comes first in the list (or moves there), the rest stays as it is.
        connect(m_live, &LiveFeed::published, this, [this](const Package& package) {
            if (m_packages)
                m_packages->putFirst(package);
        });
        connect(m_live, &LiveFeed::liveChanged, this, &RegistrySession::announceLive);
    }
    announceLive();
}

void RegistrySession::announceLive()
{
    if (isLive() != m_wasLive) {
        m_wasLive = isLive();
        qCDebug(lcSession) << m_entry.url.host() << (m_wasLive ? "follows what is published" : "is not live");
        emit liveChanged(m_wasLive);
    }
}

bool RegistrySession::isLive() const
{
    return m_live && m_live->isLive();
}

void RegistrySession::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    m_searchText = trimmed;
    if (m_state == State::Connected || m_state == State::Connecting)
        applySource();
}

void RegistrySession::setSearchFilters(const SearchFilters& filters)
{
    if (filters == m_filters)
        return;
    m_filters = filters;
    if (m_state == State::Connected || m_state == State::Connecting)
        applySource();
}

bool RegistrySession::canSearch() const
{
    // While connecting too: the list may already show rows kept from the last visit, and a search typed now
    // goes out with the list's first page (applySource()).
    return (m_state == State::Connected || m_state == State::Connecting) && m_backend && m_backend->search();
}

void RegistrySession::fail(const Error& error)
{
    followLive(false);
    m_error = error;
    // Offline, a list kept from an earlier visit is still worth showing (marked with its age); it is
    // refreshed in place when the registry is back (start()).
    if (m_packages && !(error.isUnreachable() && m_packages->isShowingCached()))
        m_packages->clear();
    setState(State::Failed);
}

void RegistrySession::setState(State state)
{
    if (m_state == state && state != State::Failed)
        return;
    m_state = state;
    emit stateChanged(state);
}

bool RegistrySession::canBrowse() const
{
    return m_state == State::Connected && m_backend;
}

QString RegistrySession::host() const
{
    const QString host = m_entry.url.host();
    if (m_entry.url.port() < 0)
        return host;
    return host + QLatin1Char(':') + QString::number(m_entry.url.port());
}

QString RegistrySession::statusText() const
{
    switch (m_state) {
    case State::Idle:
        return QString();
    case State::Detecting:
    case State::Connecting:
        return tr("Connecting to %1…").arg(host());
    case State::Connected: {
        const QString kind = m_backend ? DialectTable::displayName(m_backend->dialect()) : QString();
        // "Connected" only for a status answer that says the registry serves requests. Its own status word is
        // shown only when it is one (the server chooses it).
        static const QRegularExpression word(QStringLiteral("^[A-Za-z0-9_ -]{1,40}$"));
        if (!m_status.healthy)
            return !word.match(m_status.detail).hasMatch()
                       ? tr("%1 at %2 answers, but does not say that it is working").arg(kind, host())
                       //: %3 is the registry's own status word, e.g. MAINTENANCE
                       : tr("%1 at %2 answers, but says it is not working normally (“%3”)")
                             .arg(kind, host(), m_status.detail);
        if (m_status.version.isEmpty())
            return tr("Connected to %1 at %2").arg(kind, host());
        //: Status bar: "Connected to DataPM 0.32.47 at registry.example.org"
        return tr("Connected to %1 %2 at %3").arg(kind, m_status.version, host());
    }
    case State::Failed:
        if (m_error.isUnreachable())
            return tr("Unreachable: %1").arg(m_error.userText());
        return tr("Error: %1").arg(m_error.userText());
    }
    return QString();
}
