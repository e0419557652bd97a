#include "NavigationBar.h"

#include "BrowserStack.h"
#include "ClearButton.h"
#include "icons/ThemedIcon.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMouseEvent>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace {
// Search as you type: one request per pause, not per key.
constexpr int kSearchDebounceMs = 250;
constexpr int kMaxHistoryItems = 12;
} // namespace

NavigationBar::NavigationBar(QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_back(
          new QAction(themedIcon(QStringLiteral("go-previous"), QStyle::SP_ArrowBack), tr("&Back"), window))
    , m_forward(
          new QAction(themedIcon(QStringLiteral("go-next"), QStyle::SP_ArrowForward), tr("&Forward"), window))
    , m_find(new QAction(tr("&Find Packages"), window))
    , m_latest(new QAction(themedIcon(QStringLiteral("go-home"), QStyle::SP_DirHomeIcon),
                           tr("&Latest Packages"), window))
    , m_search(new QLineEdit(window))
    , m_debounce(new QTimer(this))
{
    m_back->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Back)});
    m_back->setObjectName(QStringLiteral("backAction"));
    m_forward->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::Key_Forward)});
    m_forward->setObjectName(QStringLiteral("forwardAction"));

    m_search->setObjectName(QStringLiteral("packageSearch"));
    m_search->setAccessibleName(tr("Search packages"));
    m_search->setPlaceholderText(tr("Search packages (Ctrl+F)"));
    addClearButton(m_search, tr("Clear search"));
    m_search->setMinimumWidth(200);
    m_search->setMaximumWidth(420);

    // Ctrl+F as everywhere, Ctrl+K as in browsers and chat apps: both put the cursor in the search.
    m_find->setShortcuts({QKeySequence(QKeySequence::Find), QKeySequence(Qt::CTRL | Qt::Key_K)});
    connect(m_find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_latest->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    connect(m_latest, &QAction::triggered, this, &NavigationBar::clear);
    for (QAction* action : {m_back, m_forward, m_find, m_latest})
        window->addAction(action);
    // Escape in the search field: back to the latest packages.
    auto* clearAction = new QAction(tr("Clear Search"), m_search);
    clearAction->setShortcut(QKeySequence(Qt::Key_Escape));
    clearAction->setShortcutContext(Qt::WidgetShortcut);
    connect(clearAction, &QAction::triggered, this, &NavigationBar::clear);
    m_search->addAction(clearAction);
    // Down from the search field goes to the results, so that Enter then opens one: no mouse needed.
    auto* toResults = new QAction(tr("Go to Results"), m_search);
    toResults->setShortcut(QKeySequence(Qt::Key_Down));
    toResults->setShortcutContext(Qt::WidgetShortcut);
    connect(toResults, &QAction::triggered, this, &NavigationBar::resultsRequested);
    m_search->addAction(toResults);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDebounceMs);
    // Typing, the clear button and assistive technology setting the text all search; Depot's own changes
    // (showTerm) block the field's signals.
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        emit submitted(m_search->text().trimmed());
    });
    connect(m_debounce, &QTimer::timeout, this, &NavigationBar::search);
    updateHistory();
    qApp->installEventFilter(this); // removed when this goes, with its window
}

void NavigationBar::setBrowser(BrowserStack* browser)
{
    m_browser = browser;
    connect(m_back, &QAction::triggered, browser, &BrowserStack::back);
    connect(m_forward, &QAction::triggered, browser, &BrowserStack::forward);
    updateHistory();
}

void NavigationBar::addToolBar(QMainWindow* window, const QList<QAction*>& middle)
{
    QToolBar* toolBar = window->addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar")); // saveState() needs a name
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addAction(m_back);
    toolBar->addAction(m_forward);
    toolBar->addSeparator();
    toolBar->addActions(middle);
    // The search field at the right end, as wide as it is useful.
    auto* spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addWidget(m_search);
    // The back and forward buttons show their icon only: their names are for screen readers. Held down (or
    // with the arrow), they list the pages they lead to, as in a web browser.
    for (QAction* action : {m_back, m_forward}) {
        auto* button = qobject_cast<QToolButton*>(toolBar->widgetForAction(action));
        if (!button)
            continue;
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        button->setAccessibleName(action->text().remove(QLatin1Char('&')));
        auto* history = new QMenu(button);
        const int step = action == m_back ? -1 : 1;
        connect(history, &QMenu::aboutToShow, this, [this, history, step] {
            history->clear();
            for (int offset = step; m_browser && qAbs(offset) <= kMaxHistoryItems; offset += step) {
                const int index = m_browser->historyIndex() + offset;
                if (index < 0 || index >= m_browser->historySize())
                    break;
                QAction* item = history->addAction(m_browser->titleAt(offset));
                connect(item, &QAction::triggered, m_browser,
                        [browser = m_browser, index] { browser->goTo(index); });
            }
        });
        button->setMenu(history);
        button->setPopupMode(QToolButton::DelayedPopup);
    }
    // The overflow button has no text of its own; screen readers need a name for it.
    if (auto* extension = toolBar->findChild<QWidget*>(QStringLiteral("qt_toolbar_ext_button")))
        extension->setAccessibleName(tr("More tools"));
}

void NavigationBar::showTerm(const QString& term)
{
    m_debounce->stop();
    if (m_search->text().trimmed() == term)
        return;
    const QSignalBlocker blocker(m_search);
    m_search->setText(term);
}

void NavigationBar::updateHistory()
{
    const bool back = m_browser && m_browser->canGoBack();
    const bool forward = m_browser && m_browser->canGoForward();
    m_back->setEnabled(back);
    m_forward->setEnabled(forward);
    m_back->setToolTip(back ? tr("Back to “%1” (Alt+Left)").arg(m_browser->titleAt(-1))
                            : tr("Back (Alt+Left)"));
    m_forward->setToolTip(forward ? tr("Forward to “%1” (Alt+Right)").arg(m_browser->titleAt(1))
                                  : tr("Forward (Alt+Right)"));
}

void NavigationBar::search()
{
    m_debounce->stop();
    emit searchRequested(m_search->text().trimmed());
}

void NavigationBar::clear()
{
    m_debounce->stop();
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    search();
}

bool NavigationBar::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonPress && m_browser && watched->isWidgetType() &&
        static_cast<QWidget*>(watched)->window() == m_window) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::BackButton || mouse->button() == Qt::ForwardButton) {
            mouse->button() == Qt::BackButton ? m_browser->back() : m_browser->forward();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
