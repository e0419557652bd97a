#include "ConsoleHistory.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

constexpr QFileDevice::Permissions kUserOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString normalised(const QUrl& endpoint)
{
    return endpoint
        .adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash | QUrl::RemoveFragment |
                  QUrl::NormalizePathSegments)
        .toString();
}

} // namespace

ConsoleHistory::ConsoleHistory(const QUrl& endpoint, const QString& folder)
    : m_endpoint(endpoint)
{
    const QString base =
        folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : folder;
    m_path = QDir(base).filePath(fileNameFor(endpoint));
}

QString ConsoleHistory::fileNameFor(const QUrl& endpoint)
{
    const QByteArray hash =
        QCryptographicHash::hash(normalised(endpoint).toUtf8(), QCryptographicHash::Sha256).toHex().left(20);
    return QStringLiteral("console-history/%1.json").arg(QString::fromLatin1(hash));
}

const QList<ConsoleHistory::Entry>& ConsoleHistory::entries() const
{
    load();
    return m_entries;
}

void ConsoleHistory::load() const
{
    if (m_loaded)
        return;
    m_loaded = true;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return; // nothing run yet
    const QJsonObject root =
        QJsonDocument::fromJson(file.read(qint64(kMaxEntries) * kMaxEntryChars * 4)).object();
    for (const QJsonValue& value : root.value(QLatin1String("entries")).toArray()) {
        const QJsonObject object = value.toObject();
        Entry entry{QDateTime::fromString(object.value(QLatin1String("time")).toString(), Qt::ISODateWithMs),
                    object.value(QLatin1String("document")).toString(),
                    object.value(QLatin1String("variables")).toString()};
        if (!entry.document.isEmpty() && m_entries.size() < kMaxEntries)
            m_entries.append(entry);
    }
}

bool ConsoleHistory::add(const Entry& entry, QString* whyNot)
{
    if (entry.document.size() + entry.variables.size() > kMaxEntryChars) {
        if (whyNot)
            *whyNot = QCoreApplication::translate("ConsoleHistory",
                                                  "The document is too long to keep in the history.");
        return false;
    }
    load();
    m_entries.removeIf(
        [&](const Entry& old) { return old.document == entry.document && old.variables == entry.variables; });
    m_entries.prepend(entry);
    while (m_entries.size() > kMaxEntries)
        m_entries.removeLast();
    return save(whyNot);
}

bool ConsoleHistory::clear(QString* whyNot)
{
    load();
    m_entries.clear();
    return save(whyNot);
}

bool ConsoleHistory::save(QString* whyNot) const
{
    QJsonArray entries;
    for (const Entry& entry : m_entries)
        entries.append(QJsonObject{{QStringLiteral("time"), entry.time.toUTC().toString(Qt::ISODateWithMs)},
                                   {QStringLiteral("document"), entry.document},
                                   {QStringLiteral("variables"), entry.variables}});
    const QJsonObject root{{QStringLiteral("version"), 1},
                           {QStringLiteral("endpoint"), normalised(m_endpoint)},
                           {QStringLiteral("entries"), entries}};

    // The folder and the file are the user's only: documents can name private packages.
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder) || !QFile::setPermissions(folder, kUserOnly | QFileDevice::ExeOwner)) {
        qCWarning(lcSession) << "The console history folder could not be made";
        if (whyNot)
            *whyNot =
                QCoreApplication::translate("ConsoleHistory", "The history folder %1 could not be made.")
                    .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    QSaveFile file(m_path);
    const bool written = file.open(QIODevice::WriteOnly) && file.setPermissions(kUserOnly) &&
                         file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) >= 0 && file.commit();
    if (!written) {
        qCWarning(lcSession) << "The console history could not be written:" << file.error();
        if (whyNot)
            *whyNot = QCoreApplication::translate("ConsoleHistory", "The history could not be saved: %1")
                          .arg(file.errorString());
        return false;
    }
    return true;
}
