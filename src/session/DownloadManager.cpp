#include "DownloadManager.h"

#include "archive/ArchiveUnpackJob.h"
#include "core/Logging.h"
#include "transfer/FileDownloadJob.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QUuid>

DownloadManager::DownloadManager(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{}

DownloadManager::~DownloadManager()
{
    // Jobs still running are cancelled: nothing half-written stays behind.
    for (const Running& job : std::as_const(m_running)) {
        if (job.download)
            job.download->cancel();
        if (job.unpacker)
            job.unpacker->cancel();
    }
}

QString DownloadManager::temporaryFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("downloads"));
}

int DownloadManager::indexOf(int id) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == id)
            return i;
    }
    return -1;
}

DownloadManager::Item* DownloadManager::find(int id)
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &m_items[index];
}

DownloadManager::Running& DownloadManager::running(int id)
{
    for (Running& job : m_running) {
        if (job.id == id)
            return job;
    }
    m_running.append(Running{id, {}, {}, {}, 0, 0});
    return m_running.last();
}

int DownloadManager::add(Item item)
{
    item.id = ++m_lastId;
    m_items.append(item);
    emit itemAdded(int(m_items.size()) - 1);
    startDownload(m_items.last());
    return item.id;
}

int DownloadManager::download(const PackageDownload& offer, const QString& destination)
{
    Item item;
    item.offer = offer;
    item.destination = QFileInfo(destination).absoluteFilePath();
    return add(item);
}

int DownloadManager::downloadAndUnpack(const PackageDownload& offer, const QString& parentFolder)
{
    Item item;
    item.offer = offer;
    // A private name: two unpacks of the same file never share a temporary archive.
    item.destination =
        QDir(temporaryFolder())
            .filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('-') + offer.fileName);
    item.unpackInto = QDir(parentFolder).absolutePath();
    return add(item);
}

void DownloadManager::startDownload(Item& item)
{
    item.state = State::Downloading;
    item.error = {};
    item.refused.clear();
    item.done = 0;
    item.total = item.offer.size;
    item.bytesPerSecond = 0;
    const int id = item.id;
    auto* job = new FileDownloadJob(
        m_network, {item.offer.url, item.destination, item.offer.size, item.offer.sha256, item.resumeTag},
        this);
    Running& slot = running(id);
    slot.download = job;
    slot.clock.start();
    slot.sampledBytes = 0;
    slot.sampledAtMs = 0;
    connect(job, &FileDownloadJob::progress, this,
            [this, id](qint64 done, qint64 total) { onProgress(id, done, total); });
    connect(job, &FileDownloadJob::finished, this, [this, id] {
        Item* done = find(id);
        if (!done)
            return;
        done->resumeTag.clear();
        if (done->unpackInto.isEmpty())
            finishItem(id, State::Done);
        else
            startUnpack(*done, done->destination, true);
    });
    connect(job, &FileDownloadJob::failed, this, [this, id, job](const Error& error) {
        if (Item* failed = find(id))
            failed->resumeTag = job->resumeTag();
        finishItem(id, error.reason == Error::Reason::Cancelled ? State::Cancelled : State::Failed, error);
    });
    qCDebug(lcSession) << "download" << id << "started," << item.offer.size << "bytes announced";
    job->start();
}

QString DownloadManager::uniqueFolder(const QString& parentFolder, const QString& name)
{
    const QDir parent(parentFolder);
    QString candidate = parent.filePath(name);
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = parent.filePath(QStringLiteral("%1 (%2)").arg(name).arg(n));
    return candidate;
}

void DownloadManager::unpack(int id, const QString& parentFolder)
{
    Item* item = find(id);
    if (!item || item->state != State::Done || !QFileInfo::exists(item->destination))
        return;
    item->unpackInto = QDir(parentFolder).absolutePath();
    startUnpack(*item, item->destination, false);
}

void DownloadManager::startUnpack(Item& item, const QString& archive, bool removeArchive)
{
    item.state = State::Unpacking;
    item.refused.clear();
    const QString folderName = item.offer.package.name + QLatin1Char('-') + item.offer.version;
    const QString target = uniqueFolder(item.unpackInto, folderName);
    item.unpackedFolder = target;
    const int id = item.id;
    auto* job = new ArchiveUnpackJob(archive, target, {}, this);
    running(id).unpacker = job;
    emit itemChanged(indexOf(id));
    const auto cleanUp = [archive, removeArchive] {
        if (removeArchive)
            QFile::remove(archive);
    };
    connect(job, &ArchiveJob::progress, this,
            [this, id](qint64 done, qint64 total) { onProgress(id, done, total); });
    connect(job, &ArchiveJob::finished, this, [this, id, job, cleanUp] {
        cleanUp();
        if (Item* done = find(id))
            done->refused = job->result().refused;
        finishItem(id, State::Done);
    });
    connect(job, &ArchiveJob::failed, this, [this, id, job, cleanUp](const ArchiveError& error) {
        cleanUp();
        if (Item* failed = find(id))
            failed->refused = job->result().refused;
        const bool cancelled = error.kind == ArchiveError::Kind::Canceled;
        finishItem(id, cancelled ? State::Cancelled : State::Failed,
                   Error::local(Error::Kind::Config,
                                cancelled ? Error::Reason::Cancelled : Error::Reason::Damaged,
                                cancelled ? QString() : error.text()));
    });
    job->start();
}

void DownloadManager::onProgress(int id, qint64 done, qint64 total)
{
    const int index = indexOf(id);
    if (index < 0)
        return;
    Item& item = m_items[index];
    item.done = done;
    item.total = total;
    Running& slot = running(id);
    const qint64 now = slot.clock.elapsed();
    // Speed is measured over at least half a second, so the figure does not jump with every packet.
    if (item.state == State::Downloading && now - slot.sampledAtMs >= 500) {
        item.bytesPerSecond = double(done - slot.sampledBytes) * 1000.0 / double(now - slot.sampledAtMs);
        slot.sampledBytes = done;
        slot.sampledAtMs = now;
    }
    emit itemChanged(index);
}

void DownloadManager::finishItem(int id, State state, const Error& error)
{
    const int index = indexOf(id);
    if (index < 0)
        return;
    Item& item = m_items[index];
    item.state = state;
    item.error = error;
    item.bytesPerSecond = 0;
    m_running.removeIf([id](const Running& job) { return job.id == id; });
    qCDebug(lcSession).noquote() << "download" << id << "ended:" << int(state)
                                 << (error.isError() ? error.logText() : QString());
    emit itemChanged(index);
}

void DownloadManager::cancel(int id)
{
    for (const Running& job : std::as_const(m_running)) {
        if (job.id != id)
            continue;
        if (job.download)
            job.download->cancel();
        if (job.unpacker)
            job.unpacker->cancel();
    }
}

void DownloadManager::retry(int id, const PackageDownload& fresh)
{
    Item* item = find(id);
    if (!item || item->isActive())
        return;
    // A new address of the same file continues the .part; another file starts over.
    if (fresh.sha256 != item->offer.sha256 || fresh.size != item->offer.size)
        item->resumeTag.clear();
    item->offer = fresh;
    item->unpackedFolder.clear();
    startDownload(*item);
    emit itemChanged(indexOf(id));
}

void DownloadManager::remove(int id)
{
    const int index = indexOf(id);
    if (index < 0 || m_items.at(index).isActive())
        return;
    // A .part kept for a retry goes with its item.
    QFile::remove(FileDownloadJob::partFileOf(m_items.at(index).destination));
    m_items.removeAt(index);
    emit itemRemoved(index);
}
