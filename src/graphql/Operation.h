#pragma once

#include <QString>

#include <optional>

// Operations are files: resources/graphql/<dialect>/<Name>.graphql, compiled in as
// :/graphql/<dialect>/<Name>.graphql. No query text lives in C++ string literals.
namespace Operation {
// The document text of operation `name` for `dialect` ("datapm", "wasmer", "metabind", "introspection"),
// or nullopt when there is no such resource.
std::optional<QString> load(const QString& dialect, const QString& name);
} // namespace Operation
