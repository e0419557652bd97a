#pragma once

// The list of every secret the tests create (API keys, their wire forms, session tokens), so that the last
// test (tests/secrets) knows what to look for in the test HOME, the registry data folders, build/Testing and
// the test output. The ledger itself lives OUTSIDE those folders: $DEPOT_SECRET_LEDGER, else next to the test
// HOME ($DEPOT_TEST_HOME/../secret-ledger: scripts/test puts HOME at $sandbox/home). One hex-encoded secret
// per line, so the ledger never holds a searchable copy of a secret either.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QString>

namespace SecretLedger {

inline QString testHome()
{
    const QString home = qEnvironmentVariable("DEPOT_TEST_HOME");
    return home.isEmpty() ? QDir::homePath() : home;
}

inline QString path()
{
    const QString explicitPath = qEnvironmentVariable("DEPOT_SECRET_LEDGER");
    if (!explicitPath.isEmpty())
        return explicitPath;
    return QDir::cleanPath(testHome() + QStringLiteral("/../secret-ledger"));
}

// Appends `secret` (ignored when shorter than 8 bytes: too short to find without false alarms).
inline bool record(const QByteArray& secret)
{
    if (secret.size() < 8)
        return true;
    QFile file(path());
    if (!file.open(QIODevice::Append | QIODevice::WriteOnly))
        return false;
    return file.write(secret.toHex() + '\n') > 0;
}

// A session token or key header value: the whole value and the part after "Bearer ".
inline bool recordHeaderValue(const QByteArray& value)
{
    bool ok = record(value);
    if (value.startsWith("Bearer "))
        ok = record(value.mid(7)) && ok;
    return ok;
}

// A DataPM key in its wire form base64(id.secret): that form, "id.secret" and the raw secret.
inline bool recordDataPmKey(const QByteArray& wireForm)
{
    bool ok = record(wireForm);
    const QByteArray decoded = QByteArray::fromBase64(wireForm);
    ok = record(decoded) && ok;
    const qsizetype dot = decoded.indexOf('.');
    if (dot >= 0)
        ok = record(decoded.mid(dot + 1)) && ok;
    return ok;
}

inline QList<QByteArray> read()
{
    QList<QByteArray> secrets;
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly))
        return secrets;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            secrets.append(QByteArray::fromHex(line.trimmed()));
    }
    return secrets;
}

} // namespace SecretLedger
