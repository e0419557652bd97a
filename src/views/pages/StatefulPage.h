#pragma once

#include "BrowserPage.h"

struct Error;
class MessagePage;
class QStackedWidget;
class QTimer;

// A browser page that is either showing its content or, in its place, what is going on: loading, not
// found, an error with Retry, or "cannot reach the registry", from which it recovers by itself (it
// reloads every few seconds while visible, so a registry that comes back shows the page without a click).
class StatefulPage : public BrowserPage
{
    Q_OBJECT
public:
    MessagePage* messagePage() const { return m_message; }
    bool isShowingContent() const;

protected:
    explicit StatefulPage(QWidget* parent = nullptr);

    // The widget shown once loaded; call once from the constructor.
    void setContent(QWidget* content);
    void showLoading(const QString& title);
    // `notFoundTitle` is used when the registry says the object does not exist (a *_NOT_FOUND error).
    void showError(const Error& error, const QString& failedTitle, const QString& notFoundTitle);
    void showContent();

    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QStackedWidget* m_stack;
    MessagePage* m_message;
    QTimer* m_recoverTimer;
    bool m_unreachable = false;
};
