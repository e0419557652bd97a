#include "ThumbnailLoader.h"

#include "transfer/AnonymousRequest.h"

#include <QBuffer>
#include <QCache>
#include <QCoreApplication>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace {

// A picture bigger than this is not a thumbnail's business: the download is cut off.
constexpr qint64 kMostBytes = 8 * 1024 * 1024;
constexpr int kInactivityMs = 20000;

// Kept thumbnails by address, at most about 16 MiB of pixels (QCache counts cost in KiB here).
QCache<QUrl, QImage>& kept()
{
    static QCache<QUrl, QImage> cache(16 * 1024);
    return cache;
}

} // namespace

ThumbnailLoader* ThumbnailLoader::instance()
{
    static ThumbnailLoader* loader = new ThumbnailLoader(QCoreApplication::instance());
    return loader;
}

ThumbnailLoader::ThumbnailLoader(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{}

bool ThumbnailLoader::isKept(const QUrl& url) const
{
    return kept().contains(url);
}

void ThumbnailLoader::load(const QUrl& url, bool keep)
{
    if (const QImage* image = kept().object(url)) {
        QMetaObject::invokeMethod(
            this, [this, url, copy = *image] { emit ready(url, copy); }, Qt::QueuedConnection);
        return;
    }
    if (m_inFlight.contains(url))
        return; // its answer goes to every receiver
    fetch(url, keep);
}

void ThumbnailLoader::fetch(const QUrl& url, bool keep)
{
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        QMetaObject::invokeMethod(
            this, [this, url] { emit failed(url, tr("This is not a web address.")); }, Qt::QueuedConnection);
        return;
    }
    m_inFlight.insert(url);
    ++m_fetches;
    QNetworkReply* reply = m_network->get(anonymousRequest(url, kInactivityMs));
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMostBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, keep] {
        reply->deleteLater();
        m_inFlight.remove(url);
        if (reply->error() != QNetworkReply::NoError) {
            emit failed(url, reply->errorString());
            return;
        }
        QByteArray bytes = reply->readAll();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        const QSize size = reader.size();
        if (size.isValid() && (size.width() > kSide || size.height() > kSide))
            reader.setScaledSize(size.scaled(kSide, kSide, Qt::KeepAspectRatio));
        const QImage image = reader.read();
        if (image.isNull()) {
            emit failed(url, reader.errorString());
            return;
        }
        if (keep)
            kept().insert(url, new QImage(image), qMax<qsizetype>(1, image.sizeInBytes() / 1024));
        emit ready(url, image);
    });
}
