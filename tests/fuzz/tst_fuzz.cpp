// Replays the fuzz corpus (tests/fuzz/corpus/<target>/: the seeds and every input that once crashed a
// decoder) through the same entries libFuzzer runs, so the findings stay fixed in the normal suite and under
// scripts/test --asan. libFuzzer itself runs only with scripts/fuzz.
#include "FuzzEntries.h"
#include "graphql/AnswerDecoder.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestFuzz : public QObject
{
    Q_OBJECT
private slots:
    void corpus_data();
    void corpus();
    void seedsAreRealAnswers();
};

namespace {
QString corpusDir()
{
    return QStringLiteral(DEPOT_SOURCE_DIR "/tests/fuzz/corpus");
}
} // namespace

void TestFuzz::corpus_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("file");
    const QList<FuzzEntries::Target> targets = FuzzEntries::targets();
    for (int i = 0; i < targets.size(); ++i) {
        const QDir dir(corpusDir() + QLatin1Char('/') + targets.at(i).name);
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        // An empty folder would make this test pass without testing anything.
        QVERIFY2(!files.isEmpty(), qPrintable(dir.path()));
        for (const QString& file : files) {
            const QString tag = targets.at(i).name + QLatin1Char('/') + file;
            QTest::newRow(qPrintable(tag)) << i << dir.filePath(file);
        }
    }
}

void TestFuzz::corpus()
{
    QFETCH(int, target);
    QFETCH(QString, file);
    QFile input(file);
    QVERIFY2(input.open(QIODevice::ReadOnly), qPrintable(file));
    // The test is that this returns: no crash, no sanitizer report, no endless loop.
    FuzzEntries::targets().at(target).run(input.readAll());
}

void TestFuzz::seedsAreRealAnswers()
{
    // The seeds were captured from the local registry (capture-corpus.mjs): if one stopped being a GraphQL
    // answer with data, the fuzzers would start from noise.
    const QDir dir(corpusDir() + QStringLiteral("/datapm"));
    for (const QString& file : dir.entryList({QStringLiteral("datapm-*.json")}, QDir::Files)) {
        QFile input(dir.filePath(file));
        QVERIFY(input.open(QIODevice::ReadOnly));
        QVERIFY2(AnswerDecoder::decode(200, input.readAll()).hasData, qPrintable(file));
    }
}

QTEST_GUILESS_MAIN(TestFuzz)
#include "tst_fuzz.moc"
