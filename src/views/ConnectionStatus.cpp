#include "ConnectionStatus.h"

#include "session/Workspace.h"

#include <QLabel>
#include <QPushButton>
#include <QStatusBar>

ConnectionStatus::ConnectionStatus(Workspace* workspace, QStatusBar* statusBar)
    : QObject(statusBar)
    , m_workspace(workspace)
    , m_text(new QLabel(statusBar))
    , m_retry(new QPushButton(tr("Retry"), statusBar))
{
    m_text->setObjectName(QStringLiteral("connectionStatus"));
    m_text->setTextFormat(Qt::PlainText);
    m_retry->setObjectName(QStringLiteral("connectionRetry"));
    m_retry->setAccessibleDescription(tr("Connect to the registry again"));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &ConnectionStatus::retryRequested);
    statusBar->addWidget(m_text, 1);
    statusBar->addPermanentWidget(m_retry);
    connect(workspace, &Workspace::statusChanged, this, &ConnectionStatus::update);
    update();
}

void ConnectionStatus::update()
{
    m_text->setText(m_workspace->statusText());
    m_retry->setVisible(m_workspace->offersRetry());
}
