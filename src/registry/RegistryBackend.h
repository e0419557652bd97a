#pragma once

#include "Dialect.h"
#include "Jobs.h"
#include "RegistryPart.h"

#include <QObject>
#include <QUrl>

#include <optional>

class AccountAccess;
class ApiKeyManagement;
class FolderPublishing;
class LiveUpdates;
class PackageDownloads;
class PackageFilePublishing;
class PackageGroups;
class PackageInterfaces;
class PackageSearch;
class PasswordSignIn;
class ProjectPublishing;
class UserDirectory;

// One registry, in dialect-neutral intents. Every backend lists its latest packages and opens a package; the
// rest comes in optional parts, each present (non-null) only when the dialect really implements it. Views and
// models use only this interface: they offer the parts a backend has and say why the others are missing
// (whyMissing), and never ask which dialect it is. Parts are owned by the backend.
class RegistryBackend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~RegistryBackend() override = default;

    virtual Dialect dialect() const = 0;
    virtual QUrl endpoint() const = 0;

    virtual StatusJob* status() = 0;
    virtual PackagePageJob* latestPackages(const PageRequest& page) = 0;
    virtual PackageJob* package(const PackageId& id) = 0;
    // The package a person's reference names ("catalog/package" for DataPM; each kind says what its
    // references look like), from the command line (--open), a link or the search field; nullopt when `text`
    // is not one.
    virtual std::optional<PackageId> packageReference(const QString& text) const;
    // The version a reference names besides the package ("1.0" in Wasmer's "namespace/name@1.0"); empty for
    // the latest, and for registry kinds whose references name no version.
    virtual QString referencedVersion(const QString& text) const;
    // One version of a package as its page shows it (Package::details describe that version); the latest
    // when `version` is empty. Registry kinds without pages per version show the package (package()).
    virtual PackageJob* packageVersion(const PackageId& id, const QString& version);
    // The cursor of the page after `page` of a package list, should `page` come back full, when this registry
    // pages so that it is known without asking (offsets); nullopt otherwise (opaque cursors). Lists use it to
    // read one page ahead while a person scrolls.
    virtual std::optional<QString> cursorAfterFullPage(const PageRequest& page) const;

    // Optional parts: null when the registry does not offer them.
    PackageSearch* search() const { return m_parts.search; }
    PackageGroups* catalogs() const { return m_parts.catalogs; }
    PackageGroups* collections() const { return m_parts.collections; }
    UserDirectory* users() const { return m_parts.users; }
    AccountAccess* account() const { return m_parts.account; }
    PasswordSignIn* passwordSignIn() const { return m_parts.passwordSignIn; }
    ApiKeyManagement* apiKeys() const { return m_parts.apiKeys; }
    PackageFilePublishing* packageFilePublishing() const { return m_parts.packageFilePublishing; }
    PackageInterfaces* interfaces() const { return m_parts.interfaces; }
    PackageDownloads* downloads() const { return m_parts.downloads; }
    FolderPublishing* folderPublishing() const { return m_parts.folderPublishing; }
    LiveUpdates* liveUpdates() const { return m_parts.liveUpdates; }
    ProjectPublishing* projectPublishing() const { return m_parts.projectPublishing; }

    // The group part `part` names (Catalogs, Collections or Interfaces); null for any other part or when it
    // is missing.
    PackageGroups* groups(RegistryPart part) const;

    bool has(RegistryPart part) const;
    // Why `part` is missing, in a sentence for people ("Metabind registries have no collections."); a dialect
    // says more where it knows more. Empty when the part is there.
    virtual QString whyMissing(RegistryPart part) const;

signals:
    // Any request of this backend (any part, any page): the registry answered (an error answer included), or
    // could not be reached. The window's status line follows them, whichever page asked.
    void answered();
    void unreachable(const Error& error);

protected:
    struct Parts
    {
        PackageSearch* search = nullptr;
        PackageGroups* catalogs = nullptr;
        PackageGroups* collections = nullptr;
        UserDirectory* users = nullptr;
        AccountAccess* account = nullptr;
        PasswordSignIn* passwordSignIn = nullptr;
        ApiKeyManagement* apiKeys = nullptr;
        PackageFilePublishing* packageFilePublishing = nullptr;
        PackageInterfaces* interfaces = nullptr;
        PackageDownloads* downloads = nullptr;
        FolderPublishing* folderPublishing = nullptr;
        LiveUpdates* liveUpdates = nullptr;
        ProjectPublishing* projectPublishing = nullptr;
    };
    // For a backend's constructor: the parts it really implements (owned by the backend, living as long).
    void offer(const Parts& parts) { m_parts = parts; }

private:
    Parts m_parts;
};
