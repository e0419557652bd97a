#include "LiveIndicator.h"

#include "session/RegistrySession.h"
#include "session/Workspace.h"

LiveIndicator::LiveIndicator(Workspace* workspace, QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("liveIndicator"));
    setTextFormat(Qt::PlainText);
    //: Status bar: the package list follows what is published as it happens
    setText(tr("● Live"));
    setAccessibleName(tr("Live updates"));
    setAccessibleDescription(tr("New versions appear in the list as they are published"));
    setToolTip(accessibleDescription());
    connect(workspace, &Workspace::sessionChanged, this, &LiveIndicator::follow);
    follow(workspace->session());
}

void LiveIndicator::follow(RegistrySession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &RegistrySession::liveChanged, this, &LiveIndicator::showState);
    showState();
}

void LiveIndicator::showState()
{
    setVisible(m_session && m_session->isLive());
}
