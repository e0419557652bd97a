#include "ArchiveUnpacker.h"

#include "ArchiveTask.h"
#include "EntryPath.h"
#include "core/Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QStringDecoder>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr size_t kReadBlockBytes = 64 * 1024;

// libarchive's own checks, behind Depot's: no symbolic link in a written path, no "..". Owners, ACLs,
// extended attributes and set-id bits are not restored. (UnpackOptions::sparseFiles adds
// ARCHIVE_EXTRACT_SPARSE.)
constexpr int kDiskFlags =
    ARCHIVE_EXTRACT_TIME | ARCHIVE_EXTRACT_SECURE_SYMLINKS | ARCHIVE_EXTRACT_SECURE_NODOTDOT;

// A name as libarchive gives it: converted to UTF-8 where it can, else as stored. `valid` is false for a
// stored name that is not UTF-8 (the text then shows replacement characters).
QString entryText(const char* utf8, const char* stored, bool* valid)
{
    *valid = true;
    if (utf8)
        return QString::fromUtf8(utf8);
    if (!stored) {
        *valid = false;
        return {};
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(QByteArrayView(stored));
    *valid = !decoder.hasError();
    return text;
}

bool exists(const QByteArray& path)
{
    struct stat status;
    return ::lstat(path.constData(), &status) == 0;
}

// rename(2) that never replaces `to`, even an empty folder.
bool renameNoReplace(const QByteArray& from, const QByteArray& to)
{
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0)
        return true;
    if (errno != EINVAL && errno != ENOSYS)
        return false;
    // A file system that cannot promise it: check, then rename (which refuses a folder that is not empty).
    if (exists(to)) {
        errno = EEXIST;
        return false;
    }
    return std::rename(from.constData(), to.constData()) == 0;
}

bool ok(int status)
{
    return status == ARCHIVE_OK || status == ARCHIVE_WARN;
}

} // namespace

ArchiveUnpacker::ArchiveUnpacker(const QString& archiveFile, const QString& targetDir,
                                 const UnpackOptions& options, UnpackResult& result, ArchiveTask& task)
    : m_archiveFile(archiveFile)
    , m_target(targetDir)
    , m_options(options)
    , m_result(result)
    , m_task(task)
{}

ArchiveUnpacker::~ArchiveUnpacker()
{
    if (m_disk)
        archive_write_free(m_disk);
    if (m_reader)
        archive_read_free(m_reader);
    if (m_removeRoot && !QDir(m_root).removeRecursively())
        qCWarning(lcArchive) << "could not remove" << m_root;
}

ArchiveError ArchiveUnpacker::run()
{
    ArchiveError error = prepare();
    if (!error.isError())
        error = open();
    while (!error.isError()) {
        if (m_task.stopRequested())
            return ArchiveError::make(ArchiveError::Kind::Canceled);
        archive_entry* entry = nullptr;
        const int status = archive_read_next_header(m_reader, &entry);
        if (status == ARCHIVE_EOF)
            break;
        error = ok(status) ? extract(entry) : readerError({});
        m_task.progress(archive_filter_bytes(m_reader, -1), m_archiveBytes);
    }
    if (!error.isError())
        error = createLinks();
    // Closing applies what libarchive deferred (folder times and permissions): before the move.
    if (!error.isError() && archive_write_close(m_disk) != ARCHIVE_OK)
        error = diskError({});
    if (!error.isError())
        error = moveIntoPlace();
    if (!error.isError())
        m_task.progress(m_archiveBytes, m_archiveBytes);
    return error;
}

ArchiveError ArchiveUnpacker::prepare()
{
    const QFileInfo archiveInfo(m_archiveFile);
    if (!archiveInfo.isFile() || !archiveInfo.isReadable())
        return ArchiveError::make(ArchiveError::Kind::SourceUnreadable, m_archiveFile);
    m_archiveBytes = archiveInfo.size();

    // A canonical folder: libarchive's symbolic link check looks at every component of the paths it writes.
    const QFileInfo target(QDir::cleanPath(QFileInfo(m_target).absoluteFilePath()));
    const QString parent = QFileInfo(target.absolutePath()).canonicalFilePath();
    const QString name = target.fileName();
    if (parent.isEmpty() || name.isEmpty() || name == QLatin1String("..") || name == QLatin1String("."))
        return ArchiveError::make(ArchiveError::Kind::DestinationUnwritable, m_target);
    m_target = parent + QLatin1Char('/') + name;
    m_result.targetDir = m_target;
    const QFileInfo existing(m_target);
    if ((existing.exists() || existing.isSymLink()) &&
        (!m_options.replaceExisting || existing.isSymLink() || !existing.isDir()))
        return ArchiveError::make(ArchiveError::Kind::TargetExists, m_target);

    // Beside the target, so that moving it into place is a rename on the same file system.
    QTemporaryDir temporary(parent + QLatin1String("/.") + name + QLatin1String(".unpack-XXXXXX"));
    if (!temporary.isValid())
        return ArchiveError::make(ArchiveError::Kind::DestinationUnwritable, parent, temporary.errorString());
    temporary.setAutoRemove(false);
    m_root = temporary.path();
    m_removeRoot = true;
    return {};
}

ArchiveError ArchiveUnpacker::open()
{
    // Only what Depot needs, and nothing that would start an external program on a hostile file.
    m_reader = archive_read_new();
    archive_read_support_filter_gzip(m_reader);
    archive_read_support_format_tar(m_reader);
    archive_read_support_format_zip(m_reader);
    if (archive_read_open_filename(m_reader, QFile::encodeName(m_archiveFile).constData(), kReadBlockBytes) !=
        ARCHIVE_OK)
        return readerError({});
    m_disk = archive_write_disk_new();
    archive_write_disk_set_options(m_disk, kDiskFlags | (m_options.sparseFiles ? ARCHIVE_EXTRACT_SPARSE : 0));
    return {};
}

ArchiveError ArchiveUnpacker::extract(archive_entry* entry)
{
    bool valid = false;
    const QString name = entryText(archive_entry_pathname_utf8(entry), archive_entry_pathname(entry), &valid);
    // Limits first: a header that declares 10 GB is refused before a byte of it is read.
    if (++m_entries > m_options.limits.maxEntries)
        return refuse(name, RefusedEntry::Reason::TooManyEntries,
                      QString::number(m_options.limits.maxEntries));
    if (const ArchiveError error = checkSize(entry, name); error.isError())
        return error;

    QStringList parts;
    if (!valid)
        return refuse(name, RefusedEntry::Reason::BadName);
    if (const auto reason = EntryPath::split(name, &parts))
        return refuse(name, *reason);
    const char* hardLink = archive_entry_hardlink(entry);
    const auto type = archive_entry_filetype(entry);
    if (parts.isEmpty()) // "./": the target folder itself
        return type == AE_IFDIR && !hardLink ? ArchiveError() : refuse(name, RefusedEntry::Reason::BadName);
    const QString path = parts.join(QLatin1Char('/'));
    if (EntryPath::throughLink(parts, m_linkNames))
        return refuse(name, RefusedEntry::Reason::ThroughLink);
    if (m_linkNames.contains(path))
        return refuse(name, RefusedEntry::Reason::NameTaken);

    if (hardLink) {
        const QString target = entryText(archive_entry_hardlink_utf8(entry), hardLink, &valid);
        QStringList targetParts;
        if (!valid || EntryPath::split(target, &targetParts) ||
            !m_files.contains(targetParts.join(QLatin1Char('/'))))
            return refuse(name, RefusedEntry::Reason::HardLink, target);
        archive_entry_copy_hardlink(
            entry, QFile::encodeName(onDisk(targetParts.join(QLatin1Char('/')))).constData());
        return write(entry, name, path);
    }
    if (type == AE_IFLNK) {
        m_linkNames.insert(path);
        const QString target =
            entryText(archive_entry_symlink_utf8(entry), archive_entry_symlink(entry), &valid);
        if (!valid)
            return refuse(name, RefusedEntry::Reason::BadName, target);
        if (const auto reason = EntryPath::resolveLink(parts, target, {}))
            return refuse(name, *reason, target);
        m_links.insert(path, target);
        return {};
    }
    if (type == AE_IFREG || type == AE_IFDIR)
        return write(entry, name, path);
    return refuse(name, RefusedEntry::Reason::SpecialFile);
}

ArchiveError ArchiveUnpacker::checkSize(archive_entry* entry, const QString& name)
{
    if (!archive_entry_size_is_set(entry))
        return {}; // unknown until read (a zip written as a stream): copyData counts it
    const qint64 size = archive_entry_size(entry);
    const UnpackLimits& limits = m_options.limits;
    if (size > limits.maxEntryBytes)
        return refuse(name, RefusedEntry::Reason::EntryTooLarge, QString::number(size));
    if (size > limits.maxTotalBytes - m_declaredBytes)
        return refuse(name, RefusedEntry::Reason::TotalTooLarge, QString::number(m_declaredBytes + size));
    m_declaredBytes += size;
    return {};
}

ArchiveError ArchiveUnpacker::write(archive_entry* entry, const QString& name, const QString& path)
{
    archive_entry_copy_pathname(entry, QFile::encodeName(onDisk(path)).constData());
    const bool folder = archive_entry_filetype(entry) == AE_IFDIR && !archive_entry_hardlink(entry);
    // Permission bits only (no set-id), and always the owner's, so that the folder can be removed again.
    archive_entry_set_perm(entry, (archive_entry_perm(entry) & 0777) | (folder ? 0700 : 0600));
    if (!ok(archive_write_header(m_disk, entry)))
        return diskError(name);
    if (!folder) {
        if (const ArchiveError error = copyData(name); error.isError())
            return error;
    }
    if (!ok(archive_write_finish_entry(m_disk)))
        return diskError(name);
    if (folder) {
        ++m_result.folders;
    } else {
        m_files.insert(path);
        ++(archive_entry_hardlink(entry) ? m_result.links : m_result.files);
    }
    return {};
}

ArchiveError ArchiveUnpacker::copyData(const QString& name)
{
    const UnpackLimits& limits = m_options.limits;
    qint64 entryBytes = 0;
    for (;;) {
        if (m_task.stopRequested())
            return ArchiveError::make(ArchiveError::Kind::Canceled);
        const void* block = nullptr;
        size_t size = 0;
        la_int64_t offset = 0;
        const int status = archive_read_data_block(m_reader, &block, &size, &offset);
        if (status == ARCHIVE_EOF)
            return {};
        if (!ok(status))
            return readerError(name);
        // Counted again as written: a zip entry may not declare its size, and a header may lie.
        entryBytes += qint64(size);
        m_writtenBytes += qint64(size);
        if (entryBytes > limits.maxEntryBytes)
            return refuse(name, RefusedEntry::Reason::EntryTooLarge, QString::number(entryBytes));
        if (m_writtenBytes > limits.maxTotalBytes)
            return refuse(name, RefusedEntry::Reason::TotalTooLarge, QString::number(m_writtenBytes));
        if (archive_write_data_block(m_disk, block, size, offset) < ARCHIVE_WARN)
            return diskError(name);
        m_result.contentBytes += qint64(size);
        m_task.progress(archive_filter_bytes(m_reader, -1), m_archiveBytes);
    }
}

ArchiveError ArchiveUnpacker::createLinks()
{
    for (auto it = m_links.cbegin(); it != m_links.cend(); ++it) {
        if (m_task.stopRequested())
            return ArchiveError::make(ArchiveError::Kind::Canceled);
        if (const ArchiveError error = createLink(it.key(), it.value()); error.isError())
            return error;
    }
    return {};
}

ArchiveError ArchiveUnpacker::createLink(const QString& path, const QString& target)
{
    // Checked again now that every link's name is known: one that comes later in the archive counts too.
    const QStringList parts = path.split(QLatin1Char('/'));
    if (EntryPath::throughLink(parts, m_linkNames))
        return refuse(path, RefusedEntry::Reason::ThroughLink, target);
    const auto isLink = [this](const QString& other) {
        return m_linkNames.contains(other);
    };
    if (const auto reason = EntryPath::resolveLink(parts, target, isLink))
        return refuse(path, *reason, target);
    const QString disk = onDisk(path);
    const QByteArray encoded = QFile::encodeName(disk);
    if (exists(encoded) || !QDir().mkpath(QFileInfo(disk).absolutePath()))
        return refuse(path, RefusedEntry::Reason::NameTaken, target);
    if (::symlink(QFile::encodeName(target).constData(), encoded.constData()) != 0)
        return ArchiveError::make(ArchiveError::Kind::DestinationUnwritable, path, qt_error_string(errno));
    // The file system's answer too, for a link that resolves: it must land inside.
    const QString real = QFileInfo(disk).canonicalFilePath();
    if (!real.isEmpty() && !EntryPath::isInside(real, m_root)) {
        QFile::remove(disk);
        return refuse(path, RefusedEntry::Reason::LinkOutside, target);
    }
    ++m_result.links;
    return {};
}

ArchiveError ArchiveUnpacker::moveIntoPlace()
{
    if (m_task.stopRequested())
        return ArchiveError::make(ArchiveError::Kind::Canceled);
    const QByteArray from = QFile::encodeName(m_root);
    const QByteArray to = QFile::encodeName(m_target);
    if (!exists(to)) {
        if (renameNoReplace(from, to)) {
            m_removeRoot = false;
            return {};
        }
        const bool taken = errno == EEXIST || errno == ENOTEMPTY;
        return ArchiveError::make(taken ? ArchiveError::Kind::TargetExists
                                        : ArchiveError::Kind::DestinationUnwritable,
                                  m_target, qt_error_string(errno));
    }
    if (!m_options.replaceExisting) // it appeared meanwhile
        return ArchiveError::make(ArchiveError::Kind::TargetExists, m_target);
    // One step, so the target is never missing; the old folder ends up at m_root and is removed with it.
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_EXCHANGE) == 0)
        return {};
    if (errno != EINVAL && errno != ENOSYS)
        return ArchiveError::make(ArchiveError::Kind::DestinationUnwritable, m_target,
                                  qt_error_string(errno));
    // A file system without the exchange: the old folder moves aside (rename() replaces the empty folder
    // made for it), the new one in, then the old one goes.
    QTemporaryDir aside(m_root + QLatin1String(".old"));
    const QByteArray asidePath = QFile::encodeName(aside.path());
    if (!aside.isValid() || std::rename(to.constData(), asidePath.constData()) != 0)
        return ArchiveError::make(ArchiveError::Kind::DestinationUnwritable, m_target,
                                  qt_error_string(errno));
    if (!renameNoReplace(from, to)) {
        const int error = errno;
        std::rename(asidePath.constData(), to.constData());
        return ArchiveError::make(ArchiveError::Kind::DestinationUnwritable, m_target,
                                  qt_error_string(error));
    }
    m_removeRoot = false;
    return {}; // `aside` removes the old folder
}

ArchiveError ArchiveUnpacker::refuse(const QString& name, RefusedEntry::Reason reason, const QString& detail)
{
    const RefusedEntry refusal{name, reason, detail};
    m_result.refused.append(refusal);
    qCDebug(lcArchive).noquote() << "refused:" << name << RefusedEntry::reasonName(reason) << detail;
    const bool fatal = refusal.isLimit() || m_options.onRefusal == UnpackOptions::OnRefusal::Fail;
    if (!fatal)
        return {}; // the next header skips what is left of this entry
    ArchiveError error = ArchiveError::make(refusal.isLimit() ? ArchiveError::Kind::LimitExceeded
                                                              : ArchiveError::Kind::EntryRefused,
                                            name, detail);
    error.refusal = refusal;
    return error;
}

ArchiveError ArchiveUnpacker::readerError(const QString& name) const
{
    const char* message = archive_error_string(m_reader);
    QString detail = message ? QString::fromLocal8Bit(message) : QString();
    if (!name.isEmpty())
        detail = name + QLatin1String(": ") + detail;
    return ArchiveError::make(ArchiveError::Kind::Corrupt, m_archiveFile, detail);
}

ArchiveError ArchiveUnpacker::diskError(const QString& name) const
{
    const char* message = archive_error_string(m_disk);
    return ArchiveError::make(ArchiveError::Kind::DestinationUnwritable, name.isEmpty() ? m_target : name,
                              message ? QString::fromLocal8Bit(message) : QString());
}

QString ArchiveUnpacker::onDisk(const QString& path) const
{
    return m_root + QLatin1Char('/') + path;
}
