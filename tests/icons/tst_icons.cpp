// Icons made when first drawn (LazyIcon, LazyIconStyle), Depot's own symbolic drawings where the desktop has
// no icon theme (SymbolicIcon), and the clear button of search fields (ClearButton): what a person sees of
// them, and that nothing is made before it is needed (bench figure 9).
#include "views/ClearButton.h"
#include "views/icons/LazyIcon.h"
#include "views/icons/LazyIconStyle.h"
#include "views/icons/SymbolicIcon.h"
#include "views/icons/ThemedIcon.h"

#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QPalette>
#include <QProxyStyle>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QStyleOptionButton>
#include <QTest>
#include <QToolButton>

namespace {
// The names Depot's actions use (ThemedIcon callers).
const QStringList kActionIcons = {QStringLiteral("go-previous"),
                                  QStringLiteral("go-next"),
                                  QStringLiteral("go-home"),
                                  QStringLiteral("view-refresh"),
                                  QStringLiteral("list-add"),
                                  QStringLiteral("list-remove"),
                                  QStringLiteral("document-edit"),
                                  QStringLiteral("application-exit"),
                                  QStringLiteral("view-list-details"),
                                  QStringLiteral("media-playback-start"),
                                  QStringLiteral("process-stop"),
                                  QStringLiteral("edit-copy"),
                                  QStringLiteral("document-open-recent"),
                                  QStringLiteral("edit-clear")};

// The pixels an icon painted (any alpha) and the colour of its most opaque one.
struct Ink
{
    int pixels = 0;
    QColor strongest;
};
Ink inkOf(const QPixmap& pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    Ink ink;
    int best = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() == 0)
                continue;
            ++ink.pixels;
            if (c.alpha() > best) {
                best = c.alpha();
                ink.strongest = c;
            }
        }
    }
    return ink;
}

bool sameRgb(const QColor& a, const QColor& b)
{
    return qAbs(a.red() - b.red()) <= 2 && qAbs(a.green() - b.green()) <= 2 && qAbs(a.blue() - b.blue()) <= 2;
}

// A style that counts the icons it is asked to make.
class CountingStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;
    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option, const QWidget* widget) const override
    {
        ++made;
        return QProxyStyle::standardIcon(icon, option, widget);
    }
    mutable int made = 0;
};
} // namespace

class TestIcons : public QObject
{
    Q_OBJECT
private slots:
    void lazyIconIsMadeOnceWhenFirstDrawn();
    void symbolicIconsAreDrawnInTheTextColour();
    void themedIconWithoutDesktopThemeIsDrawn();
    void styleIconsAreMadeWhenFirstDrawn();
    void clearButtonShowsWithTextAndClears();
};

void TestIcons::lazyIconIsMadeOnceWhenFirstDrawn()
{
    int made = 0;
    QIcon icon = lazyIcon([&made] {
        ++made;
        QPixmap red(16, 16);
        red.fill(Qt::red);
        return QIcon(red);
    });
    const QIcon copy = icon; // what a QAction or a button keeps
    QCOMPARE(made, 0);
    const Ink ink = inkOf(copy.pixmap(16));
    QCOMPARE(made, 1);
    QCOMPARE(ink.pixels, 16 * 16);
    QVERIFY(sameRgb(ink.strongest, Qt::red));
    // Other sizes and the other copies use what was made.
    QCOMPARE(icon.pixmap(32).size(), QSize(16, 16));
    QCOMPARE(icon.actualSize(QSize(64, 64)), QSize(16, 16));
    QCOMPARE(made, 1);
}

void TestIcons::symbolicIconsAreDrawnInTheTextColour()
{
    const QPalette palette = QGuiApplication::palette();
    for (const QString& name : kActionIcons) {
        const QIcon icon = symbolicIcon(name);
        QVERIFY2(!icon.isNull(), qPrintable(name));
        QCOMPARE(icon.name(), name);
        const Ink normal = inkOf(icon.pixmap(24));
        // A drawing, not a blot: some pixels, far from all of them.
        QVERIFY2(normal.pixels > 15 && normal.pixels < 24 * 24 * 2 / 3, qPrintable(name));
        QVERIFY2(sameRgb(normal.strongest, palette.color(QPalette::Active, QPalette::ButtonText)),
                 qPrintable(name));
        const Ink disabled = inkOf(icon.pixmap(QSize(24, 24), QIcon::Disabled));
        QVERIFY2(sameRgb(disabled.strongest, palette.color(QPalette::Disabled, QPalette::ButtonText)),
                 qPrintable(name));
        const Ink selected = inkOf(icon.pixmap(QSize(24, 24), QIcon::Selected));
        QVERIFY2(sameRgb(selected.strongest, palette.color(QPalette::Active, QPalette::HighlightedText)),
                 qPrintable(name));
    }
    QVERIFY(symbolicIcon(QStringLiteral("no-such-icon")).isNull());
    // Sharp on a high-density screen: drawn at the device size.
    const QPixmap dense = symbolicIcon(QStringLiteral("go-home")).pixmap(QSize(16, 16), 2.0);
    QCOMPARE(dense.size(), QSize(32, 32));
    QCOMPARE(dense.devicePixelRatio(), 2.0);
}

void TestIcons::themedIconWithoutDesktopThemeIsDrawn()
{
    if (QIcon::themeName() != QLatin1String("hicolor"))
        QSKIP("this session has a desktop icon theme");
    const QIcon back = themedIcon(QStringLiteral("go-previous"), QStyle::SP_ArrowBack);
    QCOMPARE(back.name(), QStringLiteral("go-previous"));
    const Ink ink = inkOf(back.pixmap(24));
    QVERIFY(sameRgb(ink.strongest, QGuiApplication::palette().color(QPalette::Active, QPalette::ButtonText)));
}

void TestIcons::styleIconsAreMadeWhenFirstDrawn()
{
    auto* counting = new CountingStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    LazyIconStyle style(counting);
    // Asked for with no option, or a plain QStyleOption (tool bars): made when drawn.
    const QIcon back = style.standardIcon(QStyle::SP_ArrowBack);
    QStyleOption plain;
    plain.direction = Qt::LeftToRight;
    const QIcon extension = style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton, &plain);
    QCOMPARE(counting->made, 0);
    QVERIFY(inkOf(back.pixmap(16)).pixels > 0);
    QCOMPARE(counting->made, 1);
    QVERIFY(inkOf(extension.pixmap(16)).pixels > 0);
    QCOMPARE(counting->made, 2);
    // With an option of a subclass, which cannot be kept: at once.
    QStyleOptionButton button;
    const QIcon ok = style.standardIcon(QStyle::SP_DialogOkButton, &button);
    QCOMPARE(counting->made, 3);
    QVERIFY(!ok.isNull());
}

void TestIcons::clearButtonShowsWithTextAndClears()
{
    QLineEdit field;
    addClearButton(&field, QStringLiteral("Clear search"));
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    QToolButton* clear = nullptr;
    for (QToolButton* button : field.findChildren<QToolButton*>()) {
        if (button->accessibleName() == QLatin1String("Clear search"))
            clear = button;
    }
    QVERIFY(clear);
    QVERIFY(!clear->isVisible()); // nothing to clear
    QTest::keyClicks(&field, QStringLiteral("world"));
    QTRY_VERIFY(clear->isVisible());
    QSignalSpy edited(&field, &QLineEdit::textEdited);
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(field.text(), QString());
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited.first().first().toString(), QString());
    QTRY_VERIFY(!clear->isVisible());
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
