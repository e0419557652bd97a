#pragma once

#include <QLabel>
#include <QPointer>

class RegistrySession;
class Workspace;

// A small "Live" in the status bar while the package list follows what the registry publishes (live updates),
// hidden otherwise: nothing to see for registries that do not announce anything.
class LiveIndicator : public QLabel
{
    Q_OBJECT
public:
    LiveIndicator(Workspace* workspace, QWidget* parent = nullptr);

private:
    void follow(RegistrySession* session);
    void showState();

    QPointer<RegistrySession> m_session;
};
