#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

// Answers of read operations kept on disk, so that a page seen once opens again at once (and offline) while
// the fresh answer is on its way. One file per answer under <CacheLocation>/answers/<registry>/<identity>/,
// named by a hash of the endpoint, the identity, the operation and its variables; folders 0700, files 0600.
// The identity is who the answer was fetched for, in words that are not secret
// (HeaderProvider::cacheIdentity); on disk it is only a hash, and answers fetched with a credential live
// apart ("private-…") so that signing out removes them. Bounded: once the answers take more than
// limitBytes(), the least recently used go first (a read refreshes a file's time), down to nine tenths of it.
// Answers with a download address or a draft are never written (isStorable).
class AnswerCache
{
public:
    struct Key
    {
        QUrl endpoint;
        QString identity; // empty: anonymous
        QString operation;
        QJsonObject variables;
    };
    struct Entry
    {
        QJsonObject data;
        QDateTime storedAt;
    };

    // The folder of every answer: <QStandardPaths::CacheLocation>/answers.
    static QString defaultFolder();
    explicit AnswerCache(const QString& folder = defaultFolder());

    QString folder() const { return m_folder; }
    std::optional<Entry> find(const Key& key) const;
    // False when the answer may not be kept (isStorable) or could not be written.
    bool store(const Key& key, const QJsonObject& data) const;
    // The same on the cache's own thread (one, in order), so the caller does not wait for the disk.
    // forgetPrivate(), clear() and sizeOnDisk() first wait for the answers queued; waitForWrites() too.
    void storeLater(const Key& key, const QJsonObject& data) const;
    static void waitForWrites();

    // Removes every answer of `endpoint` that was fetched with a credential.
    void forgetPrivate(const QUrl& endpoint) const;
    void clear() const;
    qint64 sizeOnDisk() const;

    // The most the answers may take; kept in the settings (QSettings "answerCache/limitMiB").
    static qint64 limitBytes();
    static void setLimitBytes(qint64 bytes);
    static constexpr qint64 kDefaultLimitBytes = qint64(64) * 1024 * 1024;

    // False for an answer that holds a download or upload address (signed, short-lived, and a credential of
    // sorts) or something marked as a draft (not public, may change any moment).
    static bool isStorable(const QJsonObject& data);

private:
    QString registryFolder(const QUrl& endpoint) const;
    QString filePath(const Key& key) const;
    bool storeWithin(const Key& key, const QJsonObject& data, qint64 limit) const;
    // Walks the folder: removes the least recently used answers while they take more than `limit` (down to
    // nine tenths of it), and notes what they take.
    void evictOverLimit(qint64 limit) const;
    // What the folder takes is to be counted again (after removing answers other than by evictOverLimit).
    void forgetTotal() const;

    QString m_folder;
};
