#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QPair>

// Writes a tar archive by hand (ustar headers, pax records where asked), so the tests can build archives
// no honest tool would write, without libarchive. Plain tar: libarchive reads it as it reads .tar.gz.
class TarBuilder
{
public:
    explicit TarBuilder(const QString& path);

    void file(const QByteArray& name, const QByteArray& content = {}, int mode = 0644);
    void folder(const QByteArray& name);
    void symlink(const QByteArray& name, const QByteArray& target);
    void hardlink(const QByteArray& name, const QByteArray& target);
    // '3' character device, '4' block device, '6' FIFO.
    void special(const QByteArray& name, char type);
    // A file whose pax header declares `declaredSize`, followed by `body` only.
    void paxDeclaredSize(const QByteArray& name, qint64 declaredSize, const QByteArray& body);
    // The same, with the size in the header's base-256 (GNU) form.
    void base256DeclaredSize(const QByteArray& name, qint64 declaredSize, const QByteArray& body);
    // The two zero blocks that end an archive; false when a write failed.
    bool finish();

private:
    using Records = QList<QPair<QByteArray, QByteArray>>;

    void pax(const Records& records);
    // A name longer than the header's 100 bytes goes into a pax `path` record first.
    void entry(const QByteArray& name, char type, const QByteArray& content, int mode = 0644,
               const QByteArray& link = {});
    // Without its checksum: write() adds it.
    QByteArray header(const QByteArray& name, char type, qint64 size, int mode, const QByteArray& link) const;
    void write(QByteArray header);
    void body(const QByteArray& content);

    QFile m_file;
    bool m_ok = true;
};
