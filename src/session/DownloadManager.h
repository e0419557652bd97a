#pragma once

#include "archive/RefusedEntry.h"
#include "core/Error.h"
#include "registry/PackageDownload.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

class ArchiveUnpackJob;
class FileDownloadJob;
class QNetworkAccessManager;

// Every download of the run, window-free: several at once, each streamed to disk with its progress and speed
// (FileDownloadJob: no credential, checked by size and SHA-256 before it gets its name), cancelled, retried
// (continuing what arrived where the server allows) or removed from the list. A download to unpack goes to a
// temporary file first and is then unpacked safely (src/archive) into a new folder; what the unpack refused
// is kept with the item.
class DownloadManager : public QObject
{
    Q_OBJECT
public:
    enum class State { Downloading, Unpacking, Done, Failed, Cancelled };
    Q_ENUM(State)

    struct Item
    {
        int id = 0;
        PackageDownload offer;
        QString destination;    // the file being written; for an unpack, a temporary archive
        QString unpackInto;     // the folder an unpack makes its folder in; empty for a plain download
        QString unpackedFolder; // the folder the unpack made (or makes), once it started
        State state = State::Downloading;
        qint64 done = 0;
        qint64 total = -1;
        double bytesPerSecond = 0;
        Error error;
        QList<RefusedEntry> refused; // what the unpack left out
        QByteArray resumeTag;        // what a retry continues, when the server vouched for it

        bool isActive() const { return state == State::Downloading || state == State::Unpacking; }
    };

    explicit DownloadManager(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~DownloadManager() override;

    // Saves `offer` as `destination`; returns the new item's id.
    int download(const PackageDownload& offer, const QString& destination);
    // Downloads `offer` to a temporary file and unpacks it into a new folder inside `parentFolder` (named
    // after the package and version, made unique); returns the new item's id.
    int downloadAndUnpack(const PackageDownload& offer, const QString& parentFolder);
    // Unpacks the finished download `id` into a new folder inside `parentFolder`.
    void unpack(int id, const QString& parentFolder);
    void cancel(int id);
    // Starts a failed or cancelled item again with `fresh` (a new address: the old one may have expired).
    void retry(int id, const PackageDownload& fresh);
    // Forgets an item that is not running.
    void remove(int id);

    const QList<Item>& items() const { return m_items; }
    int indexOf(int id) const;
    // The folder temporary archives go to (removed after their unpack).
    static QString temporaryFolder();

signals:
    void itemAdded(int index);
    void itemChanged(int index);
    void itemRemoved(int index);

private:
    struct Running
    {
        int id = 0;
        QPointer<FileDownloadJob> download;
        QPointer<ArchiveUnpackJob> unpacker;
        QElapsedTimer clock;
        qint64 sampledBytes = 0;
        qint64 sampledAtMs = 0;
    };

    int add(Item item);
    void startDownload(Item& item);
    void startUnpack(Item& item, const QString& archive, bool removeArchive);
    void onProgress(int id, qint64 done, qint64 total);
    void finishItem(int id, State state, const Error& error = {});
    Item* find(int id);
    Running& running(int id);
    static QString uniqueFolder(const QString& parentFolder, const QString& name);

    QPointer<QNetworkAccessManager> m_network;
    QList<Item> m_items;
    QList<Running> m_running;
    int m_lastId = 0;
};
