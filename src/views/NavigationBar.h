#pragma once

#include <QObject>
#include <QPointer>

class BrowserStack;
class QAction;
class QLineEdit;
class QTimer;
class QMainWindow;
class QToolBar;
class QWidget;

// The browser's navigation: Back and Forward (Alt+Left/Right, the mouse's buttons, and a list of the pages
// they lead to when held down) and the search field (Ctrl+F or Ctrl+K; a search per pause in typing, not per
// key; Escape for the latest packages; Down to the results).
class NavigationBar : public QObject
{
    Q_OBJECT
public:
    explicit NavigationBar(QWidget* window);

    // The browser whose history Back and Forward walk (made after the search field it shows).
    void setBrowser(BrowserStack* browser);

    // Puts Back and Forward, then `middle`, then the search field at the right end of `toolBar`.
    void addToolBar(QMainWindow* window, const QList<QAction*>& middle);

    QAction* backAction() const { return m_back; }
    QAction* forwardAction() const { return m_forward; }
    QAction* findAction() const { return m_find; }
    QAction* latestAction() const { return m_latest; }
    QLineEdit* searchField() const { return m_search; }

    // Shows `term` in the field without searching (Back to an older search, a restored page).
    void showTerm(const QString& term);
    // Updates Back and Forward for the browser's history.
    void updateHistory();

protected:
    // The mouse's back and forward buttons, wherever in the window they are pressed.
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    // The person searched for `term` (empty: the latest packages): after a pause, Enter, or Escape.
    void searchRequested(const QString& term);
    // Enter in the search field: the text may name a package to open rather than search for.
    void submitted(const QString& text);
    // Down in the search field: to the results.
    void resultsRequested();

private:
    void search();
    void clear();

    QWidget* m_window; // compared only: the filter sees events of every window
    QPointer<BrowserStack> m_browser;
    QAction* m_back;
    QAction* m_forward;
    QAction* m_find;
    QAction* m_latest;
    QLineEdit* m_search;
    QTimer* m_debounce;
};
