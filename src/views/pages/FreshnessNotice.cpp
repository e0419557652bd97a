#include "FreshnessNotice.h"

#include <QTimer>

namespace {
constexpr int kTickMs = 30000;
} // namespace

FreshnessNotice::FreshnessNotice(QWidget* parent)
    : QLabel(parent)
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("freshnessNotice"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setContentsMargins(24, 6, 24, 6);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setAccessibleName(tr("Up to date"));
    m_tick->setInterval(kTickMs);
    connect(m_tick, &QTimer::timeout, this, &FreshnessNotice::updateText);
    hide();
}

void FreshnessNotice::setCached(const QDateTime& cachedAt, Fresh fresh)
{
    m_cachedAt = cachedAt;
    m_fresh = cachedAt.isValid() ? fresh : Fresh::Coming;
    if (!cachedAt.isValid()) {
        m_tick->stop();
        clear();
        setAccessibleName(tr("Up to date"));
        hide();
        return;
    }
    updateText();
    m_tick->start();
    show();
}

void FreshnessNotice::updateText()
{
    const QString age = ageText(m_cachedAt);
    //: %1 says how old the saved page is: "5 minutes ago"
    QString text;
    switch (m_fresh) {
    case Fresh::Coming:
        //: %1 says how old the saved page is: "5 minutes ago"
        text = tr("Saved %1. Refreshing…").arg(age);
        break;
    case Fresh::Unreachable:
        //: %1 says how old the saved page is: "5 minutes ago"
        text = tr("Offline: this is the page as Depot saw it %1. It refreshes by itself when the registry is back.")
                   .arg(age);
        break;
    case Fresh::Failed:
        //: %1 says how old the saved page is: "5 minutes ago"
        text = tr("Saved %1. It could not be refreshed: see below.").arg(age);
        break;
    }
    setText(text);
    setAccessibleName(text);
}

QString FreshnessNotice::ageText(const QDateTime& at, const QDateTime& now)
{
    const qint64 seconds = qMax<qint64>(0, at.secsTo(now));
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    return tr("%n day(s) ago", nullptr, int(seconds / 86400));
}
