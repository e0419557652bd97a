#include "DataPmDecoder.h"

#include "DataPmManifest.h"
#include "registry/JsonFields.h"
#include "registry/PackageDetails.h"
#include "registry/VersionOrder.h"

#include <QCborArray>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <array>

namespace {

using JsonFields::obj;
using JsonFields::str;

// Package lists are read through QCborMap rather than QJsonObject. Both are views of one parsed tree
// (QCborMap::fromJsonObject moves a pointer), but a QCborMap lookup builds no QJsonValue, and on a 1000-row
// page that was half of the decoding time (bench figure 2).
// Keys are literals: their length is known at compile time, not measured per lookup.
template <qsizetype N> QString str(const QCborMap& map, const char (&key)[N])
{
    return map.value(QLatin1String(key, N - 1)).toString();
}

template <qsizetype N> QCborMap map(const QCborMap& map, const char (&key)[N])
{
    return map.value(QLatin1String(key, N - 1)).toMap();
}

// "2025-05-22T10:00:00.000Z" or without milliseconds: the form every DataPM date has. Written by hand
// because QDateTime::fromString handles every ISO variant and time zone, and at three dates per row it was
// the largest part of decoding a package list (bench figure 2). Anything else returns an invalid value and
// goes to QDateTime::fromString.
QDateTime utcTimestamp(QStringView text)
{
    const qsizetype n = text.size();
    if ((n != 20 && n != 24) || text.at(n - 1) != QLatin1Char('Z'))
        return {};
    auto digits = [&text](qsizetype from, qsizetype count, int* out) {
        int value = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return false;
            value = value * 10 + int(c - u'0');
        }
        *out = value;
        return true;
    };
    auto is = [&text](qsizetype at, char c) {
        return text.at(at) == QLatin1Char(c);
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, msec = 0;
    if (!digits(0, 4, &year) || !is(4, '-') || !digits(5, 2, &month) || !is(7, '-') || !digits(8, 2, &day) ||
        !is(10, 'T') || !digits(11, 2, &hour) || !is(13, ':') || !digits(14, 2, &minute) || !is(16, ':') ||
        !digits(17, 2, &second))
        return {};
    if (n == 24 && (!is(19, '.') || !digits(20, 3, &msec)))
        return {};
    // The same checks as QDate and QTime, and the epoch milliseconds straight from the civil date (Howard
    // Hinnant's days_from_civil), which halves the cost of a date next to building QDate and QTime.
    static constexpr int kDaysInMonth[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (year < 1 || month < 1 || month > 12 || day < 1 ||
        day > kDaysInMonth[month - 1] + (month == 2 && leap ? 1 : 0) || hour > 23 || minute > 59 ||
        second > 59)
        return {};
    const int y = month <= 2 ? year - 1 : year;
    const int era = y / 400; // y >= 0 here
    const int yearOfEra = y - era * 400;
    const int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    const qint64 days = qint64(era) * 146097 + dayOfEra - 719468;
    const qint64 msecs = ((days * 24 + hour) * 60 + minute) * 60 * 1000 + qint64(second) * 1000 + msec;
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

QString userName(const QJsonObject& user)
{
    const QString displayName = str(user, "displayName");
    return displayName.isEmpty() ? str(user, "username") : displayName;
}

} // namespace

std::optional<RegistryStatus> DataPmDecoder::status(const QJsonObject& data, QString* whyNot)
{
    const QJsonValue value = data.value(QStringLiteral("registryStatus"));
    if (!value.isObject()) {
        *whyNot = QStringLiteral("registryStatus: not an object");
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    RegistryStatus result;
    result.detail = str(object, "status");
    result.version = str(object, "version");
    result.healthy = result.detail == QLatin1String("SERVING_REQUESTS");
    return result;
}

std::optional<PackagePage> DataPmDecoder::packagePage(const QJsonObject& data, const QString& field,
                                                      int offset, int limit, QString* whyNot)
{
    const QJsonValue value = data.value(field);
    if (!value.isObject()) {
        *whyNot = field + QStringLiteral(": not an object");
        return std::nullopt;
    }
    const QJsonObject result = value.toObject();
    const QJsonValue packages = result.value(QStringLiteral("packages"));
    if (!packages.isArray() && !packages.isNull() && !packages.isUndefined()) {
        *whyNot = field + QStringLiteral(".packages: not a list");
        return std::nullopt;
    }

    PackagePage page;
    const QCborArray rows = QCborArray::fromJsonArray(packages.toArray());
    page.items.reserve(rows.size());
    for (const QCborValue& row : rows) {
        // A null row is a package the server failed to resolve (reported in partial errors): skip it.
        if (row.isNull())
            continue;
        // Decoded in place: a Package is a dozen members, moved twice per row otherwise.
        if (!fillSummary(row.toMap(), &page.items.emplaceBack(), whyNot)) {
            whyNot->prepend(field + QStringLiteral(".packages: "));
            return std::nullopt;
        }
    }

    const QJsonValue hasMore = result.value(QStringLiteral("hasMore"));
    page.hasMore = hasMore.isBool() ? hasMore.toBool() : rows.size() >= limit;
    // An empty page that claims more would make a model fetch forever.
    if (rows.isEmpty())
        page.hasMore = false;
    const QJsonValue count = result.value(QStringLiteral("count"));
    if (count.isDouble() && count.toDouble() >= 0)
        page.total = count.toInt();
    if (page.hasMore)
        page.nextCursor = QString::number(qint64(offset) + rows.size());
    return page;
}

std::optional<Package> DataPmDecoder::packageSummary(const QJsonObject& object, QString* whyNot)
{
    Package package;
    if (!fillSummary(QCborMap::fromJsonObject(object), &package, whyNot))
        return std::nullopt;
    return package;
}

bool DataPmDecoder::fillSummary(const QCborMap& object, Package* out, QString* whyNot)
{
    Package& package = *out;
    const QCborMap identifier = map(object, "identifier");
    package.id.scope = str(identifier, "catalogSlug");
    package.id.name = str(identifier, "packageSlug");
    if (package.id.scope.isEmpty() || package.id.name.isEmpty()) {
        *whyNot = QStringLiteral("a package without identifier.catalogSlug/packageSlug");
        return false;
    }
    package.displayName = str(object, "displayName");
    if (package.displayName.isEmpty())
        package.displayName = package.id.name;
    package.description = str(object, "description");
    package.createdAt = dateFromCbor(object.value(QLatin1String("createdAt")));
    package.updatedAt = dateFromCbor(object.value(QLatin1String("updatedAt")));
    // Only an explicit false makes a package private: the field is nullable.
    package.isPublic = object.value(QLatin1String("isPublic")).toBool(true);
    package.latestVersion = versionTextFromCbor(map(map(object, "latestVersion"), "identifier"));

    const QCborMap catalog = map(object, "catalog");
    package.scopeDisplayName = str(catalog, "displayName");
    package.website = webUrl(str(catalog, "website"));
    return true;
}

std::optional<PackageVersion> DataPmDecoder::version(const QJsonObject& object, QString* whyNot)
{
    PackageVersion result;
    result.version = versionText(obj(object, "identifier"));
    if (result.version.isEmpty()) {
        *whyNot = QStringLiteral("a version without identifier.versionMajor/Minor/Patch");
        return std::nullopt;
    }
    result.createdAt = date(object.value(QStringLiteral("createdAt")));
    result.author = userName(obj(object, "author"));
    const QJsonValue file = object.value(QStringLiteral("packageFile"));
    if (file.isString())
        result.packageFileJson = file.toString();
    else if (file.isObject())
        result.packageFileJson =
            QString::fromUtf8(QJsonDocument(file.toObject()).toJson(QJsonDocument::Compact));
    if (!result.packageFileJson.isEmpty())
        result.description = str(packageFile(file), "description");
    return result;
}

std::optional<Package> DataPmDecoder::package(const QJsonObject& data, QString* whyNot)
{
    const QJsonValue value = data.value(QStringLiteral("package"));
    if (!value.isObject()) {
        *whyNot = QStringLiteral("package: not an object");
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    std::optional<Package> package = packageSummary(object, whyNot);
    if (!package) {
        whyNot->prepend(QStringLiteral("package: "));
        return std::nullopt;
    }

    const QJsonValue latestValue = object.value(QStringLiteral("latestVersion"));
    std::optional<PackageVersion> latest;
    if (latestValue.isObject()) {
        latest = version(latestValue.toObject(), whyNot);
        if (!latest) {
            whyNot->prepend(QStringLiteral("package.latestVersion: "));
            return std::nullopt;
        }
        const QJsonObject file = packageFile(latestValue.toObject().value(QStringLiteral("packageFile")));
        package->readmeMarkdown = str(file, "readmeMarkdown");
        package->licenseMarkdown = str(file, "licenseMarkdown");
        // The package's own website beats its catalog's.
        if (const QUrl website = webUrl(str(file, "website")); website.isValid())
            package->website = website;
    }

    const QJsonValue versions = object.value(QStringLiteral("versions"));
    if (!versions.isArray() && !versions.isNull() && !versions.isUndefined()) {
        *whyNot = QStringLiteral("package.versions: not a list");
        return std::nullopt;
    }
    for (const QJsonValue& row : versions.toArray()) {
        if (row.isNull())
            continue;
        std::optional<PackageVersion> entry = version(row.toObject(), whyNot);
        if (!entry) {
            whyNot->prepend(QStringLiteral("package.versions: "));
            return std::nullopt;
        }
        // The list carries no package files (they are big); the latest one came with latestVersion.
        if (latest && entry->version == latest->version) {
            entry->packageFileJson = latest->packageFileJson;
            entry->description = latest->description;
        }
        package->versions.append(std::move(*entry));
    }
    if (package->versions.isEmpty() && latest)
        package->versions.append(*latest);
    // Who created the package: the page links to that person's page, which lists their other packages.
    // creator is nullable (and a user may hide their name): no link then.
    if (const QString creator = str(obj(object, "creator"), "username"); !creator.isEmpty()) {
        auto details = std::make_shared<PackageDetails>();
        details->ownerName = creator;
        details->ownerKind = PackageDetails::OwnerKind::User;
        package->details = std::move(details);
    }
    if (latest && !latest->packageFileJson.isEmpty()) {
        std::optional<PackageManifest> manifest = DataPmManifest::fromPackageFile(latest->packageFileJson);
        if (!manifest) {
            // Not a JSON object: shown as the server sent it rather than hidden.
            manifest = PackageManifest{};
            manifest->fileName = QStringLiteral("datapm-package-file.json");
            manifest->text = latest->packageFileJson;
        }
        package->manifest = std::make_shared<const PackageManifest>(std::move(*manifest));
    }
    std::stable_sort(package->versions.begin(), package->versions.end(),
                     [](const PackageVersion& a, const PackageVersion& b) {
                         return VersionOrder::newerFirst(a.version, b.version);
                     });
    return package;
}

QUrl DataPmDecoder::webUrl(const QString& text)
{
    // The rows of a page mostly share a few catalogs, so the same website comes again and again; parsing it
    // once per page instead of once per row halves the decoding time of a package list (bench figure 2).
    thread_local QString lastText;
    thread_local QUrl lastUrl;
    if (text == lastText)
        return lastUrl;
    QUrl url = QUrl::fromUserInput(text.trimmed());
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        url = QUrl();
    lastText = text;
    lastUrl = url;
    return url;
}

QString DataPmDecoder::versionText(const QJsonObject& identifier)
{
    return versionTextFromCbor(QCborMap::fromJsonObject(identifier));
}

QString DataPmDecoder::versionTextFromCbor(const QCborMap& identifier)
{
    const QCborValue major = identifier.value(QLatin1String("versionMajor"));
    const QCborValue minor = identifier.value(QLatin1String("versionMinor"));
    const QCborValue patch = identifier.value(QLatin1String("versionPatch"));
    // Version parts are non-negative integers; anything else (also huge numbers) is not a version. JSON
    // numbers parse to CBOR integers or doubles; toDouble() reads both.
    auto valid = [](const QCborValue& part) {
        return (part.isInteger() || part.isDouble()) && part.toDouble() >= 0 && part.toDouble() <= 1e9;
    };
    if (!valid(major) || !valid(minor) || !valid(patch))
        return {};
    // Rows of a list mostly share a few versions ("1.0.0"): the text of the row before is reused.
    const std::array<qint64, 3> parts = {qint64(major.toDouble()), qint64(minor.toDouble()),
                                         qint64(patch.toDouble())};
    thread_local std::array<qint64, 3> lastParts = {-1, -1, -1};
    thread_local QString lastText;
    if (parts == lastParts)
        return lastText;
    // Formatted by hand into one buffer: one allocation, and snprintf was a tenth of decoding a package
    // list (bench figure 2). Each part is at most 10 digits.
    char16_t text[3 * 10 + 2];
    qsizetype length = 0;
    for (const qint64 part : parts) {
        if (length > 0)
            text[length++] = u'.';
        char16_t digits[10];
        int count = 0;
        for (qint64 value = part; count == 0 || value > 0; value /= 10)
            digits[count++] = char16_t(u'0' + value % 10);
        while (count > 0)
            text[length++] = digits[--count];
    }
    lastParts = parts;
    lastText = QString(reinterpret_cast<const QChar*>(text), length);
    return lastText;
}

QDateTime DataPmDecoder::date(const QJsonValue& value)
{
    return dateFromCbor(QCborValue::fromJsonValue(value));
}

QDateTime DataPmDecoder::dateFromCbor(const QCborValue& value)
{
    // Beyond ±1e15 ms (about 31,000 years) a number is no date, and the cast would overflow.
    constexpr double kMaxMsecs = 1e15;
    if (value.isInteger() || value.isDouble()) {
        const double msecs = value.toDouble();
        if (!(msecs >= -kMaxMsecs && msecs <= kMaxMsecs))
            return {};
        return QDateTime::fromMSecsSinceEpoch(qint64(msecs), Qt::UTC);
    }
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    if (const QDateTime utc = utcTimestamp(text); utc.isValid())
        return utc; // the common case first
    bool isNumber = false;
    const qint64 msecs = text.toLongLong(&isNumber);
    if (isNumber && msecs >= -qint64(kMaxMsecs) && msecs <= qint64(kMaxMsecs))
        return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    return parsed;
}

QJsonObject DataPmDecoder::packageFile(const QJsonValue& value)
{
    if (value.isObject())
        return value.toObject();
    if (!value.isString())
        return {};
    // The second parse of a JSON string (PackageFileJSON is sent as text).
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {};
    return document.object();
}
