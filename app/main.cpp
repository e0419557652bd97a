#include "registry/Dialect.h"
#include "views/MainWindow.h"
#include "views/RegistryDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkProxyFactory>
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
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Depot"));
    QApplication::setApplicationName(QStringLiteral("Depot"));
    QApplication::setApplicationVersion(QStringLiteral(DEPOT_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.depot.Depot"));
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
    parser.addOptions({registryOption, dialectOption, localRegistryOption});
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
        options.dialect = dialectFromId(name);
        if (!options.dialect)
            return reportUsageError(
                QCoreApplication::translate(
                    "main", "--dialect %1: unknown registry kind; use datapm, wasmer or metabind.")
                    .arg(parser.value(dialectOption)));
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
    return QApplication::exec();
}
