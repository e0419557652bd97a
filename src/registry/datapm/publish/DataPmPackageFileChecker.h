#pragma once

#include "registry/publish/PackageFileCheck.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

// The rules of DataPM's package-file JSON Schema v0.32.1 that a publisher can get wrong, written by hand
// (no JSON Schema engine): well-formed JSON (with the position of a syntax error), required fields, slug,
// display-name and version patterns, lengths, README/licence, schemas and sources. Pure: no event loop and
// no I/O, so it can be fuzzed and runs on every keystroke.
class DataPmPackageFileChecker
{
    Q_DECLARE_TR_FUNCTIONS(DataPmPackageFileChecker)
public:
    static constexpr qsizetype kMaxSlugLength = 38; // the server's slug directive (the schema says 100)
    static constexpr qsizetype kMaxDisplayNameLength = 128;
    static constexpr qsizetype kMaxMarkdownLength = 100000;
    static constexpr const char* kCurrentSchema = "https://datapm.io/docs/package-file-schema-v0.32.1.json";

    // Parses `text`, lays `overrides` over it and checks the result.
    static PackageFileCheck check(const QByteArray& text, const PackageFileFields& overrides = {});
    // Checks an already parsed file (e.g. one Depot built).
    static PackageFileCheck check(const QJsonObject& file);
    // `text` parsed with `overrides` applied: what is sent. Empty when `text` is not a JSON object.
    static QJsonObject merged(const QByteArray& text, const PackageFileFields& overrides);

    static bool isValidPackageSlug(const QString& slug);
    static bool isValidDisplayName(const QString& name);
    static bool isValidVersion(const QString& version);
};
