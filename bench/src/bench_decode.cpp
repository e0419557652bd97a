// Figure 2: a DataPM LatestPackages answer (the package list's own selection set, no packageFile) turned
// into model rows, against QJsonDocument::fromJson alone on the same bytes.
//   bench_decode ANSWER.json [ITERATIONS]
// Depot's path is the one a page takes: AnswerDecoder (parse, data/errors) -> DataPmDecoder::packagePage ->
// PackageListModel inserting the rows. Medians of ITERATIONS (default 200), alternating the two so that
// frequency changes hit both alike. Prints one JSON object.
#include "BenchSupport.h"
#include "graphql/AnswerDecoder.h"
#include "models/PackageListModel.h"
#include "registry/RegistryBackend.h"
#include "registry/datapm/DataPmDecoder.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_decode ANSWER.json [ITERATIONS]\n");
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_decode: cannot read %s\n", argv[1]);
        return 1;
    }
    const QByteArray bytes = file.readAll();
    const int iterations = argc > 2 ? std::max(1, std::atoi(argv[2])) : 200;

    std::vector<double> parseUs;
    std::vector<double> depotUs;
    std::vector<double> answerUs;
    std::vector<double> rowsUs;
    std::vector<double> modelUs;
    int rows = -1;
    for (int i = 0; i < iterations; ++i) {
        double t0 = BenchSupport::monotonicMs();
        {
            // Gone before Depot's turn: in Depot no second parsed answer sits in memory beside the one
            // decoded.
            const QJsonDocument document = QJsonDocument::fromJson(bytes);
            parseUs.push_back((BenchSupport::monotonicMs() - t0) * 1000);
            if (!document.isObject())
                return 1;
        }

        PackageListModel model;
        PackagePageJob* job = nullptr;
        model.setSource([&job](const PageRequest&) { return job = new PackagePageJob; });
        t0 = BenchSupport::monotonicMs();
        const AnswerDecoder::Result answer = AnswerDecoder::decode(200, bytes);
        const double t1 = BenchSupport::monotonicMs();
        QString whyNot;
        std::optional<PackagePage> page =
            DataPmDecoder::packagePage(answer.data, QStringLiteral("latestPackages"), 0, 1000, &whyNot);
        if (!page) {
            std::fprintf(stderr, "bench_decode: %s\n", qPrintable(whyNot));
            return 1;
        }
        const double t2 = BenchSupport::monotonicMs();
        job->finish(std::move(*page));
        const double t3 = BenchSupport::monotonicMs();
        depotUs.push_back((t3 - t0) * 1000);
        // Where the time goes, for whoever improves it.
        answerUs.push_back((t1 - t0) * 1000);
        rowsUs.push_back((t2 - t1) * 1000);
        modelUs.push_back((t3 - t2) * 1000);
        rows = model.rowCount();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the finished job
    }
    const double parse = median(parseUs);
    const double depot = median(depotUs);
    BenchSupport::printJson(
        QStringLiteral("{\"bytes\":%1,\"rows\":%2,\"fromJsonUs\":%3,\"depotUs\":%4,"
                       "\"perRowUs\":%5,\"ratio\":%6,\"answerDecoderUs\":%7,\"dataPmDecoderUs\":%8,"
                       "\"modelInsertUs\":%9}")
            .arg(bytes.size())
            .arg(rows)
            .arg(parse)
            .arg(depot)
            .arg(rows > 0 ? depot / rows : 0)
            .arg(depot / parse)
            .arg(median(answerUs))
            .arg(median(rowsUs))
            .arg(median(modelUs))
            .toUtf8());
    return rows > 0 ? 0 : 1;
}
