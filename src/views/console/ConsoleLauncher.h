#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

class ConsoleWindow;
class QAction;
class QMainWindow;
class Workspace;

// Tools ▸ GraphQL Console (Ctrl+Shift+G): one console window per registry, for the registry open in the main
// window, with that registry's account (its credential). Asking again for a registry whose console is open
// raises it. The consoles close with the main window. Made by MainWindow with one line; owns its menu.
class ConsoleLauncher : public QObject
{
    Q_OBJECT
public:
    ConsoleLauncher(Workspace* workspace, QMainWindow* window);
    ~ConsoleLauncher() override;

    QAction* action() const { return m_action; }
    // Opens (or raises) the console of the open registry; null when no registry is open.
    ConsoleWindow* open();
    ConsoleWindow* windowFor(const QUrl& endpoint) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateAction();

    Workspace* m_workspace;
    QPointer<QMainWindow> m_window;
    QAction* m_action;
    QHash<QString, QPointer<ConsoleWindow>> m_consoles;
};
