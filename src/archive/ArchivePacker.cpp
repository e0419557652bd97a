#include "ArchivePacker.h"

#include "ArchiveTask.h"
#include "EntryPath.h"

#include <QDir>
#include <QTemporaryFile>

#include <algorithm>
#include <archive.h>
#include <archive_entry.h>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <memory>
#include <unistd.h>

namespace {

constexpr qsizetype kBlockBytes = 128 * 1024;

// Where libarchive's output goes: straight to the file descriptor (libarchive already hands over whole
// blocks; QIODevice's write buffer would add a copy and an allocation per block), until the pack is
// abandoned.
struct Output
{
    int descriptor = -1;
    bool abandoned = false;
};

la_ssize_t writeBlock(archive* writer, void* client, const void* buffer, size_t length)
{
    const auto* output = static_cast<const Output*>(client);
    if (output->abandoned) {
        archive_set_error(writer, ECANCELED, "abandoned");
        return -1;
    }
    const char* data = static_cast<const char*>(buffer);
    size_t left = length;
    while (left > 0) {
        const ssize_t written = ::write(output->descriptor, data, left);
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            archive_set_error(writer, errno, "%s", qPrintable(qt_error_string(errno)));
            return -1;
        }
        data += written;
        left -= size_t(written);
    }
    return la_ssize_t(length);
}

QByteArray readLink(const QString& path)
{
    QByteArray target(PATH_MAX, Qt::Uninitialized);
    const ssize_t length =
        ::readlink(QFile::encodeName(path).constData(), target.data(), size_t(target.size()));
    target.truncate(length < 0 ? 0 : qsizetype(length));
    return target;
}

} // namespace

ArchivePacker::ArchivePacker(const QString& sourceDir, const QString& destinationFile,
                             const PackOptions& options, PackResult& result, ArchiveTask& task)
    : m_source(QFileInfo(sourceDir).canonicalFilePath())
    , m_destination(QDir::cleanPath(QFileInfo(destinationFile).absoluteFilePath()))
    , m_options(options)
    , m_result(result)
    , m_task(task)
    , m_buffer(kBlockBytes, Qt::Uninitialized)
{
    if (m_source.isEmpty())
        m_source = sourceDir; // reported as unreadable by run()
}

ArchiveError ArchivePacker::run()
{
    const QFileInfo source(m_source);
    if (!source.isDir() || !source.isReadable())
        return ArchiveError::make(ArchiveError::Kind::SourceUnreadable, m_source);
    // Compared with the walked paths, which are canonical: so the folder the archive goes to must be too.
    const QFileInfo destination(m_destination);
    const QString folder = QFileInfo(destination.absolutePath()).canonicalFilePath();
    if (folder.isEmpty() || destination.fileName().isEmpty() || destination.isDir())
        return ArchiveError::make(ArchiveError::Kind::DestinationUnwritable, m_destination);
    m_destination = folder + QLatin1Char('/') + destination.fileName();

    // The first walk only adds up the bytes to read, so progress has a total.
    ArchiveError error = walk(m_source, {}, [this](const QString&, const QFileInfo& info) {
        if (m_task.stopRequested())
            return ArchiveError::make(ArchiveError::Kind::Canceled);
        if (info.isFile() && !info.isSymLink())
            m_totalBytes += info.size();
        return ArchiveError();
    });
    if (error.isError())
        return error;
    m_task.progress(0, m_totalBytes);

    QTemporaryFile file(folder + QLatin1String("/.") + destination.fileName() + QLatin1String(".XXXXXX"));
    if (!file.open())
        return ArchiveError::make(ArchiveError::Kind::DestinationUnwritable, m_destination,
                                  file.errorString());
    m_temporary = file.fileName();
    error = writeArchive(file);
    if (error.isError())
        return error; // the temporary file goes with `file`
    if (::fsync(file.handle()) != 0)
        return ArchiveError::make(ArchiveError::Kind::DestinationUnwritable, m_destination,
                                  qt_error_string(errno));
    m_result.archiveBytes = QFileInfo(m_temporary).size();
    if (m_task.stopRequested())
        return ArchiveError::make(ArchiveError::Kind::Canceled);
    // QTemporaryFile makes its file private (0600); the archive is an ordinary file.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                        QFileDevice::ReadOther);
    // rename() replaces an older archive in one step; QFile::rename() would refuse to.
    if (std::rename(QFile::encodeName(m_temporary).constData(),
                    QFile::encodeName(m_destination).constData()) != 0)
        return ArchiveError::make(ArchiveError::Kind::DestinationUnwritable, m_destination,
                                  qt_error_string(errno));
    file.setAutoRemove(false);
    return {};
}

ArchiveError ArchivePacker::walk(const QString& folder, const QString& prefix, const Visit& visit)
{
    const QFileInfo here(folder);
    // QDir lists an unreadable folder as empty: that must not pack as an empty folder.
    if (!here.isReadable() || !here.isExecutable())
        return ArchiveError::make(ArchiveError::Kind::SourceUnreadable, prefix.isEmpty() ? m_source : prefix);
    QFileInfoList infos = QDir(folder).entryInfoList(
        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::NoSort);
    // By code unit, not by locale: the same tree gives the same order everywhere.
    std::sort(infos.begin(), infos.end(),
              [](const QFileInfo& a, const QFileInfo& b) { return a.fileName() < b.fileName(); });
    for (const QFileInfo& info : infos) {
        const QString path = prefix.isEmpty() ? info.fileName() : prefix + QLatin1Char('/') + info.fileName();
        if (excluded(path, info))
            continue;
        ArchiveError error = visit(path, info);
        if (!error.isError() && info.isDir() && !info.isSymLink())
            error = walk(info.absoluteFilePath(), path, visit);
        if (error.isError())
            return error;
    }
    return {};
}

bool ArchivePacker::excluded(const QString& relativePath, const QFileInfo& info) const
{
    const QString absolute = info.absoluteFilePath();
    return absolute == m_destination || absolute == m_temporary ||
           m_options.excludedNames.contains(info.fileName()) ||
           (m_options.exclude && m_options.exclude(relativePath, info));
}

QByteArray ArchivePacker::linkTarget(const QString& relativePath, const QFileInfo& info)
{
    const QByteArray raw = readLink(info.absoluteFilePath());
    const QString target = QFile::decodeName(raw);
    std::optional<RefusedEntry::Reason> reason =
        EntryPath::resolveLink(relativePath.split(QLatin1Char('/')), target, [this](const QString& path) {
            return QFileInfo(m_source + QLatin1Char('/') + path).isSymLink();
        });
    // The file system's answer too, for a link that resolves: it must land inside.
    const QString real = info.canonicalFilePath();
    if (!reason && !real.isEmpty() && !EntryPath::isInside(real, m_source))
        reason = RefusedEntry::Reason::LinkOutside;
    if (reason) {
        m_result.skipped.append({relativePath, *reason, target});
        return {};
    }
    return raw;
}

ArchiveError ArchivePacker::writeArchive(QTemporaryFile& file)
{
    Output output{file.handle()};
    // Freed first: freeing closes the archive, which still writes to `output`.
    const std::unique_ptr<archive, int (*)(archive*)> writer(archive_write_new(), archive_write_free);
    const std::unique_ptr<archive_entry, void (*)(archive_entry*)> entry(archive_entry_new(),
                                                                         archive_entry_free);
    archive* w = writer.get();
    const QByteArray level = QByteArray::number(qBound(1, m_options.compressionLevel, 9));
    // No time in the gzip header: the same tree packs to the same bytes.
    if (archive_write_add_filter_gzip(w) != ARCHIVE_OK ||
        archive_write_set_format_pax_restricted(w) != ARCHIVE_OK ||
        archive_write_set_filter_option(w, "gzip", "timestamp", nullptr) != ARCHIVE_OK ||
        archive_write_set_filter_option(w, "gzip", "compression-level", level.constData()) != ARCHIVE_OK ||
        archive_write_open2(w, &output, nullptr, writeBlock, nullptr, nullptr) != ARCHIVE_OK)
        return writerError(w);
    const ArchiveError error = walk(m_source, {}, [&](const QString& path, const QFileInfo& info) {
        return writeEntry(w, entry.get(), path, info);
    });
    if (error.isError()) {
        // Freeing the writer closes the archive, which pads the entry cut short to its declared size: a
        // cancel early in a 1 GiB file would still compress the rest as zeros. Refused output ends that at
        // the next block. (archive_write_fail() would skip the close, and with it zlib's deflateEnd: a leak.)
        output.abandoned = true;
        return error;
    }
    if (archive_write_close(w) != ARCHIVE_OK)
        return writerError(w);
    return {};
}

ArchiveError ArchivePacker::writeEntry(archive* writer, archive_entry* entry, const QString& relativePath,
                                       const QFileInfo& info)
{
    if (m_task.stopRequested())
        return ArchiveError::make(ArchiveError::Kind::Canceled);
    archive_entry_clear(entry);
    // Permissions normalised: what a package needs, nothing of this machine's umask or set-id bits.
    if (info.isSymLink()) {
        const QByteArray target = linkTarget(relativePath, info);
        if (target.isEmpty())
            return {};
        archive_entry_set_filetype(entry, AE_IFLNK);
        archive_entry_set_perm(entry, 0777);
        archive_entry_copy_symlink(entry, target.constData());
        ++m_result.links;
    } else if (info.isDir()) {
        archive_entry_set_filetype(entry, AE_IFDIR);
        archive_entry_set_perm(entry, 0755);
        ++m_result.folders;
    } else if (info.isFile()) {
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, info.permission(QFileDevice::ExeOwner) ? 0755 : 0644);
        archive_entry_set_size(entry, info.size());
        ++m_result.files;
    } else {
        m_result.skipped.append({relativePath, RefusedEntry::Reason::SpecialFile, {}});
        return {};
    }
    // Names are given as bytes (UTF-8, as Qt names files): libarchive's conversion from the C library's
    // locale fails for non-ASCII names in the "C" locale, and its pax writer then crashes on a name it only
    // has in UTF-8. As bytes, it stores them as they are (pax hdrcharset=BINARY in that case).
    archive_entry_copy_pathname(entry, relativePath.toUtf8().constData());
    const QDateTime modified = m_options.modificationTime.value_or(info.lastModified());
    archive_entry_set_mtime(entry, modified.isValid() ? modified.toSecsSinceEpoch() : 0, 0);
    if (!m_options.anonymousOwner) {
        archive_entry_set_uid(entry, info.ownerId());
        archive_entry_set_gid(entry, info.groupId());
        archive_entry_copy_uname(entry, info.owner().toUtf8().constData());
        archive_entry_copy_gname(entry, info.group().toUtf8().constData());
    }
    const int status = archive_write_header(writer, entry);
    if (status != ARCHIVE_OK && status != ARCHIVE_WARN)
        return writerError(writer);
    if (archive_entry_filetype(entry) == AE_IFREG)
        return writeContent(writer, relativePath, info);
    return {};
}

ArchiveError ArchivePacker::writeContent(archive* writer, const QString& relativePath, const QFileInfo& info)
{
    QFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return ArchiveError::make(ArchiveError::Kind::SourceUnreadable, relativePath, file.errorString());
    // Exactly the size the header declared: a file that shrinks or grows meanwhile would make a lying entry.
    qint64 remaining = info.size();
    while (remaining > 0) {
        if (m_task.stopRequested())
            return ArchiveError::make(ArchiveError::Kind::Canceled);
        const qint64 read = file.read(m_buffer.data(), qMin<qint64>(m_buffer.size(), remaining));
        if (read < 0)
            return ArchiveError::make(ArchiveError::Kind::SourceUnreadable, relativePath, file.errorString());
        if (read == 0)
            return ArchiveError::make(ArchiveError::Kind::SourceChanged, relativePath);
        if (archive_write_data(writer, m_buffer.constData(), size_t(read)) != read)
            return writerError(writer);
        remaining -= read;
        m_result.contentBytes += read;
        m_task.progress(m_result.contentBytes, m_totalBytes);
    }
    char probe = 0;
    if (file.read(&probe, 1) > 0)
        return ArchiveError::make(ArchiveError::Kind::SourceChanged, relativePath);
    return {};
}

ArchiveError ArchivePacker::writerError(archive* writer) const
{
    const char* message = archive_error_string(writer);
    return ArchiveError::make(ArchiveError::Kind::DestinationUnwritable, m_destination,
                              message ? QString::fromLocal8Bit(message) : QString());
}
