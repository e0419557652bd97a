#pragma once

#include <QImage>
#include <QObject>
#include <QSet>
#include <QUrl>

class QNetworkAccessManager;

// Small pictures of image files a registry announces (Metabind assets), fetched with a plain GET (no
// credential: transfer/'s anonymous request), decoded scaled down, and kept in memory for the run when the
// caller says the address always names the same picture. One loader per process (instance()): every page
// shares what it fetched. Window-free, so it lives in session/ and the views only ask it.
class ThumbnailLoader : public QObject
{
    Q_OBJECT
public:
    static ThumbnailLoader* instance();

    // The longest side of a thumbnail, in pixels.
    static constexpr int kSide = 128;

    // ready() or failed() comes from the event loop, also for a picture already kept. `keep`: the address
    // names the same picture for good (content-addressed), so it is kept; a draft's is fetched every time.
    void load(const QUrl& url, bool keep);
    bool isKept(const QUrl& url) const;
    // Network fetches made so far (tests: a kept picture is not fetched again).
    int fetchCount() const { return m_fetches; }

signals:
    void ready(const QUrl& url, const QImage& image);
    void failed(const QUrl& url, const QString& why);

private:
    explicit ThumbnailLoader(QObject* parent = nullptr);
    void fetch(const QUrl& url, bool keep);

    QNetworkAccessManager* m_network;
    QSet<QUrl> m_inFlight;
    int m_fetches = 0;
};
