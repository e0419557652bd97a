#include "DialectTable.h"

#include "RegistryBackend.h"
#include "core/Logging.h"
#include "datapm/DataPmDialect.h"
#include "metabind/MetabindDialect.h"
#include "wasmer/WasmerDialect.h"

namespace {

// The one place that names the built-in registry kinds.
QList<DialectRegistration>& table()
{
    static QList<DialectRegistration> registrations{
        DataPmDialect::registration(),
        WasmerDialect::registration(),
        MetabindDialect::registration(),
    };
    return registrations;
}

} // namespace

std::function<std::optional<WebPage>(const QUrl&)>
WebPage::scopedPackagePages(const QStringList& hosts, const QUrl& endpoint, const QString& skippedPrefix)
{
    return [hosts, endpoint, skippedPrefix](const QUrl& address) -> std::optional<WebPage> {
        const QString scheme = address.scheme().toLower();
        QString host = address.host().toLower();
        if (host.startsWith(QLatin1String("www.")))
            host.remove(0, 4);
        const bool https = scheme == QLatin1String("https");
        if ((!https && scheme != QLatin1String("http")) || !hosts.contains(host))
            return std::nullopt;
        if (const int port = address.port(); port != -1 && port != (https ? 443 : 80))
            return std::nullopt;
        QStringList path = address.path(QUrl::FullyDecoded).split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (path.size() == 3 && !skippedPrefix.isEmpty() && path.first() == skippedPrefix)
            path.removeFirst();
        if (!path.isEmpty() && path.size() != 2)
            return std::nullopt; // another page of the site (a catalog, the docs)
        return WebPage{endpoint, path.join(QLatin1Char('/'))};
    };
}

namespace DialectTable {

const QList<DialectRegistration>& all()
{
    return table();
}

const DialectRegistration* find(const Dialect& dialect)
{
    for (const DialectRegistration& registration : table()) {
        if (registration.dialect == dialect)
            return &registration;
    }
    return nullptr;
}

std::optional<Dialect> fromId(const QString& id)
{
    if (const DialectRegistration* registration = find(Dialect(id)))
        return registration->dialect;
    return std::nullopt;
}

QString displayName(const Dialect& dialect)
{
    const DialectRegistration* registration = find(dialect);
    return registration ? registration->displayName : dialect.id();
}

std::optional<Dialect> recognise(const QSet<QString>& queryFields)
{
    for (const DialectRegistration& registration : table()) {
        if (registration.recognises && registration.recognises(queryFields))
            return registration.dialect;
    }
    return std::nullopt;
}

std::optional<std::pair<Dialect, WebPage>> webPage(const QUrl& address)
{
    for (const DialectRegistration& registration : table()) {
        if (!registration.webPage)
            continue;
        if (std::optional<WebPage> page = registration.webPage(address))
            return std::make_pair(registration.dialect, *page);
    }
    return std::nullopt;
}

std::unique_ptr<RegistryBackend> createBackend(const Dialect& dialect, const BackendContext& context)
{
    const DialectRegistration* registration = find(dialect);
    if (!registration || !registration->createBackend) {
        qCWarning(lcRegistry) << "no registry kind" << dialect.id();
        return nullptr;
    }
    qCDebug(lcRegistry) << "backend" << dialect.id() << "for"
                        << context.endpoint.toDisplayString(QUrl::RemoveUserInfo);
    return registration->createBackend(context);
}

void add(DialectRegistration registration)
{
    QList<DialectRegistration>& registrations = table();
    for (DialectRegistration& existing : registrations) {
        if (existing.dialect == registration.dialect) {
            existing = std::move(registration);
            return;
        }
    }
    registrations.append(std::move(registration));
}

} // namespace DialectTable
