#include "StatefulPage.h"

#include "FreshnessNotice.h"
#include "core/Error.h"
#include "core/Logging.h"
#include "views/MessagePage.h"

#include <QAbstractScrollArea>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kRecoverIntervalMs = 5000;
} // namespace

StatefulPage::StatefulPage(QWidget* parent)
    : BrowserPage(parent)
    , m_stack(new QStackedWidget(this))
    , m_message(new MessagePage(this))
    , m_partial(new QLabel(this))
    , m_freshness(new FreshnessNotice(this))
    , m_recoverTimer(new QTimer(this))
    , m_countdown(new QTimer(this))
{
    m_stack->addWidget(m_message);
    m_partial->setObjectName(QStringLiteral("partialNotice"));
    m_partial->setWordWrap(true);
    m_partial->setTextFormat(Qt::PlainText);
    m_partial->setContentsMargins(24, 8, 24, 8);
    m_partial->setAutoFillBackground(true);
    m_partial->setBackgroundRole(QPalette::ToolTipBase);
    m_partial->setForegroundRole(QPalette::ToolTipText);
    m_partial->setAccessibleName(tr("Everything loaded"));
    m_partial->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_freshness);
    layout->addWidget(m_partial);
    layout->addWidget(m_stack);
    m_recoverTimer->setInterval(kRecoverIntervalMs);
    m_recoverTimer->setSingleShot(true);
    connect(m_recoverTimer, &QTimer::timeout, this, &StatefulPage::reload);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &StatefulPage::showUnreachable);
    connect(m_message, &MessagePage::actionTriggered, this, [this] {
        if (m_offersSignIn)
            emit signInRequested();
        else
            reload();
    });
}

bool StatefulPage::isShowingContent() const
{
    return m_stack->currentWidget() != m_message;
}

void StatefulPage::setContent(QWidget* content)
{
    m_stack->addWidget(content);
}

void StatefulPage::showLoading(const QString& title)
{
    m_failed = false;
    stopRecovering();
    // While recovering, keep saying "cannot reach" and why instead of "Loading…" for as long as a try takes.
    if (m_unreachable) {
        showUnreachable();
        return;
    }
    m_message->showMessage(title, QString());
    m_stack->setCurrentWidget(m_message);
}

void StatefulPage::showCached(const QDateTime& storedAt, FreshnessNotice::Fresh fresh)
{
    m_cachedAt = storedAt;
    m_freshness->setCached(storedAt, fresh);
}

void StatefulPage::showCachedOffline(const Error& error)
{
    m_unreachableText = error.userText();
    showCached(m_cachedAt, FreshnessNotice::Fresh::Unreachable);
    // Like an unreachable page, it tries again every few seconds while visible; the notice says so.
    m_unreachable = true;
    if (isVisible())
        m_recoverTimer->start();
}

StatefulPage::ScrollPositions StatefulPage::keepScrollPositions() const
{
    ScrollPositions positions;
    if (!isShowingCached())
        return positions;
    const QList<QAbstractScrollArea*> areas = findChildren<QAbstractScrollArea*>();
    for (QAbstractScrollArea* area : areas) {
        for (QScrollBar* bar : {area->verticalScrollBar(), area->horizontalScrollBar()})
            positions.append({bar, bar->value()});
    }
    return positions;
}

void StatefulPage::restoreScrollPositions(const ScrollPositions& positions)
{
    if (positions.isEmpty())
        return;
    auto apply = [positions] {
        for (const auto& [bar, value] : positions) {
            if (bar)
                bar->setValue(value);
        }
    };
    apply();
    // Once the new content is laid out, the ranges are those of the new text.
    QTimer::singleShot(0, [apply] { apply(); });
}

void StatefulPage::showError(const Error& error, const QString& failedTitle, const QString& notFoundTitle)
{
    showCached({}, FreshnessNotice::Fresh::Coming);
    m_unreachable = error.isUnreachable();
    m_failed = true;
    m_offersSignIn = error.reason == Error::Reason::NotSignedIn;
    m_partial->hide();
    qCDebug(lcViews).noquote() << metaObject()->className() << "shows" << error.logText();
    if (m_offersSignIn) {
        // Private to signed-in people (a private collection, say): Retry cannot help, signing in may. Once signed
        // in, the window loads the page again.
        m_message->showMessage(tr("Sign in to see this"),
                               tr("The registry shows it only to people who are signed in and allowed to see it."),
                               tr("Sign In…"));
    } else if (error.reason == Error::Reason::NotFound) {
        m_message->showMessage(notFoundTitle, tr("It may have been deleted or renamed."), tr("Retry"));
    } else if (m_unreachable) {
        m_unreachableText = error.userText();
        if (isVisible())
            startRecovering();
        showUnreachable();
    } else {
        m_message->showError(failedTitle, error, tr("Retry"));
    }
    m_stack->setCurrentWidget(m_message);
}

void StatefulPage::showUnreachable()
{
    // Why, and when the next try comes (or that it is under way).
    const QString next = m_recoverTimer->isActive()
                             ? tr("Next try in %n second(s).", nullptr,
                                  qMax(1, (m_recoverTimer->remainingTime() + 999) / 1000))
                             : tr("Trying again now…");
    m_message->showMessage(tr("Cannot reach the registry"),
                           tr("%1 Depot tries again by itself every few seconds.").arg(m_unreachableText) +
                               QLatin1Char(' ') + next,
                           tr("Retry"));
}

void StatefulPage::startRecovering()
{
    m_recoverTimer->start();
    m_countdown->start();
}

void StatefulPage::stopRecovering()
{
    m_recoverTimer->stop();
    m_countdown->stop();
}

void StatefulPage::showContent()
{
    m_unreachable = false;
    m_failed = false;
    stopRecovering();
    if (m_stack->count() > 1)
        m_stack->setCurrentIndex(1);
}

void StatefulPage::showEvent(QShowEvent* event)
{
    BrowserPage::showEvent(event);
    if (m_unreachable && isShowingCached()) {
        m_recoverTimer->start(); // the notice says it refreshes by itself
        return;
    }
    if (m_unreachable && !m_recoverTimer->isActive()) {
        startRecovering();
        showUnreachable();
    }
}

void StatefulPage::hideEvent(QHideEvent* event)
{
    BrowserPage::hideEvent(event);
    // A page in the history that nobody looks at must not poll the registry.
    stopRecovering();
}

StatefulPage::~StatefulPage()
{
    cancelLoad();
}

void StatefulPage::cancelLoad()
{
    if (!m_load)
        return;
    // Disconnect first: a cancelled job answers failed(Canceled), which the page must not show.
    RegistryJob* job = m_load;
    m_load = nullptr;
    disconnect(job, nullptr, this, nullptr);
    if (!job->isFinished())
        job->cancel();
}

void StatefulPage::showPartial(const QList<Error>& missing)
{
    if (missing.isEmpty()) {
        m_partial->hide();
        m_partial->clear();
        m_partial->setAccessibleName(tr("Everything loaded"));
        return;
    }
    QStringList parts;
    for (const Error& error : missing) {
        if (!error.missingPart.isEmpty() && !parts.contains(error.missingPart))
            parts.append(error.missingPart);
    }
    //: %1 lists what is missing: "the signature, the dependencies"
    const QString text =
        parts.isEmpty() ? tr("The registry did not send everything: some details of this page are missing.")
                        : tr("The registry did not send everything: %1 could not be loaded.")
                              .arg(QLocale().createSeparatedList(parts));
    m_partial->setText(text);
    m_partial->setAccessibleName(text);
    m_partial->show();
    qCDebug(lcViews) << metaObject()->className() << "shows a partial answer:" << missing.first().logText();
}

void StatefulPage::showRegistryGone(const LoadTexts& texts)
{
    showError(Error::local(Error::Kind::Config, Error::Reason::Unsupported,
                           tr("The registry of this page was removed.")),
              texts.failed, texts.notFound);
}

void StatefulPage::showUnavailable(const LoadTexts& texts, const QString& why)
{
    cancelLoad();
    m_unreachable = false;
    stopRecovering();
    m_message->showMessage(texts.failed, why, QString());
    m_stack->setCurrentWidget(m_message);
}
