#pragma once

#include "registry/Package.h"
#include "registry/Paging.h"
#include "registry/RegistryStatus.h"

#include <QCborMap>
#include <QCborValue>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// DataPM answers (the `data` object of a GraphQL answer) -> domain values. Pure: no network, no state, so it
// can be fuzzed with arbitrary JSON. Every function returns nullopt with a technical *whyNot when the
// answer does not have the expected shape; it never asserts on input.
class DataPmDecoder
{
public:
    static std::optional<RegistryStatus> status(const QJsonObject& data, QString* whyNot);
    // `field` is "latestPackages" or "searchPackages"; `offset` is the one the page was asked for and
    // `limit` its size (a short page is the end when the answer has no hasMore).
    static std::optional<PackagePage> packagePage(const QJsonObject& data, const QString& field, int offset,
                                                  int limit, QString* whyNot);
    static std::optional<Package> package(const QJsonObject& data, QString* whyNot);

    // Helpers, public for tests and fuzzing.
    static std::optional<Package> packageSummary(const QJsonObject& object, QString* whyNot);
    static std::optional<PackageVersion> version(const QJsonObject& object, QString* whyNot);
    // {versionMajor, versionMinor, versionPatch} -> "1.2.3"; empty when a part is missing.
    static QString versionText(const QJsonObject& identifier);
    // DataPM's Date scalar: an ISO 8601 string, or milliseconds since the epoch (as number or digits).
    static QDateTime date(const QJsonValue& value);
    // A web address from a registry: only http(s), so a view can open it without checks of its own.
    static QUrl webUrl(const QString& text);
    // PackageFileJSON arrives as a string holding JSON (or, leniently, as an object): the parsed object,
    // empty when it is neither.
    static QJsonObject packageFile(const QJsonValue& value);

private:
    // The same over the CBOR view of the parsed tree (see DataPmDecoder.cpp).
    static bool fillSummary(const QCborMap& object, Package* out, QString* whyNot);
    static QString versionTextFromCbor(const QCborMap& identifier);
    static QDateTime dateFromCbor(const QCborValue& value);
};
