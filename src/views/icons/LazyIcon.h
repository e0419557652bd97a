#pragma once

#include <QIcon>
#include <QIconEngine>

#include <functional>
#include <memory>
#include <optional>

// An icon that is made the first time it is drawn or asked about. QIcon::addFile decodes every image of a
// file when it is added, and a style's icon looks through the icon theme first; for the icons of menus,
// context menus and buttons not shown yet that work waited in front of the first window (bench figure 9).
// The copies of a lazy icon share what the first one made.
class LazyIconEngine : public QIconEngine
{
public:
    explicit LazyIconEngine(std::function<QIcon()> make);

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QString iconName() override;
    bool isNull() override;
    QString key() const override;
    QIconEngine* clone() const override;

private:
    struct Shared
    {
        std::function<QIcon()> make;
        std::optional<QIcon> icon;
    };
    explicit LazyIconEngine(std::shared_ptr<Shared> shared);
    const QIcon& icon();

    std::shared_ptr<Shared> m_shared;
};

// The icon `make` returns, made when it is first needed.
inline QIcon lazyIcon(std::function<QIcon()> make)
{
    return QIcon(new LazyIconEngine(std::move(make)));
}
