#include "DesktopService.h"

#include "DepotLink.h"
#include "MainWindow.h"
#include "core/Logging.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>

const QString DesktopService::serviceName = QStringLiteral("io.github.depot.Depot");
const QString DesktopService::objectPath = QStringLiteral("/io/github/depot/Depot");

namespace {

const QString kInterface = QStringLiteral("org.freedesktop.Application");
// How long a second launch waits for the running Depot: longer means it hangs, and a new one starts.
constexpr int kHandOverTimeoutMs = 5000;

// Whether a session bus can be reached without starting one: with DISPLAY set and no bus address, libdbus
// would autolaunch a dbus-daemon that outlives Depot (seen in tests), only to find no Depot on it.
bool hasSessionBus()
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(QDir(runtime).filePath(QStringLiteral("bus")));
}

// What the launcher gave this process to raise a window with (startup notification, Wayland activation).
QVariantMap platformData()
{
    QVariantMap data;
    if (const QString id = qEnvironmentVariable("DESKTOP_STARTUP_ID"); !id.isEmpty())
        data.insert(QStringLiteral("desktop-startup-id"), id);
    if (const QString token = qEnvironmentVariable("XDG_ACTIVATION_TOKEN"); !token.isEmpty())
        data.insert(QStringLiteral("activation-token"), token);
    return data;
}

// The object on the bus: org.freedesktop.Application's three methods, with D-Bus errors for the caller.
class ApplicationObject : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Application")
public:
    explicit ApplicationObject(DesktopService* service)
        : QObject(service)
        , m_service(service)
    {}

public slots:
    void Activate(const QVariantMap& platformData)
    {
        Q_UNUSED(platformData);
        m_service->activate();
    }
    void Open(const QStringList& uris, const QVariantMap& platformData)
    {
        Q_UNUSED(platformData);
        QString why;
        if (!m_service->open(uris, &why))
            sendErrorReply(QDBusError::InvalidArgs, why);
    }
    void ActivateAction(const QString& actionName, const QVariantList& parameter,
                        const QVariantMap& platformData)
    {
        Q_UNUSED(parameter);
        Q_UNUSED(platformData);
        // Depot declares no actions (the desktop entry has no [Desktop Action] groups).
        sendErrorReply(QDBusError::NotSupported, QStringLiteral("Depot has no action “%1”").arg(actionName));
    }

private:
    DesktopService* m_service;
};

} // namespace

DesktopService::DesktopService(MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_busObject(new ApplicationObject(this))
{}

DesktopService::~DesktopService()
{
    if (!m_registered)
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.unregisterObject(objectPath);
    bus.unregisterService(serviceName);
}

bool DesktopService::registerOnBus()
{
    if (!hasSessionBus())
        return false;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    if (!bus.registerObject(objectPath, m_busObject, QDBusConnection::ExportAllSlots)) {
        qCWarning(lcViews) << "cannot export" << objectPath << "on the session bus";
        return false;
    }
    m_registered = true;
    if (!bus.registerService(serviceName)) {
        // Another Depot took the name first (both started at once): this one runs on its own.
        qCWarning(lcViews) << serviceName << "is taken:" << bus.lastError().message();
        return false;
    }
    qCDebug(lcViews) << "on the session bus as" << serviceName;
    return true;
}

DesktopService::Handover DesktopService::handOver(const QStringList& uris, QString* why)
{
    if (!hasSessionBus())
        return Handover::None;
    // A connection of its own, closed again: this runs under the QCoreApplication that reads the command
    // line, and Qt's shared session connection made there would not deliver calls under the QApplication that
    // follows (seen: the running Depot never answered).
    const QString name = QStringLiteral("depot-handover");
    const auto close = qScopeGuard([&name] { QDBusConnection::disconnectFromBus(name); });
    QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, name);
    if (!bus.isConnected() || !bus.interface() || !bus.interface()->isServiceRegistered(serviceName))
        return Handover::None;
    QDBusMessage call =
        uris.isEmpty()
            ? QDBusMessage::createMethodCall(serviceName, objectPath, kInterface, QStringLiteral("Activate"))
            : QDBusMessage::createMethodCall(serviceName, objectPath, kInterface, QStringLiteral("Open"));
    if (uris.isEmpty())
        call << platformData();
    else
        call << uris << platformData();
    const QDBusMessage reply = bus.call(call, QDBus::Block, kHandOverTimeoutMs);
    if (reply.type() == QDBusMessage::ErrorMessage) {
        *why = reply.errorMessage();
        return Handover::Refused;
    }
    return Handover::Done;
}

void DesktopService::activate()
{
    if (!m_window)
        return;
    // Back from the task bar and to the front, where the window manager allows it.
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

bool DesktopService::open(const QStringList& uris, QString* why)
{
    QList<DepotLink> links;
    for (const QString& uri : uris) {
        const std::optional<DepotLink> link = DepotLink::parse(uri, why);
        if (!link)
            return false;
        links.append(*link);
    }
    activate();
    if (!m_window)
        return true;
    for (const DepotLink& link : std::as_const(links)) {
        m_window->workspace()->openLink(link.registry, link.dialect);
        if (!link.reference.isEmpty())
            m_window->openReference(link.reference);
    }
    return true;
}

#include "DesktopService.moc"
