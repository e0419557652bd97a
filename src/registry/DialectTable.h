#pragma once

#include "Dialect.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class HeaderProvider;
class QNetworkAccessManager;
class RegistryBackend;

// What a backend is made with: the shared network access manager, the endpoint, and the credentials
// requests carry (anonymous when null).
struct BackendContext
{
    QNetworkAccessManager* network = nullptr;
    QUrl endpoint;
    std::shared_ptr<const HeaderProvider> headers;
};

// How a person hands Depot a credential for a registry kind, for the dialogs. Source texts, translated where
// shown (context "DialectTable").
struct KeyForm
{
    const char* name = nullptr;        // "API key", "Token"
    const char* placeholder = nullptr; // what a key looks like
    const char* help = nullptr;        // where to find one
    // The key goes with an organization and a project, joined as "organization:project:key" (Metabind):
    // the dialogs ask for the three parts, or take them pasted in one piece.
    bool scoped = false;
};

// A page of a registry kind's public web site, as people share its address: the registry behind the site and
// the package the page shows (as RegistryBackend::packageReference() reads it), none for the front page.
struct WebPage
{
    QUrl endpoint;
    QString reference;

    // A webPage function for the usual site: the front page and package pages https://<host>/<scope>/<name>
    // of `hosts` (and their www. names), the registry at `endpoint`. `skippedPrefix`: a first segment the
    // site may also put before them ("https://wapm.io/package/<scope>/<name>").
    static std::function<std::optional<WebPage>(const QUrl&)>
    scopedPackagePages(const QStringList& hosts, const QUrl& endpoint, const QString& skippedPrefix = {});
};

// One registry kind: everything the core needs to know of it, registered once (Discover's backend pattern).
// The built-in kinds are listed in DialectTable.cpp; a kind from elsewhere (a test) calls add().
struct DialectRegistration
{
    Dialect dialect;
    QString displayName; // product name: "DataPM"; not translated
    // Detection: whether a GraphQL server with these root query fields speaks this kind.
    std::function<bool(const QSet<QString>& queryFields)> recognises;
    // The path of this kind's endpoint on Depot's local registry ("/datapm/graphql"); empty when it has none.
    QString localRegistryPath;
    // Public endpoints offered on the first start.
    QList<QUrl> publicEndpoints;
    // How a key for it is entered; null `name` when the kind takes no pasted key.
    KeyForm keyForm;
    // Its public web site's package pages (links people share): what `address` shows, nullopt when it is not
    // one of them. Unset when the kind has no such site. `webPageExample` shows their form in messages:
    // "https://datapm.io/<catalog>/<package>".
    std::function<std::optional<WebPage>(const QUrl& address)> webPage;
    QString webPageExample;
    std::function<std::unique_ptr<RegistryBackend>(const BackendContext& context)> createBackend;
};

namespace DialectTable {

// Every registered kind, in detection order (built-in ones first).
const QList<DialectRegistration>& all();
const DialectRegistration* find(const Dialect& dialect);
std::optional<Dialect> fromId(const QString& id);
// The product name of `dialect`; its id when it is not registered.
QString displayName(const Dialect& dialect);
// The first registered kind that recognises `queryFields`.
std::optional<Dialect> recognise(const QSet<QString>& queryFields);
// The registry kind whose web site shows `address`, and what it shows; nullopt when no kind knows it.
std::optional<std::pair<Dialect, WebPage>> webPage(const QUrl& address);
// The backend of `dialect` at `context.endpoint`; null when the kind is not registered.
std::unique_ptr<RegistryBackend> createBackend(const Dialect& dialect, const BackendContext& context);

// Registers a kind (replacing one with the same id). For kinds that live outside the core, such as a test's.
void add(DialectRegistration registration);

} // namespace DialectTable
