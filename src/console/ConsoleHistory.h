#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

// The documents a person ran in the GraphQL console of one registry, newest first, kept on disk so that they
// come back at the next start: <AppDataLocation>/console-history/<hash of the endpoint>.json, readable and
// writable by the user only, written whole through QSaveFile. It holds the document, the variables' text and
// the time, never a header or a credential: ConsoleSession does not hand it text that holds the registry's
// credential (HeaderProvider::occursIn).
class ConsoleHistory
{
public:
    struct Entry
    {
        QDateTime time;
        QString document;
        QString variables;
    };

    static constexpr int kMaxEntries = 100;
    static constexpr qsizetype kMaxEntryChars = 256 * 1024; // a longer document is not kept

    // `folder` empty: the application's data folder.
    explicit ConsoleHistory(const QUrl& endpoint, const QString& folder = {});

    QString filePath() const { return m_path; }
    // Read from disk the first time.
    const QList<Entry>& entries() const;
    // Adds `entry` on top (the same document and variables run again move up); false with *whyNot when the
    // file could not be written or the entry is too long.
    bool add(const Entry& entry, QString* whyNot = nullptr);
    bool clear(QString* whyNot = nullptr);

    // "console-history/<hash>.json" under the data folder: the address itself is not in the file's name.
    static QString fileNameFor(const QUrl& endpoint);

private:
    void load() const;
    bool save(QString* whyNot) const;

    QUrl m_endpoint;
    QString m_path;
    mutable QList<Entry> m_entries;
    mutable bool m_loaded = false;
};
