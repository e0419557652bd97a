#include "RegistryBackend.h"

#include "DialectTable.h"
#include "parts/PackageInterfaces.h"

PackageGroups* RegistryBackend::groups(RegistryPart part) const
{
    switch (part) {
    case RegistryPart::Catalogs:
        return catalogs();
    case RegistryPart::Collections:
        return collections();
    case RegistryPart::Interfaces:
        return interfaces();
    default:
        return nullptr;
    }
}

bool RegistryBackend::has(RegistryPart part) const
{
    switch (part) {
    case RegistryPart::Search:
        return search() != nullptr;
    case RegistryPart::Catalogs:
        return catalogs() != nullptr;
    case RegistryPart::Collections:
        return collections() != nullptr;
    case RegistryPart::Users:
        return users() != nullptr;
    case RegistryPart::Account:
        return account() != nullptr;
    case RegistryPart::SignIn:
        return passwordSignIn() != nullptr;
    case RegistryPart::ApiKeys:
        return apiKeys() != nullptr;
    case RegistryPart::Publishing:
        return packageFilePublishing() != nullptr;
    case RegistryPart::Interfaces:
        return interfaces() != nullptr;
    case RegistryPart::Downloads:
        return downloads() != nullptr;
    case RegistryPart::FolderPublishing:
        return folderPublishing() != nullptr;
    case RegistryPart::LiveUpdates:
        return liveUpdates() != nullptr;
    case RegistryPart::ProjectPublishing:
        return projectPublishing() != nullptr;
    }
    return false;
}

QString RegistryBackend::whyMissing(RegistryPart part) const
{
    if (has(part))
        return {};
    const QString name = DialectTable::displayName(dialect());
    switch (part) {
    case RegistryPart::Search:
        return tr("%1 registries cannot search packages from Depot.").arg(name);
    case RegistryPart::Catalogs:
        return tr("%1 registries do not group packages in catalogs.").arg(name);
    case RegistryPart::Collections:
        return tr("%1 registries have no collections.").arg(name);
    case RegistryPart::Users:
        return tr("%1 registries have no user pages.").arg(name);
    case RegistryPart::Account:
        return tr("Depot cannot use an account or key with %1 registries yet.").arg(name);
    case RegistryPart::SignIn:
        return tr("%1 registries do not sign in with a user name and password from Depot.").arg(name);
    case RegistryPart::ApiKeys:
        return tr("%1 registries do not manage API keys from Depot.").arg(name);
    case RegistryPart::Publishing:
        return tr("Depot cannot publish to %1 registries yet.").arg(name);
    case RegistryPart::Interfaces:
        return tr("%1 registries have no interfaces that packages implement.").arg(name);
    case RegistryPart::Downloads:
        return tr("%1 registries offer no package files to download from Depot.").arg(name);
    case RegistryPart::FolderPublishing:
        return tr("Depot cannot publish a folder to %1 registries.").arg(name);
    case RegistryPart::LiveUpdates:
        return tr("Depot cannot follow %1 registries live: lists show what is new when you reload them.")
            .arg(name);
    case RegistryPart::ProjectPublishing:
        return tr("%1 registries do not publish projects kept on the registry.").arg(name);
    }
    return {};
}

std::optional<PackageId> RegistryBackend::packageReference(const QString& text) const
{
    // "scope/name": both parts, no white space.
    const QString trimmed = text.trimmed();
    const PackageId id = PackageId::fromString(trimmed);
    if (id.scope.isEmpty() || id.name.isEmpty() || id.name.contains(QLatin1Char('/')))
        return std::nullopt;
    for (const QChar c : trimmed) {
        if (c.isSpace())
            return std::nullopt;
    }
    return id;
}

QString RegistryBackend::referencedVersion(const QString&) const
{
    return {};
}

PackageJob* RegistryBackend::packageVersion(const PackageId& id, const QString&)
{
    return package(id);
}

std::optional<QString> RegistryBackend::cursorAfterFullPage(const PageRequest&) const
{
    return std::nullopt;
}
