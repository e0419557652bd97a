// Figure 3: the package list of a DataPM registry paged to the end with Depot's page size
// (kDefaultPageSize), through the real backend and GraphQlClient into PackageListModel, fetching the next
// page as soon as one arrives (a view scrolled to the bottom; the model reads one page ahead as it does
// for a view). Prints wall time, pages requested, rows and peak RSS.
//   bench_list URL
#include "BenchSupport.h"
#include "models/PackageListModel.h"
#include "registry/DialectTable.h"
#include "registry/RegistryBackend.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_list URL\n");
        return 2;
    }
    QNetworkAccessManager network;
    std::unique_ptr<RegistryBackend> backend = DialectTable::createBackend(
        Dialect(QStringLiteral("datapm")), {&network, QUrl(QString::fromLocal8Bit(argv[1])), {}});
    PackageListModel model;
    int pages = 0;
    double start = 0;
    QObject::connect(&model, &PackageListModel::stateChanged, &app, [&](PackageListModel::State state) {
        switch (state) {
        case PackageListModel::State::CanFetchMore:
            model.fetchMore({});
            break;
        case PackageListModel::State::Finished:
        case PackageListModel::State::Failed:
            QCoreApplication::exit(state == PackageListModel::State::Finished ? 0 : 1);
            break;
        default:
            break;
        }
    });
    RegistryBackend* b = backend.get();
    QTimer::singleShot(0, &app, [&] {
        start = BenchSupport::monotonicMs();
        // As RegistrySession sets it: with the backend's cursor after a full page, so the list reads ahead.
        model.setSource(
            [b, &pages](const PageRequest& page) {
                ++pages;
                return b->latestPackages(page);
            },
            [b](const PageRequest& page) { return b->cursorAfterFullPage(page); });
    });
    const int status = QCoreApplication::exec();
    const double ms = BenchSupport::monotonicMs() - start;
    if (status != 0)
        std::fprintf(stderr, "bench_list: %s\n", qPrintable(model.lastError().userText()));
    BenchSupport::printJson(
        QStringLiteral("{\"ms\":%1,\"pages\":%2,\"rows\":%3,\"pageSize\":%4,\"peakRssKiB\":%5}")
            .arg(ms)
            .arg(pages)
            .arg(model.rowCount())
            .arg(kDefaultPageSize)
            .arg(BenchSupport::statusKiB("VmHWM"))
            .toUtf8());
    return status;
}
