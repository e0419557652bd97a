#include "ConsoleLauncher.h"

#include "ConsoleWindow.h"
#include "session/RegistrySession.h"
#include "session/Workspace.h"

#include <QAction>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace {

QString keyOf(const QUrl& endpoint)
{
    return endpoint.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveFragment).toString();
}

} // namespace

ConsoleLauncher::ConsoleLauncher(Workspace* workspace, QMainWindow* window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
    , m_action(new QAction(tr("&GraphQL Console"), this))
{
    m_action->setObjectName(QStringLiteral("graphQlConsoleAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    connect(m_action, &QAction::triggered, this, [this] { open(); });
    QMenu* tools = window->menuBar()->addMenu(tr("&Tools"));
    tools->setToolTipsVisible(true);
    tools->addAction(m_action);
    connect(workspace, &Workspace::sessionChanged, this, &ConsoleLauncher::updateAction);
    connect(workspace, &Workspace::statusChanged, this, &ConsoleLauncher::updateAction);
    window->installEventFilter(this);
    updateAction();
}

ConsoleLauncher::~ConsoleLauncher()
{
    for (const QPointer<ConsoleWindow>& console : std::as_const(m_consoles))
        delete console.data();
}

void ConsoleLauncher::updateAction()
{
    RegistrySession* session = m_workspace->session();
    m_action->setEnabled(session != nullptr);
    m_action->setToolTip(session
                             ? tr("Ask %1 anything in GraphQL, with its credential applied (Ctrl+Shift+G)")
                                   .arg(session->entry().name)
                             : tr("Select a registry first"));
}

ConsoleWindow* ConsoleLauncher::windowFor(const QUrl& endpoint) const
{
    return m_consoles.value(keyOf(endpoint)).data();
}

ConsoleWindow* ConsoleLauncher::open()
{
    RegistrySession* session = m_workspace->session();
    if (!session)
        return nullptr;
    const RegistryEntry& entry = session->entry();
    ConsoleWindow* console = windowFor(entry.url);
    if (!console) {
        // A window of its own (no parent): it stays beside the main window instead of above it.
        console = new ConsoleWindow(m_workspace->network(), entry.url, entry.name,
                                    m_workspace->accountFor(entry.url));
        m_consoles.insert(keyOf(entry.url), console);
    }
    console->show();
    console->raise();
    console->activateWindow();
    return console;
}

bool ConsoleLauncher::eventFilter(QObject* watched, QEvent* event)
{
    // The consoles belong to the main window's run: they close with it.
    if (watched == m_window && event->type() == QEvent::Close) {
        for (const QPointer<ConsoleWindow>& console : std::as_const(m_consoles)) {
            if (console)
                console->close();
        }
    }
    return QObject::eventFilter(watched, event);
}
