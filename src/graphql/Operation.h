#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// Operations are files: resources/graphql/<dialect>/<Name>.graphql, compiled in as
// :/graphql/<dialect>/<Name>.graphql. No query text lives in C++ string literals.
namespace Operation {
// The document text of operation `name` for `dialect` ("datapm", "wasmer", "metabind", "introspection"),
// or nullopt when there is no such resource.
std::optional<QString> load(const QString& dialect, const QString& name);
// The names of the fragments `document` spreads ("...PackageSummary"), in order of appearance; inline
// fragments ("... on Type") are not spreads of a named fragment. What load() adds to a document.
QStringList spreadNames(const QString& document);
} // namespace Operation
