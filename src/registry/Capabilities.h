#pragma once

#include <QFlags>

// What a registry can do. Views grey out what is missing instead of testing the dialect.
enum class Capability {
    LatestPackages = 1 << 0,  // a "newest first" package list
    SearchPackages = 1 << 1,  // server-side package search
    Catalogs = 1 << 2,        // DataPM catalogs / Wasmer namespaces
    Collections = 1 << 3,     // DataPM collections
    Versions = 1 << 4,        // a package's version list
    Readme = 1 << 5,          // README text for a package
    SignIn = 1 << 6,          // username/password sign-in
    ApiKeys = 1 << 7,         // list/create/delete API keys through the API
    Publish = 1 << 8,         // publishing from Depot
    AnonymousRead = 1 << 9,   // browsing without any credential
    Downloads = 1 << 10,      // package archives can be downloaded
};
Q_DECLARE_FLAGS(Capabilities, Capability)
Q_DECLARE_OPERATORS_FOR_FLAGS(Capabilities)
