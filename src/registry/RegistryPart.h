#pragma once

#include <QMetaType>

// The optional parts a registry backend may offer (RegistryBackend's accessors). Views offer exactly the
// parts a backend has and, for the others, show RegistryBackend::whyMissing().
enum class RegistryPart {
    Search,            // server-side package search
    Catalogs,          // the registry's main groups of packages (DataPM catalogs, Wasmer namespaces)
    Collections,       // curated lists of packages (DataPM collections)
    Users,             // user pages
    Account,           // credentials: who am I, keys pasted by the user
    SignIn,            // sign-in with a user name and password
    ApiKeys,           // list, create and revoke API keys or tokens
    Publishing,        // publish from a package file
    Interfaces,        // published interfaces that packages implement (Wasmer interfaces)
    Downloads,         // files of a package version to download (and unpack)
    FolderPublishing,  // publish a folder that a manifest file describes (wasmer.toml)
    ProjectPublishing, // publish what a project on the registry holds as a new version (Metabind)
    LiveUpdates,       // GraphQL subscriptions: lists and pages follow what is published, without a reload
};
Q_DECLARE_METATYPE(RegistryPart)
