// Baseline of figure 1: the least a Qt Widgets program does to show rows. A main window with a 50-row
// table (Depot's page size) of fixed text, shown, and exits right after the table's first paint: the same
// end point bench_depot --first-rows uses, so hyperfine compares the two processes like for like.
#include <QApplication>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

namespace {
class ExitAfterPaint : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // Quit from the event loop, after this paint event has been delivered (the filter runs before it).
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QStandardItemModel model(50, 5);
    for (int row = 0; row < 50; ++row) {
        for (int column = 0; column < 5; ++column)
            model.setItem(row, column, new QStandardItem(QStringLiteral("cell %1.%2").arg(row).arg(column)));
    }
    QMainWindow window;
    auto* table = new QTableView(&window);
    table->setModel(&model);
    window.setCentralWidget(table);
    window.resize(1000, 700);
    ExitAfterPaint filter;
    table->viewport()->installEventFilter(&filter);
    window.show();
    return QApplication::exec();
}
