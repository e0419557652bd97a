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
