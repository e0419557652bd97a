#include "models/PackageListModel.h"
#include "registry/DialectTable.h"
#include "views/MainWindow.h"
#include "views/PackageListPage.h"
#include "views/RegistryDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkProxyFactory>
#include <QTableView>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {
// Command-line mistakes go to stderr with exit status 2, like QCommandLineParser's own; no dialog, so
// scripts that start Depot never hang on one.
int reportUsageError(const QString& message)
{
    std::fprintf(stderr, "depot: %s\n", qPrintable(message));
    return 2;
}

// --bench-first-rows (scripts/bench, figure 1): prints the milliseconds from the start of main() to the
// first paint of package rows, then quits. Watches the paint events of the table's viewport.
class FirstRowsBench : public QObject
{
public:
    FirstRowsBench(MainWindow* window, const QElapsedTimer& sinceStart)
        : QObject(window)
        , m_window(window)
        , m_sinceStart(sinceStart)
    {
        window->packagePage()->table()->viewport()->installEventFilter(this);
    }
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_done && m_window->packagePage()->isShowingTable() &&
            m_window->packageModel()->rowCount() > 0) {
            m_done = true;
            // Quit from the event loop, once this paint event has been delivered (filters run before it).
            QTimer::singleShot(0, this, [this] {
                std::printf("first rows painted after %lld ms\n",
                            static_cast<long long>(m_sinceStart.elapsed()));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    MainWindow* m_window;
    QElapsedTimer m_sinceStart;
    bool m_done = false;
};
} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Depot"));
    QApplication::setApplicationName(QStringLiteral("Depot"));
    QApplication::setApplicationVersion(QStringLiteral(DEPOT_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.depot.Depot"));
    // The PNGs compiled in by app/CMakeLists.txt. Launchers and task bars take a themed icon from the
    // desktop file (setDesktopFileName); asking the icon theme here too read its index files on every
    // start (2.6 ms of a cold start, bench figure 1) for the same picture.
    QIcon icon;
    icon.addFile(QStringLiteral(":/icons/depot-48.png"));
    icon.addFile(QStringLiteral(":/icons/depot-128.png"));
    QApplication::setWindowIcon(icon);
    // Corporate networks: honour the system's proxy settings (environment variables on Linux).
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    // Translations for the system language; the .qm files are embedded under :/i18n by qt_add_translations.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("depot"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Browse GraphQL package registries (DataPM, Wasmer, Metabind)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption registryOption(
        QStringLiteral("registry"),
        QCoreApplication::translate("main",
                                    "Open with the registry at <url> selected (added for this run if it "
                                    "is not in the list)."),
        QCoreApplication::translate("main", "url"));
    const QCommandLineOption dialectOption(
        QStringLiteral("dialect"),
        QCoreApplication::translate("main", "Use <name> as the kind of the --registry registry instead of "
                                            "detecting it: datapm, wasmer or metabind."),
        QCoreApplication::translate("main", "name"));
    const QCommandLineOption localRegistryOption(
        QStringLiteral("local-registry"),
        QCoreApplication::translate("main",
                                    "Base URL of the local registry (scripts/run starts it); the first "
                                    "run offers its registries."),
        QCoreApplication::translate("main", "url"));
    const QCommandLineOption benchFirstRowsOption(
        QStringLiteral("bench-first-rows"),
        QCoreApplication::translate("main", "Benchmarks: print the time until the first package rows are "
                                            "painted, then quit."));
    parser.addOptions({registryOption, dialectOption, localRegistryOption, benchFirstRowsOption});
    parser.process(app);

    MainWindow::Options options;
    if (parser.isSet(registryOption)) {
        const QString text = parser.value(registryOption);
        const QString problem = RegistryDialog::urlProblem(text);
        if (!problem.isEmpty())
            return reportUsageError(
                QCoreApplication::translate("main", "--registry %1: %2").arg(text, problem));
        options.registryUrl = QUrl(text.trimmed(), QUrl::StrictMode);
    }
    if (parser.isSet(dialectOption)) {
        const QString name = parser.value(dialectOption).trimmed().toLower();
        options.dialect = DialectTable::fromId(name);
        if (!options.dialect) {
            QStringList ids;
            for (const DialectRegistration& kind : DialectTable::all())
                ids.append(kind.dialect.id());
            return reportUsageError(
                QCoreApplication::translate("main", "--dialect %1: unknown registry kind; use %2.")
                    .arg(parser.value(dialectOption), ids.join(QStringLiteral(", "))));
        }
        if (!options.registryUrl.isValid())
            return reportUsageError(QCoreApplication::translate("main", "--dialect needs --registry."));
    }
    if (parser.isSet(localRegistryOption)) {
        const QString text = parser.value(localRegistryOption);
        const QString problem = RegistryDialog::urlProblem(text);
        if (!problem.isEmpty())
            return reportUsageError(
                QCoreApplication::translate("main", "--local-registry %1: %2").arg(text, problem));
        options.localRegistryUrl = QUrl(text.trimmed(), QUrl::StrictMode);
    }

    MainWindow window(options);
    window.show();
    // Keyboard focus from the start, also where no window manager gives it (kiosk sessions, Xvfb).
    window.activateWindow();
    if (parser.isSet(benchFirstRowsOption))
        new FirstRowsBench(&window, sinceStart);
    return QApplication::exec();
}
