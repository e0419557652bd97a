#include "WasmerDialect.h"

#include "WasmerBackend.h"

#include <QCoreApplication>

namespace WasmerDialect {

QSet<QString> cachedOperations()
{
    return {
        QStringLiteral("RecentPackageVersions"),
        QStringLiteral("SearchPackages"),
        QStringLiteral("SearchFilteredPackages"),
        QStringLiteral("PackageVersion"),
        QStringLiteral("Namespace"),
        QStringLiteral("NamespacePackages"),
        QStringLiteral("SearchNamespaces"),
        QStringLiteral("Interface"),
        QStringLiteral("Interfaces"),
        QStringLiteral("User"),
        QStringLiteral("UserPackages"),
        QStringLiteral("SearchUsers"),
    };
}

QString id()
{
    return QStringLiteral("wasmer");
}

DialectRegistration registration()
{
    DialectRegistration r;
    r.dialect = Dialect(id());
    r.displayName = QStringLiteral("Wasmer");
    r.recognises = [](const QSet<QString>& fields) {
        return fields.contains(QStringLiteral("getPackageVersion")) ||
               fields.contains(QStringLiteral("getInterfaceVersion"));
    };
    r.localRegistryPath = QStringLiteral("/wasmer/graphql");
    r.publicEndpoints = {QUrl(QStringLiteral("https://registry.wasmer.io/graphql"))};
    // wasmer.io's package pages are https://wasmer.io/<namespace>/<name>[@<version>] ("_" for the bare
    // names); those of WAPM, its former name, https://wapm.io/[package/]<namespace>/<name>.
    r.webPage = WebPage::scopedPackagePages({QStringLiteral("wasmer.io"), QStringLiteral("wapm.io")},
                                            r.publicEndpoints.constFirst(), QStringLiteral("package"));
    r.webPageExample = QStringLiteral("https://wasmer.io/<namespace>/<name>");
    r.keyForm = {QT_TRANSLATE_NOOP("DialectTable", "Token"),
                 QT_TRANSLATE_NOOP("DialectTable", "The token, with or without “Bearer ” in front"),
                 QT_TRANSLATE_NOOP("DialectTable",
                                   "Make one on wasmer.io under Settings → Access tokens, or copy the one "
                                   "the wasmer CLI stored (wasmer whoami shows whose it is).")};
    r.createBackend = [](const BackendContext& context) -> std::unique_ptr<RegistryBackend> {
        return std::make_unique<WasmerBackend>(context.network, context.endpoint, context.headers);
    };
    return r;
}

} // namespace WasmerDialect
