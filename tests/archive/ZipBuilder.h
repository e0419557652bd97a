#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>

// Writes a zip archive by hand (stored entries, Unix modes), so the tests can check that zip names and
// links meet the same checks as tar's, without libarchive writing them.
class ZipBuilder
{
public:
    explicit ZipBuilder(const QString& path);

    void file(const QByteArray& name, const QByteArray& content);
    void folder(const QByteArray& name);
    void symlink(const QByteArray& name, const QByteArray& target);
    // The central directory that ends a zip; false when a write failed.
    bool finish();

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc = 0;
        quint32 size = 0;
        quint32 mode = 0;
        quint32 offset = 0;
    };

    void entry(const QByteArray& name, const QByteArray& content, quint32 mode);

    QFile m_file;
    QList<Entry> m_entries;
    bool m_ok = true;
};
