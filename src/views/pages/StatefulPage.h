#pragma once

#include "BrowserPage.h"
#include "FreshnessNotice.h"
#include "registry/RegistryJob.h"

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QScrollBar>

#include <utility>

class MessagePage;
class QLabel;
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
    // It shows why it could not load (not while loading, nor a part the registry lacks).
    bool hasFailed() const { return m_failed; }
    // Above the content after a partial answer: what the registry did not send. Hidden otherwise.
    QLabel* partialNotice() const { return m_partial; }
    // Above the content while it is the one Depot kept from an earlier visit: its age, and "offline".
    FreshnessNotice* freshnessNotice() const { return m_freshness; }
    // The content shown is a cached answer (the fresh one has not come, or could not).
    bool isShowingCached() const { return m_cachedAt.isValid() && isShowingContent(); }

protected:
    explicit StatefulPage(QWidget* parent = nullptr);
    ~StatefulPage() override;

    // How a page speaks of its object while loading and when that fails, e.g. "Loading catalog…",
    // "Could not load the catalog", "Catalog not found".
    struct LoadTexts
    {
        QString loading;
        QString failed;
        QString notFound;
    };

    // The page's one load: cancels the previous one, shows `texts.loading` in place of the content, then
    // calls `loaded(result)` or shows the error with Retry. A null `job` means the page's registry is gone.
    // The page is the context of every connection: a closed page never gets a late answer.
    template <typename T, typename Loaded>
    void startLoad(ResultJob<T>* job, const LoadTexts& texts, Loaded loaded)
    {
        cancelLoad();
        // A page showing what Depot kept keeps showing it while it asks again (offline, every few seconds).
        if (!isShowingCached())
            showLoading(texts.loading);
        if (!job) {
            showRegistryGone(texts);
            return;
        }
        m_load = job;
        // The answer kept from an earlier visit, at once; the fresh one updates the page in place.
        connect(job, &RegistryJob::cachedResult, this, [this, job, loaded](const QDateTime& storedAt) {
            if (!isShowingCached())
                loaded(job->result());
            showCached(storedAt, m_freshness->fresh());
        });
        connect(job, &RegistryJob::finished, this, [this, job, loaded] {
            m_load = nullptr;
            const ScrollPositions kept = keepScrollPositions();
            loaded(job->result());
            restoreScrollPositions(kept);
            showCached({}, FreshnessNotice::Fresh::Coming);
            showPartial(job->partialErrors());
        });
        connect(job, &RegistryJob::failed, this, [this, texts](const Error& error) {
            m_load = nullptr;
            if (isShowingCached() && error.isUnreachable())
                showCachedOffline(error);
            else
                showError(error, texts.failed, texts.notFound);
        });
    }
    void cancelLoad();

    // The widget shown once loaded; call once from the constructor.
    void setContent(QWidget* content);
    void showLoading(const QString& title);
    // `notFoundTitle` is used when the registry says the object does not exist (Error::Reason::NotFound).
    void showError(const Error& error, const QString& failedTitle, const QString& notFoundTitle);
    void showContent();
    // The registry does not offer what this page shows: `why`, and no Retry (retrying cannot help).
    void showUnavailable(const LoadTexts& texts, const QString& why);

    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    // The scroll bars of the content, kept across an update in place.
    using ScrollPositions = QList<std::pair<QPointer<QScrollBar>, int>>;
    ScrollPositions keepScrollPositions() const;
    static void restoreScrollPositions(const ScrollPositions& positions);
    // `storedAt` invalid: the content is fresh.
    void showCached(const QDateTime& storedAt, FreshnessNotice::Fresh fresh);
    // The fresh answer could not come: the cached content stays, and the page tries again by itself.
    void showCachedOffline(const Error& error);
    void showRegistryGone(const LoadTexts& texts);
    void showPartial(const QList<Error>& missing);
    // "Cannot reach the registry": why, and the next try's countdown.
    void showUnreachable();
    void startRecovering();
    void stopRecovering();

    QPointer<RegistryJob> m_load;
    QStackedWidget* m_stack;
    MessagePage* m_message;
    QLabel* m_partial;
    FreshnessNotice* m_freshness;
    QDateTime m_cachedAt; // the content shown is a cached answer fetched then
    QTimer* m_recoverTimer;
    QTimer* m_countdown; // redraws the countdown every second until the next try
    bool m_unreachable = false;
    bool m_failed = false;
    bool m_offersSignIn = false; // the message's button asks for signing in rather than Retry
    QString m_unreachableText; // why, while unreachable
};
