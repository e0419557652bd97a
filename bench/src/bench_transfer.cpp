// Figures 6 to 8: a package downloaded (FileDownloadJob: streamed to disk, size and SHA-256 checked), a
// folder packed (ArchivePackJob) and an archive unpacked (ArchiveUnpackJob), as Depot does them. Prints the
// wall time, the peak RSS and the RSS before the work started.
//   bench_transfer download URL DESTINATION SIZE SHA256
//   bench_transfer pack FOLDER DESTINATION
//   bench_transfer unpack ARCHIVE TARGET
#include "BenchSupport.h"
#include "archive/ArchivePackJob.h"
#include "archive/ArchiveUnpackJob.h"
#include "transfer/FileDownloadJob.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

namespace {

int usage()
{
    std::fprintf(stderr, "usage: bench_transfer download URL DEST SIZE SHA256 | pack FOLDER DEST | "
                         "unpack ARCHIVE TARGET\n");
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return usage();
    const QString mode = args.at(1);
    QNetworkAccessManager network;
    const qint64 baseRssKiB = BenchSupport::statusKiB("VmRSS");
    double start = 0;
    QString failure;
    const auto ended = [&failure](const QString& why) {
        failure = why;
        QCoreApplication::exit(why.isEmpty() ? 0 : 1);
    };
    QTimer::singleShot(0, &app, [&] {
        start = BenchSupport::monotonicMs();
        if (mode == QLatin1String("download") && args.size() >= 6) {
            auto* job = new FileDownloadJob(
                &network, {QUrl(args.at(2)), args.at(3), args.at(4).toLongLong(), args.at(5).toLatin1(), {}},
                &app);
            QObject::connect(job, &FileDownloadJob::finished, &app, [ended] { ended({}); });
            QObject::connect(job, &FileDownloadJob::failed, &app, [ended](const Error& error) {
                ended(error.logText() + QLatin1Char(' ') + error.message);
            });
            job->start();
        } else if (mode == QLatin1String("pack") || mode == QLatin1String("unpack")) {
            ArchiveJob* job =
                mode == QLatin1String("pack")
                    ? static_cast<ArchiveJob*>(new ArchivePackJob(args.at(2), args.at(3), {}, &app))
                    : new ArchiveUnpackJob(args.at(2), args.at(3), {}, &app);
            QObject::connect(job, &ArchiveJob::finished, &app, [ended] { ended({}); });
            QObject::connect(job, &ArchiveJob::failed, &app, [ended](const ArchiveError& error) {
                ended(error.text() + QLatin1Char(' ') + error.detail);
            });
            job->start();
        } else {
            QCoreApplication::exit(2);
        }
    });
    const int status = QCoreApplication::exec();
    const double ms = BenchSupport::monotonicMs() - start;
    if (status == 2)
        return usage();
    if (status != 0) {
        std::fprintf(stderr, "bench_transfer %s: %s\n", qPrintable(mode), qPrintable(failure));
        return 1;
    }
    BenchSupport::printJson(QStringLiteral("{\"ms\":%1,\"peakRssKiB\":%2,\"baseRssKiB\":%3}")
                                .arg(ms)
                                .arg(BenchSupport::statusKiB("VmHWM"))
                                .arg(baseRssKiB)
                                .toUtf8());
    return 0;
}
