#include "DataPmDialect.h"

#include "DataPmBackend.h"

#include <QCoreApplication>

namespace DataPmDialect {

QSet<QString> cachedOperations()
{
    return {
        QStringLiteral("LatestPackages"),
        QStringLiteral("SearchPackages"),
        QStringLiteral("Package"),
        QStringLiteral("Catalog"),
        QStringLiteral("CatalogPackages"),
        QStringLiteral("Collection"),
        QStringLiteral("CollectionPackages"),
        QStringLiteral("LatestCollections"),
        QStringLiteral("SearchCatalogs"),
        QStringLiteral("SearchCollections"),
        QStringLiteral("User"),
        QStringLiteral("UserPackages"),
    };
}

QString id()
{
    return QStringLiteral("datapm");
}

DialectRegistration registration()
{
    DialectRegistration r;
    r.dialect = Dialect(id());
    r.displayName = QStringLiteral("DataPM");
    // Root query fields only DataPM has (registries.md); one of them is enough.
    r.recognises = [](const QSet<QString>& fields) {
        return fields.contains(QStringLiteral("registryStatus")) ||
               (fields.contains(QStringLiteral("searchPackages")) &&
                fields.contains(QStringLiteral("latestPackages")));
    };
    r.localRegistryPath = QStringLiteral("/datapm/graphql");
    r.publicEndpoints = {QUrl(QStringLiteral("https://datapm.io/graphql"))};
    // datapm.io's package pages are https://datapm.io/<catalog>/<package>.
    r.webPage = WebPage::scopedPackagePages({QStringLiteral("datapm.io")}, r.publicEndpoints.constFirst());
    r.webPageExample = QStringLiteral("https://datapm.io/<catalog>/<package>");
    r.keyForm = {QT_TRANSLATE_NOOP("DialectTable", "API key"),
                 QT_TRANSLATE_NOOP("DialectTable", "The key as DataPM showed it when it was made"),
                 QT_TRANSLATE_NOOP("DialectTable",
                                   "Make one on the registry's web site under My Account → API Keys, or sign "
                                   "in here and let Depot make one.")};
    r.createBackend = [](const BackendContext& context) -> std::unique_ptr<RegistryBackend> {
        return std::make_unique<DataPmBackend>(context.network, context.endpoint, context.headers);
    };
    return r;
}

} // namespace DataPmDialect
