#include "ArchiveUnpackJob.h"

#include "ArchiveUnpacker.h"

ArchiveUnpackJob::ArchiveUnpackJob(const QString& archiveFile, const QString& targetDir,
                                   const UnpackOptions& options, QObject* parent)
    : ArchiveJob(parent)
    , m_archiveFile(archiveFile)
    , m_targetDir(targetDir)
    , m_options(options)
    , m_result(std::make_shared<UnpackResult>())
{}

ArchiveJob::Work ArchiveUnpackJob::work() const
{
    return [archiveFile = m_archiveFile, target = m_targetDir, options = m_options,
            result = m_result](ArchiveTask& task) {
        return ArchiveUnpacker(archiveFile, target, options, *result, task).run();
    };
}

QString ArchiveUnpackJob::describe() const
{
    return QStringLiteral("unpack %1 -> %2").arg(m_archiveFile, m_targetDir);
}
