#pragma once

#include "registry/Dialect.h"

#include <QString>
#include <QUrl>

#include <optional>

// What a link given to Depot opens: a registry (its GraphQL endpoint, and its kind when the link says) and,
// when it names one, a package in it. Depot takes two sorts of link, as arguments (the desktop entry's %U)
// and over D-Bus (DesktopService):
//  - depot: links (x-scheme-handler/depot), documented in packaging/depot.1 and the README:
//        depot://open?registry=<endpoint>[&ref=<reference>][&dialect=<kind>]
//    <endpoint> is the registry's GraphQL address (http or https; percent-encoded where it holds & or #),
//    <reference> a package as its registry kind writes it (catalog/package, namespace/name[@version], a
//    version), <kind> datapm, wasmer or metabind (as --dialect). "depot:open?…" is the same link; other
//    parameters are ignored, so that later versions can add some.
//  - the package pages of registries' web sites, https://datapm.io/<catalog>/<package> and
//    https://wasmer.io/<namespace>/<name>[@<version>]: each registry kind knows its own
//    (DialectTable::webPage).
struct DepotLink
{
    QUrl registry;
    QString reference; // empty: the registry only
    std::optional<Dialect> dialect;

    // `text` as a link; nullopt and why not (a sentence for people) when Depot cannot open it.
    static std::optional<DepotLink> parse(const QString& text, QString* whyNot);
    // The depot: link that opens this.
    QUrl toUrl() const;
};
