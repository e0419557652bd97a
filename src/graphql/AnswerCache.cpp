#include "AnswerCache.h"

#include "core/Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QThreadPool>

#include <algorithm>
#include <cstdio>
#include <utility>

namespace {

// What the answers of each cache folder take on disk, as this process knows it (absent: not counted yet).
// Kept up to date by store(), so the folder is walked once and then only when the answers go over the limit:
// a walk at every store made listing 100,000 packages (2,000 pages, each answer kept) take 19.5 s instead of
// 2.3 (bench figure 3). Another Depot writing to the same folder is noticed at the next walk.
struct KnownTotals
{
    QMutex mutex;
    QHash<QString, qint64> bytes;
};
KnownTotals& knownTotals()
{
    static KnownTotals totals;
    return totals;
}

// The thread answers are written on, one at a time and in order: a long list's pages are kept while the next
// ones load, instead of between them (bench figure 3). At exit it finishes what was queued.
struct Writer
{
    Writer() { pool.setMaxThreadCount(1); }
    QThreadPool pool;
};
QThreadPool& writer()
{
    static Writer one;
    return one.pool;
}

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
    // ExistingOnly: ReadWrite alone would make an empty file for every answer not kept yet.
    if (!file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly))
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
    return storeWithin(key, data, limitBytes());
}

void AnswerCache::storeLater(const Key& key, const QJsonObject& data) const
{
    // The limit is read here: the settings belong to this thread.
    writer().start([cache = *this, key, data, limit = limitBytes()] { cache.storeWithin(key, data, limit); });
}

void AnswerCache::waitForWrites()
{
    writer().waitForDone();
}

bool AnswerCache::storeWithin(const Key& key, const QJsonObject& data, qint64 limit) const
{
    if (!isStorable(data)) {
        qCDebug(lcNetwork).noquote() << key.operation << "answer not cached: it holds an address or a draft";
        return false;
    }
    const QString path = filePath(key);
    if (!makeOwnerFolder(m_folder, QFileInfo(path).path()))
        return false;
    const qint64 replaced = QFileInfo(path).size(); // 0 when there is none
    // Written beside its place and renamed over it (a reader sees the old answer or the new one, never half
    // of one), but not synced to the disk as QSaveFile does: a cache may lose its last answers in a crash,
    // and a sync per page made a long list wait for the disk (bench figure 3).
    QTemporaryFile file(path + QStringLiteral(".XXXXXX"));
    if (!file.open()) // created readable by the user only, before the first byte
        return false;
    const QJsonObject stored{
        {QStringLiteral("operation"), key.operation},
        {QStringLiteral("storedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("data"), data},
    };
    const QByteArray bytes = QJsonDocument(stored).toJson(QJsonDocument::Compact);
    if (file.write(bytes) != bytes.size() || !file.flush())
        return false;
    // std::rename replaces the old answer in one step; QFile::rename would refuse an existing name.
    if (std::rename(QFile::encodeName(file.fileName()).constData(), QFile::encodeName(path).constData()) != 0)
        return false;
    file.setAutoRemove(false); // it is the answer now
    QFile::setPermissions(path, kOwnerFile);
    const qint64 written = QFileInfo(path).size();
    bool walk = false;
    {
        KnownTotals& totals = knownTotals();
        const QMutexLocker lock(&totals.mutex);
        const auto known = totals.bytes.find(m_folder);
        if (known == totals.bytes.end() || *known + written - replaced > limit)
            walk = true;
        else
            *known += written - replaced;
    }
    if (walk)
        evictOverLimit(limit);
    return true;
}

void AnswerCache::forgetPrivate(const QUrl& endpoint) const
{
    waitForWrites(); // none of them lands after this
    const QDir registry(registryFolder(endpoint));
    const QStringList identities =
        registry.entryList({kPrivatePrefix + QLatin1Char('*')}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& identity : identities)
        QDir(registry.filePath(identity)).removeRecursively();
    forgetTotal();
}

void AnswerCache::clear() const
{
    waitForWrites();
    QDir(m_folder).removeRecursively();
    forgetTotal();
}

void AnswerCache::forgetTotal() const
{
    KnownTotals& totals = knownTotals();
    const QMutexLocker lock(&totals.mutex);
    totals.bytes.remove(m_folder);
}

qint64 AnswerCache::sizeOnDisk() const
{
    waitForWrites();
    qint64 total = 0;
    QDirIterator it(m_folder, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

void AnswerCache::evictOverLimit(qint64 limit) const
{
    QList<QFileInfo> files;
    qint64 total = 0;
    QDirIterator it(m_folder, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        files.append(it.fileInfo());
        total += files.constLast().size();
    }
    if (total > limit) {
        // Down to nine tenths of the limit: a cache at its limit would otherwise be walked at every store.
        const qint64 target = limit - limit / 10;
        std::sort(files.begin(), files.end(),
                  [](const QFileInfo& a, const QFileInfo& b) { return a.lastModified() < b.lastModified(); });
        for (const QFileInfo& oldest : std::as_const(files)) {
            if (total <= target)
                break;
            if (QFile::remove(oldest.filePath()))
                total -= oldest.size();
        }
    }
    KnownTotals& totals = knownTotals();
    const QMutexLocker lock(&totals.mutex);
    totals.bytes.insert(m_folder, total);
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
