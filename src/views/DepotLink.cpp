#include "DepotLink.h"

#include "RegistryDialog.h"
#include "registry/DialectTable.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace {

// "DataPM (https://datapm.io/<catalog>/<package>) and Wasmer (…)": the web sites Depot opens, from the table.
QString knownWebPages()
{
    QStringList sites;
    for (const DialectRegistration& kind : DialectTable::all()) {
        if (kind.webPage && !kind.webPageExample.isEmpty())
            sites.append(QStringLiteral("%1 (%2)").arg(kind.displayName, kind.webPageExample));
    }
    return sites.join(QStringLiteral(", "));
}

std::optional<DepotLink> parseDepotLink(const QUrl& url, QString* whyNot)
{
    // depot://open?… names the action as the host; depot:open?… as the path.
    const QString action = url.host().isEmpty() ? url.path() : url.host() + url.path();
    if (action.compare(QLatin1String("open"), Qt::CaseInsensitive) != 0 &&
        action.compare(QLatin1String("open/"), Qt::CaseInsensitive) != 0) {
        *whyNot = QCoreApplication::translate("DepotLink", "Depot links start with depot://open?registry=…");
        return std::nullopt;
    }
    const QUrlQuery query(url);
    const QString registry = query.queryItemValue(QStringLiteral("registry"), QUrl::FullyDecoded).trimmed();
    if (registry.isEmpty()) {
        *whyNot = QCoreApplication::translate("DepotLink", "The link names no registry (registry=…).");
        return std::nullopt;
    }
    if (const QString problem = RegistryDialog::urlProblem(registry); !problem.isEmpty()) {
        //: %1 is the registry address of the link, %2 what is wrong with it
        *whyNot =
            QCoreApplication::translate("DepotLink", "The link's registry “%1”: %2").arg(registry, problem);
        return std::nullopt;
    }
    DepotLink link;
    link.registry = QUrl(registry, QUrl::StrictMode);
    link.reference = query.queryItemValue(QStringLiteral("ref"), QUrl::FullyDecoded).trimmed();
    if (query.hasQueryItem(QStringLiteral("dialect"))) {
        const QString kind = query.queryItemValue(QStringLiteral("dialect"), QUrl::FullyDecoded).trimmed();
        link.dialect = DialectTable::fromId(kind.toLower());
        if (!link.dialect) {
            *whyNot =
                QCoreApplication::translate("DepotLink", "The link names an unknown registry kind “%1”.")
                    .arg(kind);
            return std::nullopt;
        }
    }
    return link;
}

} // namespace

std::optional<DepotLink> DepotLink::parse(const QString& text, QString* whyNot)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (url.scheme().compare(QLatin1String("depot"), Qt::CaseInsensitive) == 0)
        return parseDepotLink(url, whyNot);
    if (url.isValid() && !url.isRelative()) {
        if (const auto page = DialectTable::webPage(url)) {
            DepotLink link;
            link.registry = page->second.endpoint;
            link.reference = page->second.reference;
            link.dialect = page->first;
            return link;
        }
    }
    //: %1 lists registry web sites with the form of their package pages
    *whyNot = QCoreApplication::translate(
                  "DepotLink", "Depot opens depot: links and the package pages of %1; use --registry for a "
                               "registry's GraphQL address.")
                  .arg(knownWebPages());
    return std::nullopt;
}

QUrl DepotLink::toUrl() const
{
    QUrlQuery query;
    // Percent-encoded in full, so that the registry's own query (?x=1&y=2) stays inside the value.
    const auto encoded = [](const QString& value) {
        return QString::fromLatin1(QUrl::toPercentEncoding(value, "/:@"));
    };
    query.addQueryItem(QStringLiteral("registry"), encoded(registry.toString(QUrl::FullyEncoded)));
    if (!reference.isEmpty())
        query.addQueryItem(QStringLiteral("ref"), encoded(reference));
    if (dialect)
        query.addQueryItem(QStringLiteral("dialect"), encoded(dialect->id()));
    QUrl url;
    url.setScheme(QStringLiteral("depot"));
    url.setHost(QStringLiteral("open"));
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}
