#pragma once

#include <QDateTime>
#include <QLabel>

class QTimer;

// The line above a page shown from Depot's answer cache: how old it is, and whether a fresh one is on its way
// or the registry is out of reach (then the page refreshes by itself once it is back). Hidden for fresh
// pages. The age is said again every half minute while shown.
class FreshnessNotice : public QLabel
{
    Q_OBJECT
public:
    explicit FreshnessNotice(QWidget* parent = nullptr);

    // What became of the fresh answer the page asked for.
    enum class Fresh { Coming, Unreachable, Failed };
    // `cachedAt` invalid hides the notice.
    void setCached(const QDateTime& cachedAt, Fresh fresh);
    bool isOffline() const { return m_cachedAt.isValid() && m_fresh == Fresh::Unreachable; }
    Fresh fresh() const { return m_fresh; }

    // "just now", "5 minutes ago", "3 hours ago", "2 days ago".
    static QString ageText(const QDateTime& at, const QDateTime& now = QDateTime::currentDateTimeUtc());

private:
    void updateText();

    QDateTime m_cachedAt;
    Fresh m_fresh = Fresh::Coming;
    QTimer* m_tick;
};
