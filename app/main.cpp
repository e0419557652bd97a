#include "models/PackageListModel.h"
#include "registry/DialectTable.h"
#include "views/DepotLink.h"
#include "views/DesktopService.h"
#include "views/MainWindow.h"
#include "views/PackageListPage.h"
#include "views/RegistryDialog.h"
#include "views/icons/LazyIconStyle.h"
#include "views/icons/ThemedIcon.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QImageReader>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkProxyFactory>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTimer>
#include <QTranslator>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>

namespace {
// Command-line mistakes go to stderr with exit status 2, as getopt's do (QCommandLineParser::process() would
// exit with 1, so Depot parses with parse()); no dialog, so scripts that start Depot never hang on one. The
// man page (packaging/depot.1) lists the exit statuses.
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
                // The figure ends at the paint: the process ends there too, without tearing the window down
                // (whole-process timings would otherwise count Depot's teardown, which no one waits for).
                std::_Exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    MainWindow* m_window;
    QElapsedTimer m_sinceStart;
    bool m_done = false;
};
// The translations for the system language, installed into the application object of the moment: Qt's own
// (qtbase_<lang>.qm, from Debian's qt6-translations-l10n) and Depot's, embedded under :/i18n by
// qt_add_translations.
class Translations
{
public:
    Translations()
    {
        if (m_qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
        if (m_depot.load(QLocale(), QStringLiteral("depot"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(&m_depot);
    }
    Translations(const Translations&) = delete;
    Translations& operator=(const Translations&) = delete;

private:
    QTranslator m_qt;
    QTranslator m_depot;
};

// One of Depot's own PNG pictures, read as PNG. QIcon::addFile would first ask every image plugin whether it
// can read the file, loading them all (Qt SVG with them): a millisecond of the start (bench figure 9).
QPixmap resourcePng(const QString& path)
{
    QImageReader reader(path, "png");
    reader.setAutoDetectImageFormat(false);
    return QPixmap::fromImage(reader.read());
}

// The options QGuiApplication, QApplication and the xcb platform take out of the arguments (see "depot
// --help-all" with a display). Only these wait for the QApplication; any other unknown option is a mistake
// at once, display or not.
bool isQtOption(const QString& name)
{
    static const QStringList names =
        QStringLiteral(
            "platform platformpluginpath platformtheme plugin qwindowgeometry geometry qwindowicon "
            "icon qwindowtitle title session reverse testability style stylesheet widgetcount "
            "qdevel display name visual sync")
            .split(QLatin1Char(' '));
    return names.contains(name.section(QLatin1Char('='), 0, 0));
}

struct CommandLine
{
    MainWindow::Options options;
    // What a Depot already running in this session is handed (DesktopService): the links as given, or the
    // depot: link for --registry/--open. Empty: it only comes to the front.
    QStringList handOver;
    bool benchFirstRows = false;
    // Set when Depot stops here: 0 after --help or --version, 2 after a mistake.
    std::optional<int> exitCode;
    // An option unknown to Depot may be one of Qt's own (-platform, -style, -reverse, ...), which only the
    // QApplication takes out of the arguments: then the line is read again once there is one.
    bool readAgain = false;
};

// Reads the command line. Positional arguments are links (the desktop entry starts "depot %U"): depot: links
// and registry web addresses (DepotLink); the last one opens, as --registry and --open would.
CommandLine readCommandLine(const QStringList& arguments, bool qtOptionsRemoved)
{
    CommandLine result;
    QCommandLineParser parser;
    // "-platform offscreen" is one option, as Qt's own are written, not "-p -l -a ...".
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Browse GraphQL package registries (DataPM, Wasmer, Metabind)."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption registryOption(
        QStringLiteral("registry"),
        QCoreApplication::translate("main",
                                    "Open with the registry at <url> selected. One that is not in the "
                                    "list is added to it, and later starts open it again."),
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
    // Internal (scripts/bench): not listed by --help.
    QCommandLineOption benchFirstRowsOption(
        QStringLiteral("bench-first-rows"),
        QCoreApplication::translate("main", "Benchmarks: print the time until the first package rows are "
                                            "painted, then quit."));
    benchFirstRowsOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption openOption(
        QStringLiteral("open"),
        QCoreApplication::translate("main",
                                    "Open this package once the registry answers, as the registry kind "
                                    "names it: catalog/package (DataPM), namespace/name[@version] "
                                    "(Wasmer), a version (Metabind)."),
        QCoreApplication::translate("main", "reference"));
    parser.addOptions({registryOption, dialectOption, openOption, localRegistryOption, benchFirstRowsOption});
    parser.addPositionalArgument(
        QStringLiteral("url"),
        QCoreApplication::translate("main",
                                    "Links to open: depot://open?registry=<url>&ref=<reference>, or a "
                                    "package page of datapm.io or wasmer.io."),
        QStringLiteral("[url...]"));

    if (!parser.parse(arguments)) {
        const QStringList unknown = parser.unknownOptionNames();
        if (!qtOptionsRemoved && !unknown.isEmpty() &&
            std::all_of(unknown.begin(), unknown.end(), isQtOption))
            result.readAgain = true;
        else
            result.exitCode = reportUsageError(parser.errorText());
        return result;
    }
    // Qt's own texts for these; process() prints them and exits with status 0.
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all")) || parser.isSet(versionOption))
        parser.process(arguments);

    MainWindow::Options& options = result.options;
    if (parser.isSet(registryOption)) {
        const QString text = parser.value(registryOption);
        const QString problem = RegistryDialog::urlProblem(text);
        if (!problem.isEmpty()) {
            result.exitCode =
                reportUsageError(QCoreApplication::translate("main", "--registry %1: %2").arg(text, problem));
            return result;
        }
        options.registryUrl = QUrl(text.trimmed(), QUrl::StrictMode);
    }
    if (parser.isSet(dialectOption)) {
        const QString name = parser.value(dialectOption).trimmed().toLower();
        options.dialect = DialectTable::fromId(name);
        if (!options.dialect) {
            QStringList ids;
            for (const DialectRegistration& kind : DialectTable::all())
                ids.append(kind.dialect.id());
            result.exitCode = reportUsageError(
                QCoreApplication::translate("main", "--dialect %1: unknown registry kind; use %2.")
                    .arg(parser.value(dialectOption), ids.join(QStringLiteral(", "))));
            return result;
        }
        if (!options.registryUrl.isValid()) {
            result.exitCode =
                reportUsageError(QCoreApplication::translate("main", "--dialect needs --registry."));
            return result;
        }
    }
    if (parser.isSet(openOption))
        options.openReference = parser.value(openOption).trimmed();
    if (parser.isSet(localRegistryOption)) {
        const QString text = parser.value(localRegistryOption);
        const QString problem = RegistryDialog::urlProblem(text);
        if (!problem.isEmpty()) {
            result.exitCode = reportUsageError(
                QCoreApplication::translate("main", "--local-registry %1: %2").arg(text, problem));
            return result;
        }
        options.localRegistryUrl = QUrl(text.trimmed(), QUrl::StrictMode);
    }
    result.benchFirstRows = parser.isSet(benchFirstRowsOption);

    const QStringList links = parser.positionalArguments();
    if (!links.isEmpty() && (parser.isSet(registryOption) || parser.isSet(openOption))) {
        result.exitCode = reportUsageError(QCoreApplication::translate(
            "main", "a link cannot go with --registry or --open: it names both."));
        return result;
    }
    for (const QString& text : links) {
        QString why;
        const std::optional<DepotLink> link = DepotLink::parse(text, &why);
        if (!link) {
            result.exitCode = reportUsageError(QStringLiteral("%1: %2").arg(text, why));
            return result;
        }
        options.registryUrl = link->registry;
        options.dialect = link->dialect;
        options.openReference = link->reference;
    }
    result.handOver = links;
    if (links.isEmpty() && options.registryUrl.isValid())
        result.handOver.append(
            DepotLink{options.registryUrl, options.openReference, options.dialect}.toUrl().toString());
    return result;
}
// One Depot per session: a running one takes the links and raises its window, and this one ends (also without
// a display). True when it did. The benchmark measures a start of its own.
bool handedOver(const CommandLine& commandLine)
{
    if (commandLine.exitCode || commandLine.benchFirstRows)
        return false;
    QString why;
    switch (DesktopService::handOver(commandLine.handOver, &why)) {
    case DesktopService::Handover::Done:
        return true;
    case DesktopService::Handover::Refused:
        std::fprintf(
            stderr, "depot: %s\n",
            qPrintable(QCoreApplication::translate(
                           "main", "the Depot that runs did not take the links (%1); starting another one.")
                           .arg(why)));
        return false;
    case DesktopService::Handover::None:
        return false;
    }
    return false;
}
} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QCoreApplication::setOrganizationName(QStringLiteral("Depot"));
    QCoreApplication::setApplicationName(QStringLiteral("Depot"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEPOT_VERSION));

    // The command line is read under a QCoreApplication (0.3 ms), which needs no display: --help, --version
    // and mistakes are answered on a terminal, over SSH and in a build chroot. The QApplication needs one.
    CommandLine commandLine;
    {
        QCoreApplication core(argc, argv);
        const Translations translations;
        commandLine = readCommandLine(QCoreApplication::arguments(), false);
        if (!commandLine.readAgain && handedOver(commandLine))
            return 0;
    }
    if (commandLine.exitCode)
        return *commandLine.exitCode;

    QApplication app(argc, argv);
    const Translations translations;
    if (commandLine.readAgain) {
        commandLine = readCommandLine(QCoreApplication::arguments(), true);
        if (commandLine.exitCode)
            return *commandLine.exitCode;
        if (handedOver(commandLine))
            return 0;
    }
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.depot.Depot"));
    // The PNGs compiled in by app/CMakeLists.txt. Launchers and task bars take a themed icon from the
    // desktop file (setDesktopFileName); asking the icon theme here too read its index files on every
    // start (2.6 ms of a cold start, bench figure 1) for the same picture.
    QIcon icon;
    icon.addPixmap(resourcePng(QStringLiteral(":/icons/depot-48.png")));
    icon.addPixmap(resourcePng(QStringLiteral(":/icons/depot-128.png")));
    QApplication::setWindowIcon(icon);
    skipIconThemeWithoutActionIcons();
    // The style chosen (the desktop's, or -style / QT_STYLE_OVERRIDE), its icons made when first drawn; a
    // style the factory cannot make again by its name stays as it is.
    if (QStyle* chosen = QStyleFactory::create(QApplication::style()->name()))
        QApplication::setStyle(new LazyIconStyle(chosen));
    // Corporate networks: honour the system's proxy settings (environment variables on Linux).
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    MainWindow window(commandLine.options);
    window.show();
    // Keyboard focus from the start, also where no window manager gives it (kiosk sessions, Xvfb).
    window.activateWindow();
    if (commandLine.benchFirstRows)
        new FirstRowsBench(&window, sinceStart);
    else
        (new DesktopService(&window))->registerOnBus(); // later launches hand their links to this window
    return QApplication::exec();
}
