#include "MetabindVersions.h"

#include "registry/VersionOrder.h"

#include <QRegularExpression>

namespace MetabindVersions {

bool isValid(const QString& version)
{
    // semver.org's pattern (numbers without leading zeros, dot-separated identifiers).
    static const QRegularExpression pattern(QStringLiteral(
        "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+("
        "\\.[0-9A-Za-z-]+)*)?$"));
    return version.size() <= 256 && pattern.match(version).hasMatch();
}

QString latest(const QStringList& versions)
{
    QString newest;
    for (const QString& version : versions) {
        if (newest.isEmpty() || VersionOrder::compare(version, newest) > 0)
            newest = version;
    }
    return newest;
}

Next next(const QString& latest)
{
    if (latest.isEmpty())
        return {QStringLiteral("1.0.0"), QStringLiteral("1.0.0"), QStringLiteral("1.0.0")};
    if (!isValid(latest))
        return {};
    const QStringList parts =
        latest.section(QLatin1Char('+'), 0, 0).section(QLatin1Char('-'), 0, 0).split(QLatin1Char('.'));
    const qlonglong major = parts[0].toLongLong();
    const qlonglong minor = parts[1].toLongLong();
    const qlonglong patch = parts[2].toLongLong();
    // A pre-release (1.2.3-beta) is followed by its release.
    const bool prerelease = latest.section(QLatin1Char('+'), 0, 0).contains(QLatin1Char('-'));
    const auto make = [](qlonglong a, qlonglong b, qlonglong c) {
        return QStringLiteral("%1.%2.%3").arg(a).arg(b).arg(c);
    };
    return {prerelease ? make(major, minor, patch) : make(major, minor, patch + 1), make(major, minor + 1, 0),
            make(major + 1, 0, 0)};
}

} // namespace MetabindVersions
