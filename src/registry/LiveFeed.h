#pragma once

#include "Package.h"

#include <QObject>

// One subscription of a list or a page to what a registry announces (RegistryBackend::liveUpdates()): a
// handle owned by whoever watches, ending the subscription when deleted. The registry's part delivers
// announcements and the state of its connection through it; after a dropped connection it reconnects by
// itself, and the feed says so (liveChanged).
class LiveFeed : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Whether announcements arrive now (the connection is up and the subscription accepted).
    bool isLive() const { return m_live; }

    // For the part that feeds it.
    void setLive(bool live)
    {
        if (live == m_live)
            return;
        m_live = live;
        emit liveChanged(live);
    }

signals:
    // A version was published: the package as a list row shows it (latestVersion is the new version).
    void published(const Package& package);
    void liveChanged(bool live);

private:
    bool m_live = false;
};
