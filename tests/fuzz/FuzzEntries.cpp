#include "FuzzEntries.h"

#include "graphql/AnswerDecoder.h"
#include "registry/datapm/DataPmAccountDecoder.h"
#include "registry/datapm/DataPmBrowseDecoder.h"
#include "registry/datapm/DataPmDecoder.h"
#include "registry/datapm/publish/DataPmCsvInference.h"
#include "registry/datapm/publish/DataPmPackageFileChecker.h"
#include "registry/metabind/MetabindBundleDecoder.h"
#include "registry/metabind/MetabindDecoder.h"
#include "registry/metabind/MetabindSearchDecoder.h"
#include "registry/wasmer/WasmerAccountDecoder.h"
#include "registry/wasmer/WasmerDecoder.h"
#include "registry/wasmer/WasmerManifest.h"
#include "registry/wasmer/WasmerPackageDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <climits>

namespace {

// The `data` object the backends hand to the decoders; a corpus entry may also be a bare data object.
QJsonObject dataOf(const QByteArray& bytes)
{
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    const QJsonValue data = root.value(QLatin1String("data"));
    return data.isObject() ? data.toObject() : root;
}

// Every nested value, breadth first and bounded, so the per-object helpers see objects from any depth
// of the input, not only where the real answers put them.
QList<QJsonValue> someValues(const QJsonObject& data)
{
    constexpr qsizetype kMaxValues = 512;
    QList<QJsonValue> values{data};
    for (qsizetype i = 0; i < values.size() && values.size() < kMaxValues; ++i) {
        const QJsonValue value = values.at(i);
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end() && values.size() < kMaxValues; ++it)
                values.append(it.value());
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (qsizetype j = 0; j < array.size() && values.size() < kMaxValues; ++j)
                values.append(array.at(j));
        }
    }
    return values;
}

} // namespace

namespace FuzzEntries {

void answer(const QByteArray& bytes)
{
    for (const int status : {200, 400, 500})
        (void)AnswerDecoder::decode(status, bytes);
}

void dataPm(const QByteArray& bytes)
{
    const QJsonObject data = dataOf(bytes);
    QString whyNot;
    (void)DataPmDecoder::status(data, &whyNot);
    // Offsets at the edges: the next cursor is computed from offset + rows.
    for (const int offset : {0, 50, INT_MAX}) {
        (void)DataPmDecoder::packagePage(data, QStringLiteral("latestPackages"), offset, 50, &whyNot);
        (void)DataPmDecoder::packagePage(data, QStringLiteral("searchPackages"), offset, 1, &whyNot);
    }
    (void)DataPmDecoder::package(data, &whyNot);
    // Browse and account answers (catalogs, collections, users, API keys).
    for (const int offset : {0, INT_MAX}) {
        (void)DataPmBrowseDecoder::catalogPage(data, offset, &whyNot);
        (void)DataPmBrowseDecoder::collectionPage(data, offset, &whyNot);
        for (const char* field : {"catalogPackages", "collectionPackages"})
            (void)DataPmBrowseDecoder::packageList(data, QLatin1String(field), offset, 50, &whyNot);
    }
    (void)DataPmBrowseDecoder::catalogList(data, &whyNot);
    (void)DataPmBrowseDecoder::catalog(data, &whyNot);
    (void)DataPmBrowseDecoder::collection(data, &whyNot);
    (void)DataPmBrowseDecoder::user(data, &whyNot);
    (void)DataPmAccountDecoder::session(data, QStringLiteral("demo"), &whyNot);
    (void)DataPmAccountDecoder::currentUser(data, &whyNot);
    (void)DataPmAccountDecoder::apiKeys(data, &whyNot);
    (void)DataPmAccountDecoder::createdApiKey(data, &whyNot);
    (void)DataPmAccountDecoder::deleted(data, &whyNot);
    for (const QJsonValue& value : someValues(data)) {
        (void)DataPmBrowseDecoder::catalogOf(value.toObject(), &whyNot);
        (void)DataPmBrowseDecoder::collectionOf(value.toObject(), &whyNot);
        (void)DataPmBrowseDecoder::userOf(value.toObject(), &whyNot);
        (void)DataPmAccountDecoder::apiKeyOf(value.toObject(), &whyNot);
        if (value.isString())
            (void)DataPmAccountDecoder::credentialFromPastedKey(value.toString());
        (void)DataPmDecoder::packageSummary(value.toObject(), &whyNot);
        (void)DataPmDecoder::version(value.toObject(), &whyNot);
        (void)DataPmDecoder::versionText(value.toObject());
        (void)DataPmDecoder::date(value);
        (void)DataPmDecoder::packageFile(value);
    }
}

void wasmer(const QByteArray& bytes)
{
    const QJsonObject data = dataOf(bytes);
    QString whyNot;
    (void)WasmerDecoder::status(data, &whyNot);
    (void)WasmerDecoder::versionConnection(data.value(QLatin1String("recentPackageVersions")), true, &whyNot);
    (void)WasmerDecoder::versionConnection(data.value(QLatin1String("search")), false, &whyNot);
    (void)WasmerDecoder::versionConnection(
        data.value(QLatin1String("getInterfaceVersion")).toObject().value(QLatin1String("packageVersions")),
        true, &whyNot);
    (void)WasmerPackageDecoder::packageVersion(data.value(QLatin1String("getPackageVersion")), &whyNot);
    (void)WasmerPackageDecoder::downloads(data.value(QLatin1String("getPackageVersion")), &whyNot);
    (void)WasmerPackageDecoder::interfaceOf(data.value(QLatin1String("getInterface")), &whyNot);
    (void)WasmerPackageDecoder::interfaces(data.value(QLatin1String("getInterfaces")));
    (void)WasmerAccountDecoder::session(data, QStringLiteral("demo"), &whyNot);
    (void)WasmerAccountDecoder::apiTokens(data, &whyNot);
    (void)WasmerAccountDecoder::createdToken(data, QStringLiteral("label"), &whyNot);
    (void)WasmerAccountDecoder::revoked(data, &whyNot);
    for (const QJsonValue& value : someValues(data)) {
        (void)WasmerAccountDecoder::user(value, &whyNot);
        (void)WasmerAccountDecoder::namespaceOf(value, &whyNot);
        (void)WasmerAccountDecoder::namespacePackages(value, &whyNot);
        if (value.isString())
            (void)WasmerAccountDecoder::credentialFromPastedKey(value.toString());
        (void)WasmerDecoder::versionConnection(value, true, &whyNot);
        (void)WasmerDecoder::packageConnection(value, &whyNot);
        (void)WasmerDecoder::groupConnection(value, QStringLiteral("Namespace"), &whyNot);
        (void)WasmerPackageDecoder::packageVersion(value, &whyNot);
        (void)WasmerDecoder::versionRow(value.toObject(), &whyNot);
        (void)WasmerDecoder::packageRow(value.toObject(), &whyNot);
        (void)WasmerDecoder::version(value.toObject());
        (void)WasmerDecoder::dateTime(value);
    }
}

void wasmerToml(const QByteArray& bytes)
{
    const PackageFolder folder = WasmerManifest::parse(bytes);
    (void)folder;
    (void)WasmerManifest::isSemver(QString::fromUtf8(bytes));
}

void metabind(const QByteArray& bytes)
{
    const QJsonObject data = dataOf(bytes);
    QString whyNot;
    (void)MetabindDecoder::status(data, &whyNot);
    (void)MetabindDecoder::packagePage(data, &whyNot);
    (void)MetabindDecoder::package(data, &whyNot);
    (void)MetabindDecoder::packageNumberPage(data, &whyNot);
    (void)MetabindDecoder::pagesByNumber(data);
    QJsonObject cursors;
    (void)MetabindSearchDecoder::page(data, &cursors);
    for (const QJsonValue& value : someValues(data)) {
        (void)MetabindDecoder::packageRow(value.toObject(), &whyNot);
        (void)MetabindBundleDecoder::details(value.toObject());
        if (value.isObject()) {
            // The page and package decoders look one level down: give them every object as that level.
            const QJsonObject wrapped{
                {QStringLiteral("packages"), value},   {QStringLiteral("package"), value},
                {QStringLiteral("components"), value}, {QStringLiteral("component"), value},
                {QStringLiteral("asset"), value},      {QStringLiteral("content"), value}};
            (void)MetabindDecoder::packagePage(wrapped, &whyNot);
            (void)MetabindDecoder::packageNumberPage(wrapped, &whyNot);
            (void)MetabindDecoder::package(wrapped, &whyNot);
            (void)MetabindSearchDecoder::page(wrapped, &cursors);
            (void)MetabindSearchDecoder::component(wrapped, &whyNot);
            (void)MetabindSearchDecoder::asset(wrapped, &whyNot);
            (void)MetabindSearchDecoder::content(wrapped, &whyNot);
        }
    }
}

void packageFile(const QByteArray& bytes)
{
    // The checker parses the text itself (it reports the position of a syntax error), with and without
    // fields laid over it, as the publish form does on every keystroke.
    (void)DataPmPackageFileChecker::check(bytes);
    PackageFileFields fields;
    fields.packageSlug = QStringLiteral("fuzz");
    fields.displayName = QStringLiteral("Fuzz");
    fields.version = QStringLiteral("1.0.0");
    (void)DataPmPackageFileChecker::check(bytes, fields);
    (void)DataPmPackageFileChecker::merged(bytes, fields);
    const QString text = QString::fromUtf8(bytes);
    (void)DataPmPackageFileChecker::isValidPackageSlug(text);
    (void)DataPmPackageFileChecker::isValidDisplayName(text);
    (void)DataPmPackageFileChecker::isValidVersion(text);
}

void csv(const QByteArray& bytes)
{
    // Inference runs on the first bytes of a download too, so a cut-off text (complete = false) matters.
    const QUrl source(QStringLiteral("https://example.com/data/cities.csv"));
    for (const bool complete : {true, false}) {
        const PackageFileDraft draft = DataPmCsvInference::draft(bytes, complete, source, {});
        (void)draft;
    }
}

QList<Target> targets()
{
    return {
        {QStringLiteral("answer"), &answer},           {QStringLiteral("datapm"), &dataPm},
        {QStringLiteral("wasmer"), &wasmer},           {QStringLiteral("metabind"), &metabind},
        {QStringLiteral("packagefile"), &packageFile}, {QStringLiteral("csv"), &csv},
        {QStringLiteral("wasmertoml"), &wasmerToml},
    };
}

} // namespace FuzzEntries
