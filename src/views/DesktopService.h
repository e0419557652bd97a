#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantMap>

class MainWindow;

// Depot on the session bus, as a GApplication is: the name io.github.depot.Depot (the desktop id) with the
// object /io/github/depot/Depot implementing org.freedesktop.Application (Activate, Open, ActivateAction),
// the interface desktops call for DBusActivatable applications. One Depot per session: a second launch hands
// its links to the running one (forward()) and ends; the running one raises its window and opens them.
class DesktopService : public QObject
{
    Q_OBJECT
public:
    static const QString serviceName; // io.github.depot.Depot
    static const QString objectPath;  // /io/github/depot/Depot

    explicit DesktopService(MainWindow* window);
    ~DesktopService() override;

    // Takes the name on the session bus; false when there is no bus or the name is another process's.
    bool registerOnBus();

    enum class Handover {
        None,    // no Depot runs in this session (or there is no session bus): start one
        Done,    // the running Depot took the links: nothing more to do
        Refused, // it runs but did not take them (it hangs, or answered an error): start one anyway
    };
    // Hands `uris` (depot: links, registry web addresses) to the Depot running in this session, or asks it to
    // come to the front when there are none. Needs a QCoreApplication; `why` says what went wrong on Refused.
    static Handover handOver(const QStringList& uris, QString* why);

    // What org.freedesktop.Application's methods do (the bus object calls these).
    void activate();
    // Opens each link (the last one shows); false, with why, when one is not a link Depot can open.
    bool open(const QStringList& uris, QString* why);

private:
    QPointer<MainWindow> m_window;
    QObject* m_busObject; // the exported object (DesktopService.cpp)
    bool m_registered = false;
};
