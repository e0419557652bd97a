#include "AnswerCache.h"

#include "core/Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>
#include <utility>

namespace {

const QString kPublic = QStringLiteral("public");
const QString kPrivatePrefix = QStringLiteral("private-");

constexpr QFileDevice::Permissions kOwnerFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString hashOf(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(32));
}

QString endpointText(const QUrl& endpoint)
{
    return endpoint.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveFragment | QUrl::NormalizePathSegments)
        .toString(QUrl::FullyEncoded);
}

// Creates `path` and every folder above it up to `root` (included), each readable by the user only.
bool makeOwnerFolder(const QString& root, const QString& path)
{
    if (!QDir().mkpath(path))
        return false;
    for (QString folder = path; folder.startsWith(root); folder = QFileInfo(folder).path()) {
        QFile::setPermissions(folder, kOwnerFolder);
        if (folder == root)
            break;
    }
    return true;
}

bool marksDraftOrAddress(const QJsonValue& value)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(),
                           [](const QJsonValue& each) { return marksDraftOrAddress(each); });
    }
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString name = it.key().toLower();
        if ((name.endsWith(QLatin1String("downloadurl")) || name.endsWith(QLatin1String("uploadurl")) ||
             name.endsWith(QLatin1String("signedurl"))) &&
            !it.value().isNull())
            return true;
        if ((name == QLatin1String("draft") || name == QLatin1String("isdraft")) && it.value().toBool())
            return true;
        if (name == QLatin1String("status") &&
            it.value().toString().compare(QLatin1String("draft"), Qt::CaseInsensitive) == 0)
            return true;
        if (marksDraftOrAddress(it.value()))
            return true;
    }
    return false;
}

} // namespace

QString AnswerCache::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/answers");
}

AnswerCache::AnswerCache(const QString& folder)
    : m_folder(QDir::cleanPath(folder))
{}

QString AnswerCache::registryFolder(const QUrl& endpoint) const
{
    return m_folder + QLatin1Char('/') + hashOf(endpointText(endpoint).toUtf8());
}

QString AnswerCache::filePath(const Key& key) const
{
    // The identity is hashed on its own, too: the folder of a private answer says nothing of whose it is.
    const QString who =
        key.identity.isEmpty() ? kPublic : kPrivatePrefix + hashOf(key.identity.toUtf8()).left(16);
    QByteArray what = endpointText(key.endpoint).toUtf8();
    what += '\n' + key.identity.toUtf8() + '\n' + key.operation.toUtf8() + '\n' +
            QJsonDocument(key.variables).toJson(QJsonDocument::Compact);
    return registryFolder(key.endpoint) + QLatin1Char('/') + who + QLatin1Char('/') + hashOf(what) +
           QStringLiteral(".json");
}

std::optional<AnswerCache::Entry> AnswerCache::find(const Key& key) const
{
    QFile file(filePath(key));
    if (!file.open(QIODevice::ReadWrite))
        return std::nullopt;
    const QJsonObject stored = QJsonDocument::fromJson(file.readAll()).object();
    // Used now: the last to go when the cache is over its limit.
    file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    if (stored.value(QLatin1String("operation")).toString() != key.operation ||
        !stored.value(QLatin1String("data")).isObject())
        return std::nullopt;
    Entry entry{stored.value(QLatin1String("data")).toObject(),
                QDateTime::fromString(stored.value(QLatin1String("storedAt")).toString(), Qt::ISODateWithMs)};
    if (!entry.storedAt.isValid())
        return std::nullopt;
    return entry;
}

bool AnswerCache::store(const Key& key, const QJsonObject& data) const
{
    if (!isStorable(data)) {
        qCDebug(lcNetwork).noquote() << key.operation << "answer not cached: it holds an address or a draft";
        return false;
    }
    const QString path = filePath(key);
    if (!makeOwnerFolder(m_folder, QFileInfo(path).path()))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(kOwnerFile); // before the first byte: the answer is never readable by others
    const QJsonObject stored{
        {QStringLiteral("operation"), key.operation},
        {QStringLiteral("storedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("data"), data},
    };
    file.write(QJsonDocument(stored).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return false;
    QFile::setPermissions(path, kOwnerFile);
    evictOverLimit();
    return true;
}

void AnswerCache::forgetPrivate(const QUrl& endpoint) const
{
    const QDir registry(registryFolder(endpoint));
    const QStringList identities =
        registry.entryList({kPrivatePrefix + QLatin1Char('*')}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& identity : identities)
        QDir(registry.filePath(identity)).removeRecursively();
}

void AnswerCache::clear() const
{
    QDir(m_folder).removeRecursively();
}

qint64 AnswerCache::sizeOnDisk() const
{
    qint64 total = 0;
    QDirIterator it(m_folder, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

void AnswerCache::evictOverLimit() const
{
    const qint64 limit = limitBytes();
    QList<QFileInfo> files;
    qint64 total = 0;
    QDirIterator it(m_folder, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        files.append(it.fileInfo());
        total += files.constLast().size();
    }
    if (total <= limit)
        return;
    std::sort(files.begin(), files.end(),
              [](const QFileInfo& a, const QFileInfo& b) { return a.lastModified() < b.lastModified(); });
    for (const QFileInfo& oldest : std::as_const(files)) {
        if (total <= limit)
            break;
        if (QFile::remove(oldest.filePath()))
            total -= oldest.size();
    }
}

qint64 AnswerCache::limitBytes()
{
    const QSettings settings;
    const qint64 mib =
        settings.value(QStringLiteral("answerCache/limitMiB"), kDefaultLimitBytes >> 20).toLongLong();
    return qMax<qint64>(0, mib) << 20;
}

void AnswerCache::setLimitBytes(qint64 bytes)
{
    QSettings settings;
    settings.setValue(QStringLiteral("answerCache/limitMiB"), qMax<qint64>(0, bytes >> 20));
}

bool AnswerCache::isStorable(const QJsonObject& data)
{
    return !marksDraftOrAddress(data);
}
