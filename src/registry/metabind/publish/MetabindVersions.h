#pragma once

#include <QString>
#include <QStringList>

// Metabind package versions: semantic versions, each published one higher than the one before.
namespace MetabindVersions {

// "1.2.3", with optional pre-release and build parts (semver 2.0.0), as the registry takes them.
bool isValid(const QString& version);
// The newest of `versions` (empty for none).
QString latest(const QStringList& versions);
// The next patch, minor and major versions after `latest` ("1.2.3" -> "1.2.4", "1.3.0", "2.0.0"); "1.0.0"
// three times for no latest; empty strings when `latest` is not a version.
struct Next
{
    QString patch;
    QString minor;
    QString major;
};
Next next(const QString& latest);

} // namespace MetabindVersions
