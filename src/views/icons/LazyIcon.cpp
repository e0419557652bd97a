#include "LazyIcon.h"

#include <QPainter>

#include <utility>

LazyIconEngine::LazyIconEngine(std::function<QIcon()> make)
    : m_shared(std::make_shared<Shared>(Shared{std::move(make), std::nullopt}))
{}

LazyIconEngine::LazyIconEngine(std::shared_ptr<Shared> shared)
    : m_shared(std::move(shared))
{}

const QIcon& LazyIconEngine::icon()
{
    if (!m_shared->icon)
        m_shared->icon = m_shared->make();
    return *m_shared->icon;
}

void LazyIconEngine::paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state)
{
    icon().paint(painter, rect, Qt::AlignCenter, mode, state);
}

QSize LazyIconEngine::actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state)
{
    return icon().actualSize(size, mode, state);
}

QPixmap LazyIconEngine::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state)
{
    return icon().pixmap(size, mode, state);
}

QPixmap LazyIconEngine::scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    // `size` is in device pixels; QIcon::pixmap takes logical ones and the ratio.
    return icon().pixmap(size / scale, scale, mode, state);
}

QList<QSize> LazyIconEngine::availableSizes(QIcon::Mode mode, QIcon::State state)
{
    return icon().availableSizes(mode, state);
}

QString LazyIconEngine::iconName()
{
    return icon().name();
}

bool LazyIconEngine::isNull()
{
    return icon().isNull();
}

QString LazyIconEngine::key() const
{
    return QStringLiteral("DepotLazyIcon");
}

QIconEngine* LazyIconEngine::clone() const
{
    return new LazyIconEngine(m_shared);
}
