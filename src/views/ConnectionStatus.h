#pragma once

#include <QObject>

class QLabel;
class QPushButton;
class QStatusBar;
class Workspace;

// The connection line of the main window's status bar: the workspace's status text (why the registry does not
// answer and when Depot tries again, counting down) and, when only a person can mend it, "Retry" beside it.
class ConnectionStatus : public QObject
{
    Q_OBJECT
public:
    // Puts its label and button into `statusBar`; follows the workspace's statusChanged().
    ConnectionStatus(Workspace* workspace, QStatusBar* statusBar);

    QLabel* label() const { return m_text; }
    void update();

signals:
    void retryRequested();

private:
    Workspace* m_workspace;
    QLabel* m_text;
    QPushButton* m_retry;
};
