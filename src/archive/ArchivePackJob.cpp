#include "ArchivePackJob.h"

#include "ArchivePacker.h"

ArchivePackJob::ArchivePackJob(const QString& sourceDir, const QString& destinationFile,
                               const PackOptions& options, QObject* parent)
    : ArchiveJob(parent)
    , m_sourceDir(sourceDir)
    , m_destinationFile(destinationFile)
    , m_options(options)
    , m_result(std::make_shared<PackResult>())
{}

ArchiveJob::Work ArchivePackJob::work() const
{
    return [source = m_sourceDir, destination = m_destinationFile, options = m_options,
            result = m_result](ArchiveTask& task) {
        return ArchivePacker(source, destination, options, *result, task).run();
    };
}

QString ArchivePackJob::describe() const
{
    return QStringLiteral("pack %1 -> %2").arg(m_sourceDir, m_destinationFile);
}
