#include "MetabindDialect.h"

#include "MetabindBackend.h"

#include <QCoreApplication>

namespace MetabindDialect {

QString id()
{
    return QStringLiteral("metabind");
}

DialectRegistration registration()
{
    DialectRegistration r;
    r.dialect = Dialect(id());
    r.displayName = QStringLiteral("Metabind");
    r.recognises = [](const QSet<QString>& fields) {
        return fields.contains(QStringLiteral("resolvedPackageData")) ||
               (fields.contains(QStringLiteral("packages")) && fields.contains(QStringLiteral("components")));
    };
    r.localRegistryPath = QStringLiteral("/metabind/graphql");
    r.publicEndpoints = {QUrl(QStringLiteral("https://api.metabind.ai/graphql"))};
    r.keyForm = {QT_TRANSLATE_NOOP("DialectTable", "Project key"),
                 QT_TRANSLATE_NOOP("DialectTable", "organization:project:key"),
                 QT_TRANSLATE_NOOP("DialectTable",
                                   "Make one in the Metabind web app under your project's API keys; paste it "
                                   "with its organization and project, separated by colons."),
                 true};
    r.createBackend = [](const BackendContext& context) -> std::unique_ptr<RegistryBackend> {
        return std::make_unique<MetabindBackend>(context.network, context.endpoint, context.headers);
    };
    return r;
}

} // namespace MetabindDialect
