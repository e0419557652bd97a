// The archive layer on real files in temporary folders: a round trip, what a pack writes, the memory of a
// 1 GiB pack, hostile archives built by hand (TarBuilder, no libarchive), limits, cancel and corrupt input.
// Every unpack test checks first, whatever the outcome, that the folder the target goes in holds nothing new
// but the target: nothing escaped, no temporary folder was left.
#include "TarBuilder.h"
#include "TarListing.h"
#include "ZipBuilder.h"
#include "archive/ArchivePackJob.h"
#include "archive/ArchiveUnpackJob.h"
#include "archive/EntryPath.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <clocale>
#include <functional>
#include <memory>
#include <sys/stat.h>
#include <type_traits>
#include <unistd.h>

namespace {

constexpr qint64 kMiB = 1024 * 1024;
constexpr qint64 kGiB = 1024 * kMiB;

using Reason = RefusedEntry::Reason;
using Kind = ArchiveError::Kind;
using Tree = QMap<QString, QString>;

// How a job ended, collected from its signals (it deletes itself right after).
template <typename Result> struct Outcome
{
    int finished = 0;
    int failed = 0;
    ArchiveError error;
    Result result;
    QList<QPair<qint64, qint64>> progress;

    bool succeeded() const { return finished == 1 && failed == 0; }
    bool failedWith(Kind kind) const { return failed == 1 && finished == 0 && error.kind == kind; }
    QString describe() const
    {
        if (finished + failed != 1)
            return QStringLiteral("%1 finished, %2 failed signals").arg(finished).arg(failed);
        if (finished)
            return QStringLiteral("finished");
        return QStringLiteral("failed: %1 %2 (%3) %4")
            .arg(ArchiveError::kindName(error.kind), error.path, error.detail, error.text());
    }
};

template <typename Job> using ResultOf = decltype(std::declval<Job>().result());
template <typename Job> using ProgressHook = std::type_identity_t<std::function<void(Job*, qint64, qint64)>>;

// Starts `job` and runs the event loop until it ends; `onProgress` may act on the job meanwhile.
template <typename Job>
Outcome<ResultOf<Job>> run(Job* job, const ProgressHook<Job>& onProgress = {}, int timeoutMs = 300000)
{
    Outcome<ResultOf<Job>> outcome;
    QEventLoop loop;
    QSignalSpy progress(job, &ArchiveJob::progress);
    QObject::connect(job, &ArchiveJob::finished, &loop, [&] {
        ++outcome.finished;
        outcome.result = job->result();
        loop.quit();
    });
    QObject::connect(job, &ArchiveJob::failed, &loop, [&](const ArchiveError& error) {
        ++outcome.failed;
        outcome.error = error;
        outcome.result = job->result();
        loop.quit();
    });
    if (onProgress)
        QObject::connect(job, &ArchiveJob::progress, &loop,
                         [job, &onProgress](qint64 done, qint64 total) { onProgress(job, done, total); });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
    QTest::qWait(30); // a second end signal would arrive now
    for (const QList<QVariant>& arguments : std::as_const(progress))
        outcome.progress.append({arguments.at(0).toLongLong(), arguments.at(1).toLongLong()});
    return outcome;
}

QString readLink(const QString& path)
{
    QByteArray target(4096, '\0');
    const ssize_t length =
        ::readlink(QFile::encodeName(path).constData(), target.data(), size_t(target.size()));
    return QFile::decodeName(target.left(length < 0 ? 0 : qsizetype(length)));
}

// Every entry below `root`, links not followed: path -> "folder", "link -> target", "file <size> <sha1>".
Tree snapshot(const QString& root)
{
    Tree tree;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        QString description;
        if (info.isSymLink()) {
            description = QStringLiteral("link -> ") + readLink(path);
        } else if (info.isDir()) {
            description = QStringLiteral("folder");
        } else if (info.isFile()) {
            QFile file(path);
            QCryptographicHash hash(QCryptographicHash::Sha1);
            if (file.open(QIODevice::ReadOnly))
                hash.addData(&file);
            description = QStringLiteral("file %1 %2%3")
                              .arg(info.size())
                              .arg(QString::fromLatin1(hash.result().toHex()),
                                   info.permission(QFileDevice::ExeOwner) ? QStringLiteral(" x") : QString());
        } else {
            description = QStringLiteral("special");
        }
        tree.insert(path.mid(root.size() + 1), description);
    }
    return tree;
}

Tree without(Tree tree, const QString& top)
{
    tree.removeIf([&](const auto& entry) {
        return entry.key() == top || entry.key().startsWith(top + QLatin1Char('/'));
    });
    return tree;
}

QString listTree(const Tree& tree)
{
    QStringList lines;
    for (auto it = tree.cbegin(); it != tree.cend(); ++it)
        lines.append(it.key() + QStringLiteral(": ") + it.value());
    return lines.join(QStringLiteral("\n"));
}

// A job cancelled at its first progress past 0, and what `watched` held at that moment.
template <typename Job> struct Cancelled
{
    Outcome<ResultOf<Job>> outcome;
    bool cancelled = false;
    Tree whileRunning;
    qint64 cancelToEndMs = -1; // includes run()'s wait for stray signals
};

template <typename Job> Cancelled<Job> cancelMidway(Job* job, const QString& watched)
{
    Cancelled<Job> c;
    QElapsedTimer sinceCancel;
    c.outcome = run(job, [&](Job* running, qint64 done, qint64) {
        if (done > 0 && !c.cancelled) {
            c.cancelled = true;
            c.whileRunning = snapshot(watched);
            sinceCancel.start();
            running->cancel();
        }
    });
    if (c.cancelled)
        c.cancelToEndMs = sinceCancel.elapsed();
    return c;
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// "path Reason" for each refusal, in the order they were made: compared whole, a missing or an extra one
// shows.
QStringList refusals(const QList<RefusedEntry>& refused)
{
    QStringList lines;
    for (const RefusedEntry& r : refused)
        lines.append(r.path + QLatin1Char(' ') + RefusedEntry::reasonName(r.reason));
    return lines;
}

// Fields of /proc/self/status, in KiB.
qint64 statusKiB(const QByteArray& name)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(name + ':'))
            return line.mid(name.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Resets VmHWM (the all-time peak) to the current RSS: Linux >= 4.0.
bool resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1 && clearRefs.flush();
}

bool makeSparseFile(const QString& path, qint64 size)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.resize(size);
}

QByteArray gunzip(const QString& path)
{
    QProcess gzip;
    gzip.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), path});
    if (!gzip.waitForFinished(60000) || gzip.exitCode() != 0)
        return {};
    return gzip.readAllStandardOutput();
}

// What an unpack into <parent>/target left, beside the target, and in it.
struct Unpacked
{
    Outcome<UnpackResult> outcome;
    QString target;
    Tree before;   // the parent folder before
    Tree beside;   // the parent folder after, without the target
    Tree inTarget; // the target's content after
    bool targetExists = false;
};

} // namespace

#define QVERIFY_OUTCOME(condition, outcome) QVERIFY2(condition, qPrintable((outcome).describe()))

class TestArchive : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void entryPathSplit_data();
    void entryPathSplit();
    void entryPathLinks_data();
    void entryPathLinks();

    void roundTrip();
    void roundTripInCLocale();
    void packIsPlainAndReproducible();
    void packFailures();
    void sparseGigabytePackKeepsMemoryFlat();
    void cancelPack();

    void unpackRefusesParentComponents();
    void unpackRefusesAbsolutePaths();
    void unpackRefusesLinksOutAndWritesThroughThem();
    void unpackRefusesLinkChains();
    void unpackHardLinks();
    void unpackRefusesDevices();
    void unpackZip();
    void unpackLimitsEntryCount();
    void unpackRefusesDeclaredHugeEntry_data();
    void unpackRefusesDeclaredHugeEntry();
    void unpackLimitsTotalSize();
    void unpackFailPolicy();
    void unpackExistingTarget();
    void unpackCorruptArchives_data();
    void unpackCorruptArchives();
    void cancelUnpack();
    void destroyRunningUnpack();
    void cancelBeforeStart();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    // A tree with what a package holds: nested and empty folders, binary, empty and unicode-named files.
    void makeTree(const QString& root);
    // Builds an archive with `build` outside <work>/parent, unpacks it into <work>/parent/target.
    // <work>/parent holds a sentinel and outside/secret, which the hostile entries aim at.
    Unpacked unpackBuilt(const std::function<void(TarBuilder&, const QString& parent)>& build,
                         const UnpackOptions& options = {});
    Unpacked unpackFile(const QString& archive, const UnpackOptions& options = {});
    // A .tar.gz of a 1 GiB file of zeros (about 1 MiB), packed once for the tests that need a long unpack.
    QString bigArchive();

    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_shared;
    QString m_bigArchive;
};

void TestArchive::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestArchive::cleanup()
{
    m_dir.reset();
}

void TestArchive::makeTree(const QString& root)
{
    QByteArray allBytes;
    for (int i = 0; i < 4096; ++i)
        allBytes.append(char(i % 256));
    QByteArray random(3 * kMiB + 123, Qt::Uninitialized);
    QRandomGenerator generator(13);
    for (char& c : random)
        c = char(generator.bounded(256));
    QVERIFY(writeFile(root + QStringLiteral("/README.md"), "# A package\n"));
    QVERIFY(writeFile(root + QStringLiteral("/bin/tool"), allBytes));
    QVERIFY(QFile::setPermissions(root + QStringLiteral("/bin/tool"),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    QVERIFY(writeFile(root + QStringLiteral("/data/blob.bin"), random));
    QVERIFY(writeFile(root + QStringLiteral("/zero.bin"), {}));
    QVERIFY(writeFile(root + QStringLiteral("/.hidden"), "dot file"));
    QVERIFY(writeFile(root + QStringLiteral("/nested/a/b/c/deep.txt"), "deep"));
    QVERIFY(writeFile(root + QStringLiteral("/ünïcødé/文件 名.txt"), "unicode"));
    QVERIFY(writeFile(root + QStringLiteral("/emoji 🙂.txt"), "emoji"));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/empty")));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/links")));
    QVERIFY(QFile::link(QStringLiteral("../README.md"), root + QStringLiteral("/links/to-readme")));
}

Unpacked TestArchive::unpackBuilt(const std::function<void(TarBuilder&, const QString& parent)>& build,
                                  const UnpackOptions& options)
{
    const QString parent = path(QStringLiteral("parent"));
    writeFile(parent + QStringLiteral("/sentinel.txt"), "sentinel");
    writeFile(parent + QStringLiteral("/outside/secret"), "secret");
    const QString archive = path(QStringLiteral("built.tar"));
    TarBuilder builder(archive);
    build(builder, parent);
    if (!builder.finish())
        qWarning("the test archive could not be written");
    return unpackFile(archive, options);
}

Unpacked TestArchive::unpackFile(const QString& archive, const UnpackOptions& options)
{
    Unpacked unpacked;
    const QString parent = path(QStringLiteral("parent"));
    QDir().mkpath(parent);
    unpacked.target = parent + QStringLiteral("/target");
    unpacked.before = snapshot(parent);
    unpacked.outcome = run(new ArchiveUnpackJob(archive, unpacked.target, options));
    const Tree after = snapshot(parent);
    unpacked.beside = without(after, QStringLiteral("target"));
    unpacked.targetExists = QFileInfo::exists(unpacked.target);
    unpacked.inTarget = snapshot(unpacked.target);
    return unpacked;
}

QString TestArchive::bigArchive()
{
    if (!m_bigArchive.isEmpty())
        return m_bigArchive;
    const QString source = m_shared.filePath(QStringLiteral("zeros"));
    QDir().mkpath(source);
    if (!makeSparseFile(source + QStringLiteral("/zeros.bin"), kGiB))
        return {};
    const QString archive = m_shared.filePath(QStringLiteral("zeros.tar.gz"));
    if (!run(new ArchivePackJob(source, archive)).succeeded())
        return {};
    m_bigArchive = archive;
    return archive;
}

// ---- Entry names and links, as text

void TestArchive::entryPathSplit_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("reason"); // -1: accepted
    QTest::addColumn<QStringList>("components");
    QTest::newRow("plain") << QStringLiteral("a/b") << -1
                           << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("dots and slashes")
        << QStringLiteral("./a//./b/") << -1 << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("root") << QStringLiteral("./") << -1 << QStringList{};
    QTest::newRow("empty") << QString() << int(Reason::BadName) << QStringList{};
    QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << int(Reason::AbsolutePath) << QStringList{};
    QTest::newRow("parent") << QStringLiteral("../x") << int(Reason::ParentComponent) << QStringList{};
    QTest::newRow("parent inside") << QStringLiteral("a/../b") << int(Reason::ParentComponent)
                                   << QStringList{};
    QTest::newRow("dots in a name") << QStringLiteral("a/..b/c..") << -1
                                    << QStringList{QStringLiteral("a"), QStringLiteral("..b"),
                                                   QStringLiteral("c..")};
}

void TestArchive::entryPathSplit()
{
    QFETCH(QString, name);
    QFETCH(int, reason);
    QFETCH(QStringList, components);
    QStringList parts;
    const auto refused = EntryPath::split(name, &parts);
    QCOMPARE(refused ? int(*refused) : -1, reason);
    if (!refused)
        QCOMPARE(parts, components);
}

void TestArchive::entryPathLinks_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("reason"); // -1: accepted
    QTest::addColumn<QString>("resolved");
    QTest::newRow("sibling") << QStringLiteral("a/l") << QStringLiteral("b") << -1 << QStringLiteral("a/b");
    QTest::newRow("up one") << QStringLiteral("a/l") << QStringLiteral("../b") << -1 << QStringLiteral("b");
    QTest::newRow("to the root") << QStringLiteral("a/l") << QStringLiteral("..") << -1 << QString();
    QTest::newRow("above the root") << QStringLiteral("l") << QStringLiteral("..") << int(Reason::LinkOutside)
                                    << QString();
    QTest::newRow("above and back") << QStringLiteral("a/l") << QStringLiteral("../../target/a")
                                    << int(Reason::LinkOutside) << QString();
    QTest::newRow("absolute") << QStringLiteral("l") << QStringLiteral("/etc") << int(Reason::LinkOutside)
                              << QString();
    QTest::newRow("empty") << QStringLiteral("l") << QString() << int(Reason::BadName) << QString();
    // "s" is a link: where "s/.." leads depends on where s leads, not on the text.
    QTest::newRow("through a link") << QStringLiteral("t") << QStringLiteral("s/..")
                                    << int(Reason::LinkThroughLink) << QString();
    QTest::newRow("to a link") << QStringLiteral("t") << QStringLiteral("s") << int(Reason::LinkThroughLink)
                               << QString();
}

void TestArchive::entryPathLinks()
{
    QFETCH(QString, link);
    QFETCH(QString, target);
    QFETCH(int, reason);
    QFETCH(QString, resolved);
    QStringList where;
    const auto refused = EntryPath::resolveLink(
        link.split(QLatin1Char('/')), target, [](const QString& p) { return p == QLatin1String("s"); },
        &where);
    QCOMPARE(refused ? int(*refused) : -1, reason);
    if (!refused)
        QCOMPARE(where.join(QLatin1Char('/')), resolved);
}

// ---- Packing

void TestArchive::roundTrip()
{
    const QString source = path(QStringLiteral("source"));
    makeTree(source);
    QVERIFY(writeFile(source + QStringLiteral("/.git/config"), "[core]"));
    QVERIFY(writeFile(source + QStringLiteral("/build.tmp"), "scratch"));
    QVERIFY(QFile::link(QStringLiteral("/etc/hostname"), source + QStringLiteral("/links/absolute")));
    QVERIFY(QFile::link(QStringLiteral("../../x"), source + QStringLiteral("/links/up")));
    QCOMPARE(::mkfifo(QFile::encodeName(source + QStringLiteral("/fifo")).constData(), 0644), 0);
    const Tree expected =
        without(without(without(without(without(without(snapshot(source), QStringLiteral(".git")),
                                                QStringLiteral("build.tmp")),
                                        QStringLiteral("links/absolute")),
                                QStringLiteral("links/up")),
                        QStringLiteral("fifo")),
                QStringLiteral("package.tar.gz"));

    // The archive goes inside the folder it packs: it must not pack itself (nor its temporary file).
    const QString archive = source + QStringLiteral("/package.tar.gz");
    PackOptions options;
    options.excludedNames = {QStringLiteral(".git")};
    options.exclude = [](const QString& relative, const QFileInfo&) {
        return relative.endsWith(QLatin1String(".tmp"));
    };
    const auto packed = run(new ArchivePackJob(source, archive, options));
    QVERIFY_OUTCOME(packed.succeeded(), packed);
    QCOMPARE(refusals(packed.result.skipped),
             (QStringList{QStringLiteral("fifo SpecialFile"), QStringLiteral("links/absolute LinkOutside"),
                          QStringLiteral("links/up LinkOutside")}));
    QCOMPARE(packed.result.files, 8);
    QCOMPARE(packed.result.links, 1);
    QCOMPARE(packed.result.archiveBytes, QFileInfo(archive).size());
    QVERIFY(!packed.progress.isEmpty());
    QCOMPARE(packed.progress.last().first, packed.result.contentBytes);
    QCOMPARE(packed.progress.last().second, packed.result.contentBytes);
    QCOMPARE(
        QDir(source).entryList(QDir::Hidden | QDir::Files).filter(QStringLiteral("package.tar.gz")).size(),
        1);

    const Unpacked unpacked = unpackFile(archive);
    QVERIFY_OUTCOME(unpacked.outcome.succeeded(), unpacked.outcome);
    QCOMPARE(refusals(unpacked.outcome.result.refused), QStringList());
    QCOMPARE(unpacked.outcome.result.targetDir, unpacked.target);
    QCOMPARE(unpacked.outcome.result.files, 8);
    QCOMPARE(unpacked.outcome.result.links, 1);
    QVERIFY2(unpacked.inTarget == expected,
             qPrintable(QStringLiteral("unpacked:\n%1\nexpected:\n%2")
                            .arg(listTree(unpacked.inTarget), listTree(expected))));
    QCOMPARE(unpacked.beside, unpacked.before);
    QVERIFY(!unpacked.outcome.progress.isEmpty());
    QCOMPARE(unpacked.outcome.progress.last().first, QFileInfo(archive).size());
}

void TestArchive::roundTripInCLocale()
{
    // libarchive converts names with the C library's locale: in "C" unicode names must survive too.
    const QByteArray previous = std::setlocale(LC_ALL, nullptr);
    std::setlocale(LC_ALL, "C");
    const auto restore = qScopeGuard([&] { std::setlocale(LC_ALL, previous.constData()); });
    const QString source = path(QStringLiteral("source"));
    makeTree(source);
    const QString archive = path(QStringLiteral("package.tar.gz"));
    const auto packed = run(new ArchivePackJob(source, archive));
    QVERIFY_OUTCOME(packed.succeeded(), packed);
    const Unpacked unpacked = unpackFile(archive);
    QVERIFY_OUTCOME(unpacked.outcome.succeeded(), unpacked.outcome);
    QVERIFY2(unpacked.inTarget == snapshot(source), qPrintable(listTree(unpacked.inTarget)));
}

void TestArchive::packIsPlainAndReproducible()
{
    const QString source = path(QStringLiteral("source"));
    makeTree(source);
    QVERIFY(writeFile(source + QStringLiteral("/a-b"), "sorted after a/, not before"));
    QVERIFY(writeFile(source + QStringLiteral("/a/z"), "z"));
    PackOptions options;
    options.modificationTime = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    const QString first = path(QStringLiteral("first.tar.gz"));
    const QString second = path(QStringLiteral("second.tar.gz"));
    QVERIFY(run(new ArchivePackJob(source, first, options)).succeeded());
    QTest::qWait(1100); // a second later: a time that leaked into the output would differ
    QVERIFY(run(new ArchivePackJob(source, second, options)).succeeded());
    QCOMPARE(readFile(first), readFile(second));
    QVERIFY(!readFile(first).isEmpty());

    bool ok = false;
    const QList<TarListing::Header> headers = TarListing::read(gunzip(first), &ok);
    QVERIFY(ok);
    QStringList names;
    for (const TarListing::Header& h : headers) {
        const QString name = QString::fromUtf8(h.name);
        names.append(name);
        QVERIFY2(!name.startsWith(QLatin1Char('/')) && !name.startsWith(QLatin1String("./")),
                 h.name.constData());
        QCOMPARE(h.uid, 0);
        QCOMPARE(h.gid, 0);
        QCOMPARE(h.uname, QByteArray());
        QCOMPARE(h.gname, QByteArray());
        QCOMPARE(h.mtime, 1700000000);
        if (h.type == '5')
            QCOMPARE(h.mode, 0755);
        else if (h.type == '0')
            QCOMPARE(h.mode, name == QLatin1String("bin/tool") ? 0755 : 0644);
    }
    // Depth first, siblings by name: a folder's content follows it.
    QStringList expected = names;
    std::sort(expected.begin(), expected.end(), [](const QString& a, const QString& b) {
        const QStringList x = a.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        const QStringList y = b.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        return std::lexicographical_compare(x.cbegin(), x.cend(), y.cbegin(), y.cend());
    });
    QCOMPARE(names, expected);
    QVERIFY(names.indexOf(QStringLiteral("a-b")) > names.indexOf(QStringLiteral("a/z")));
    QVERIFY(names.contains(QStringLiteral("ünïcødé/文件 名.txt")));

    // Without the anonymous owner, the files' own owner.
    PackOptions owned;
    owned.anonymousOwner = false;
    const QString third = path(QStringLiteral("third.tar.gz"));
    QVERIFY(run(new ArchivePackJob(source, third, owned)).succeeded());
    const QList<TarListing::Header> ownedHeaders = TarListing::read(gunzip(third), &ok);
    QVERIFY(ok && !ownedHeaders.isEmpty());
    QCOMPARE(ownedHeaders.first().uid, qint64(::getuid()));
}

void TestArchive::packFailures()
{
    const QString source = path(QStringLiteral("source"));
    makeTree(source);
    const QString out = path(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(out));

    auto outcome =
        run(new ArchivePackJob(path(QStringLiteral("missing")), out + QStringLiteral("/a.tar.gz")));
    QVERIFY_OUTCOME(outcome.failedWith(Kind::SourceUnreadable), outcome);
    outcome = run(new ArchivePackJob(source, path(QStringLiteral("no/such/folder/a.tar.gz"))));
    QVERIFY_OUTCOME(outcome.failedWith(Kind::DestinationUnwritable), outcome);
    QVERIFY(!outcome.error.text().isEmpty());

    // A folder that cannot be read must not pack as an empty one.
    if (::geteuid() != 0) {
        const QString locked = source + QStringLiteral("/nested/a");
        QVERIFY(QFile::setPermissions(locked, QFileDevice::WriteOwner));
        outcome = run(new ArchivePackJob(source, out + QStringLiteral("/a.tar.gz")));
        QFile::setPermissions(locked,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY_OUTCOME(outcome.failedWith(Kind::SourceUnreadable), outcome);
        QCOMPARE(outcome.error.path, QStringLiteral("nested/a"));
    }
    QVERIFY2(snapshot(out).isEmpty(), qPrintable(listTree(snapshot(out))));
}

void TestArchive::sparseGigabytePackKeepsMemoryFlat()
{
    const QString source = path(QStringLiteral("source"));
    QVERIFY(QDir().mkpath(source));
    QVERIFY(makeSparseFile(source + QStringLiteral("/zeros.bin"), kGiB));
    QVERIFY(writeFile(source + QStringLiteral("/small.txt"), "small"));
    const QString archive = path(QStringLiteral("zeros.tar.gz"));

    // VmHWM is the process's all-time peak: reset it to the current RSS first. Where that does not work
    // (Linux < 4.0), the RSS sampled from the event loop during the pack is the figure (the sampling itself
    // allocates, which a sanitizer's quarantine counts: so only then).
    const bool peakReset = resetPeakRss();
    const qint64 startKiB = statusKiB("VmRSS");
    QVERIFY(startKiB > 0);
    if (peakReset)
        QVERIFY2(statusKiB("VmHWM") <= startKiB + 1024, "writing 5 to clear_refs did not reset VmHWM");
    qint64 sampledPeakKiB = startKiB;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout,
                     [&] { sampledPeakKiB = qMax(sampledPeakKiB, statusKiB("VmRSS")); });
    if (!peakReset)
        sampler.start(5);
    QElapsedTimer clock;
    clock.start();
    const auto packed = run(new ArchivePackJob(source, archive));
    const qint64 elapsedMs = clock.elapsed();
    sampler.stop();
    const qint64 peakKiB = peakReset ? statusKiB("VmHWM") : sampledPeakKiB;

    QVERIFY_OUTCOME(packed.succeeded(), packed);
    QCOMPARE(packed.result.contentBytes, kGiB + 5);
    qInfo("1 GiB sparse pack: %lld ms, archive %lld bytes; RSS %lld KiB at start, peak +%lld KiB (%s)",
          elapsedMs, packed.result.archiveBytes, startKiB, peakKiB - startKiB,
          peakReset ? "VmHWM" : "sampled VmRSS");
    QVERIFY2(peakKiB - startKiB < 30 * 1024, "the pack's memory grew with the size of the file");
    QVERIFY(packed.result.archiveBytes < 8 * kMiB);
    QVERIFY(packed.progress.size() >= 2);
    for (qsizetype i = 1; i < packed.progress.size(); ++i)
        QVERIFY(packed.progress.at(i).first >= packed.progress.at(i - 1).first);
}

void TestArchive::cancelPack()
{
    const QString source = path(QStringLiteral("source"));
    QVERIFY(QDir().mkpath(source));
    // 4 GiB, so that going on to the end (seconds even for zeros) cannot hide in the time allowed below.
    QVERIFY(makeSparseFile(source + QStringLiteral("/zeros.bin"), 4 * kGiB));
    const QString out = path(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(out));
    const auto c = cancelMidway(new ArchivePackJob(source, out + QStringLiteral("/zeros.tar.gz")), out);
    QVERIFY_OUTCOME(c.outcome.failedWith(Kind::Canceled), c.outcome);
    QVERIFY(c.cancelled);
    // The work stops at the next block: it does not go on to the end of the file first.
    QVERIFY2(c.cancelToEndMs < 1500, qPrintable(QString::number(c.cancelToEndMs)));
    QCOMPARE(c.whileRunning.size(), 1); // the temporary file: the cancel came mid-pack
    QVERIFY(c.outcome.result.contentBytes < 4 * kGiB);
    QVERIFY2(snapshot(out).isEmpty(), qPrintable(listTree(snapshot(out))));
}

// ---- Hostile archives

void TestArchive::unpackRefusesParentComponents()
{
    const Unpacked u = unpackBuilt([](TarBuilder& tar, const QString&) {
        tar.file("ok.txt", "fine");
        tar.file("../x", "escaped");
        tar.file("a/../../y", "escaped");
        tar.folder("../z/");
        tar.file("./b/../../w", "escaped");
    });
    QCOMPARE(u.beside, u.before);
    QVERIFY_OUTCOME(u.outcome.succeeded(), u.outcome);
    const UnpackResult& result = u.outcome.result;
    QCOMPARE(refusals(result.refused),
             (QStringList{QStringLiteral("../x ParentComponent"), QStringLiteral("a/../../y ParentComponent"),
                          QStringLiteral("../z/ ParentComponent"),
                          QStringLiteral("./b/../../w ParentComponent")}));
    QCOMPARE(u.inTarget.keys(), QStringList{QStringLiteral("ok.txt")});
}

void TestArchive::unpackRefusesAbsolutePaths()
{
    const Unpacked u = unpackBuilt([](TarBuilder& tar, const QString& parent) {
        tar.file("/abs", "escaped");
        tar.file(QFile::encodeName(parent) + "/abs-escaped", "escaped");
        tar.file(QFile::encodeName(parent) + "/outside/secret", "overwritten");
        tar.file("ok.txt", "fine");
    });
    QCOMPARE(u.beside, u.before);
    QVERIFY_OUTCOME(u.outcome.succeeded(), u.outcome);
    const UnpackResult& result = u.outcome.result;
    const QString parent = QFileInfo(u.target).absolutePath();
    QCOMPARE(refusals(result.refused),
             (QStringList{QStringLiteral("/abs AbsolutePath"),
                          parent + QStringLiteral("/abs-escaped AbsolutePath"),
                          parent + QStringLiteral("/outside/secret AbsolutePath")}));
    QVERIFY(!QFileInfo::exists(QStringLiteral("/abs")));
    QCOMPARE(u.inTarget.keys(), QStringList{QStringLiteral("ok.txt")});
}

void TestArchive::unpackRefusesLinksOutAndWritesThroughThem()
{
    const Unpacked u = unpackBuilt([](TarBuilder& tar, const QString& parent) {
        tar.symlink("link", "..");
        tar.file("link/escaped", "escaped");
        tar.symlink("abslink", QFile::encodeName(parent));
        tar.file("abslink/escaped", "escaped");
        tar.folder("abslink/sub/");
        tar.symlink("secret", "../outside/secret");
        tar.file("secret", "overwritten");       // the same name again: through the link, if it had been made
        tar.symlink("docs/readme", "../ok.txt"); // inside: made
        tar.file("ok.txt", "fine");
    });
    QCOMPARE(u.beside, u.before);
    QVERIFY_OUTCOME(u.outcome.succeeded(), u.outcome);
    const UnpackResult& result = u.outcome.result;
    QCOMPARE(
        refusals(result.refused),
        (QStringList{QStringLiteral("link LinkOutside"), QStringLiteral("link/escaped ThroughLink"),
                     QStringLiteral("abslink LinkOutside"), QStringLiteral("abslink/escaped ThroughLink"),
                     QStringLiteral("abslink/sub/ ThroughLink"), QStringLiteral("secret LinkOutside"),
                     QStringLiteral("secret NameTaken")}));
    QCOMPARE(readFile(u.target + QStringLiteral("/docs/readme")), QByteArray("fine"));
    QCOMPARE(u.inTarget.value(QStringLiteral("docs/readme")), QStringLiteral("link -> ../ok.txt"));
    QCOMPARE(u.inTarget.size(), 3); // docs, docs/readme, ok.txt
}

void TestArchive::unpackRefusesLinkChains()
{
    // Each link alone stays inside, but "t" goes through "d1/d2/up", which leads to the root: so "t" leads
    // to the root's parent. The chain is written in the order that hides it (t before the link it uses).
    const Unpacked u = unpackBuilt([](TarBuilder& tar, const QString&) {
        tar.symlink("t", "d1/d2/up/..");
        tar.symlink("d1/d2/up", "../..");
        tar.symlink("d1", "elsewhere"); // a folder above a link, made a link later
        tar.file("t/escaped", "escaped");
    });
    QCOMPARE(u.beside, u.before);
    QVERIFY_OUTCOME(u.outcome.succeeded(), u.outcome);
    const UnpackResult& result = u.outcome.result;
    // t/escaped as it is read; the links once all their names are known, in path order.
    QCOMPARE(refusals(result.refused),
             (QStringList{QStringLiteral("t/escaped ThroughLink"), QStringLiteral("d1/d2/up ThroughLink"),
                          QStringLiteral("t LinkThroughLink")}));
    QCOMPARE(u.inTarget.keys(), QStringList{QStringLiteral("d1")});
    QCOMPARE(u.inTarget.value(QStringLiteral("d1")), QStringLiteral("link -> elsewhere"));
}

void TestArchive::unpackHardLinks()
{
    const Unpacked u = unpackBuilt([](TarBuilder& tar, const QString& parent) {
        tar.hardlink("up", "../outside/secret");
        tar.hardlink("absolute", QFile::encodeName(parent) + "/outside/secret");
        tar.hardlink("not-in-archive", "outside/secret");
        tar.file("up", "overwritten"); // would write through the link, had it been made
        tar.file("f", "same");
        tar.hardlink("h", "f"); // to a file of the archive: made
        tar.hardlink("later", "g");
        tar.file("g", "g");
    });
    QCOMPARE(u.beside, u.before);
    QVERIFY_OUTCOME(u.outcome.succeeded(), u.outcome);
    const UnpackResult& result = u.outcome.result;
    QCOMPARE(refusals(result.refused),
             (QStringList{QStringLiteral("up HardLink"), QStringLiteral("absolute HardLink"),
                          QStringLiteral("not-in-archive HardLink"), QStringLiteral("later HardLink")}));
    QCOMPARE(readFile(u.target + QStringLiteral("/up")), QByteArray("overwritten"));
    QCOMPARE(readFile(u.target + QStringLiteral("/h")), QByteArray("same"));
    struct stat f = {};
    struct stat h = {};
    QCOMPARE(::stat(QFile::encodeName(u.target + QStringLiteral("/f")).constData(), &f), 0);
    QCOMPARE(::stat(QFile::encodeName(u.target + QStringLiteral("/h")).constData(), &h), 0);
    QCOMPARE(f.st_ino, h.st_ino);
    QCOMPARE(result.links, 1);
}

void TestArchive::unpackRefusesDevices()
{
    const Unpacked u = unpackBuilt([](TarBuilder& tar, const QString&) {
        tar.special("null", '3');
        tar.special("disk", '4');
        tar.special("pipe", '6');
        tar.file("ok.txt", "fine");
    });
    QCOMPARE(u.beside, u.before);
    QVERIFY_OUTCOME(u.outcome.succeeded(), u.outcome);
    const UnpackResult& result = u.outcome.result;
    QCOMPARE(refusals(result.refused),
             (QStringList{QStringLiteral("null SpecialFile"), QStringLiteral("disk SpecialFile"),
                          QStringLiteral("pipe SpecialFile")}));
    QCOMPARE(u.inTarget.keys(), QStringList{QStringLiteral("ok.txt")});
}

void TestArchive::unpackZip()
{
    // The same checks for zip names and links (a zip link's target is its content).
    const QString archive = path(QStringLiteral("built.zip"));
    ZipBuilder zip(archive);
    zip.file("ok.txt", "fine");
    zip.folder("sub/");
    zip.file("sub/ünïcødé.txt", "inner");
    zip.file("../evil.txt", "escaped");
    zip.symlink("link", "../outside/secret");
    zip.file("link/escaped", "escaped");
    zip.symlink("sub/readme", "../ok.txt");
    QVERIFY(zip.finish());
    const QString parent = path(QStringLiteral("parent"));
    QVERIFY(writeFile(parent + QStringLiteral("/outside/secret"), "secret"));
    const Unpacked u = unpackFile(archive);
    QCOMPARE(u.beside, u.before);
    QVERIFY_OUTCOME(u.outcome.succeeded(), u.outcome);
    QCOMPARE(refusals(u.outcome.result.refused),
             (QStringList{QStringLiteral("../evil.txt ParentComponent"), QStringLiteral("link LinkOutside"),
                          QStringLiteral("link/escaped ThroughLink")}));
    QCOMPARE(u.inTarget.keys(),
             (QStringList{QStringLiteral("ok.txt"), QStringLiteral("sub"), QStringLiteral("sub/readme"),
                          QStringLiteral("sub/ünïcødé.txt")}));
    QCOMPARE(readFile(u.target + QStringLiteral("/sub/ünïcødé.txt")), QByteArray("inner"));
    QCOMPARE(readFile(u.target + QStringLiteral("/sub/readme")), QByteArray("fine"));
}

void TestArchive::unpackLimitsEntryCount()
{
    QElapsedTimer clock;
    clock.start();
    const Unpacked u = unpackBuilt([](TarBuilder& tar, const QString&) {
        for (int i = 1; i <= 100'000; ++i)
            tar.file("e/" + QByteArray::number(i).rightJustified(6, '0'));
    });
    QCOMPARE(u.beside, u.before);
    qInfo("100,000 empty entries: refused after %lld ms", clock.elapsed());
    QVERIFY_OUTCOME(u.outcome.failedWith(Kind::LimitExceeded), u.outcome);
    QCOMPARE(u.outcome.error.refusal.reason, Reason::TooManyEntries);
    QCOMPARE(u.outcome.error.path, QStringLiteral("e/010001"));
    QCOMPARE(refusals(u.outcome.result.refused), QStringList{QStringLiteral("e/010001 TooManyEntries")});
    QVERIFY(!u.targetExists);
}

void TestArchive::unpackRefusesDeclaredHugeEntry_data()
{
    QTest::addColumn<bool>("base256");
    QTest::newRow("pax size record") << false;
    QTest::newRow("base-256 size field") << true;
}

void TestArchive::unpackRefusesDeclaredHugeEntry()
{
    QFETCH(bool, base256);
    constexpr qint64 declared = 10 * kGiB;
    QElapsedTimer clock;
    clock.start();
    const Unpacked u = unpackBuilt([&](TarBuilder& tar, const QString&) {
        tar.file("before.txt", "fine");
        if (base256)
            tar.base256DeclaredSize("huge.bin", declared, "a short body");
        else
            tar.paxDeclaredSize("huge.bin", declared, "a short body");
    });
    QCOMPARE(u.beside, u.before);
    QVERIFY_OUTCOME(u.outcome.failedWith(Kind::LimitExceeded), u.outcome);
    QCOMPARE(u.outcome.error.refusal.reason, Reason::EntryTooLarge);
    QCOMPARE(u.outcome.error.refusal.detail, QString::number(declared));
    QCOMPARE(refusals(u.outcome.result.refused), QStringList{QStringLiteral("huge.bin EntryTooLarge")});
    QVERIFY(!u.targetExists);
    QVERIFY(clock.elapsed() < 10000);
}

void TestArchive::unpackLimitsTotalSize()
{
    UnpackOptions options;
    options.limits.maxTotalBytes = kMiB;
    const QByteArray content(400 * 1024, 'x');
    const Unpacked u = unpackBuilt(
        [&](TarBuilder& tar, const QString&) {
            tar.file("one", content);
            tar.file("two", content);
            tar.file("three", content);
        },
        options);
    QCOMPARE(u.beside, u.before);
    QVERIFY_OUTCOME(u.outcome.failedWith(Kind::LimitExceeded), u.outcome);
    QCOMPARE(u.outcome.error.refusal.reason, Reason::TotalTooLarge);
    QCOMPARE(u.outcome.error.path, QStringLiteral("three"));
    QVERIFY(!u.targetExists);

    options = {};
    options.limits.maxEntryBytes = 100 * 1024;
    const Unpacked single =
        unpackBuilt([&](TarBuilder& tar, const QString&) { tar.file("one", content); }, options);
    QVERIFY_OUTCOME(single.outcome.failedWith(Kind::LimitExceeded), single.outcome);
    QCOMPARE(single.outcome.error.refusal.reason, Reason::EntryTooLarge);
    QCOMPARE(single.beside, single.before);
}

void TestArchive::unpackFailPolicy()
{
    UnpackOptions options;
    options.onRefusal = UnpackOptions::OnRefusal::Fail;
    const Unpacked u = unpackBuilt(
        [](TarBuilder& tar, const QString&) {
            tar.file("ok.txt", "fine");
            tar.file("../x", "escaped");
            tar.file("later.txt", "fine");
        },
        options);
    QCOMPARE(u.beside, u.before);
    QVERIFY_OUTCOME(u.outcome.failedWith(Kind::EntryRefused), u.outcome);
    QCOMPARE(u.outcome.error.refusal.reason, Reason::ParentComponent);
    QCOMPARE(u.outcome.error.path, QStringLiteral("../x"));
    QVERIFY(u.outcome.error.text().contains(QStringLiteral("../x")));
    QVERIFY(!u.targetExists);
}

void TestArchive::unpackExistingTarget()
{
    const QString target = path(QStringLiteral("parent/target"));
    QVERIFY(writeFile(target + QStringLiteral("/old.txt"), "old"));
    const auto build = [](TarBuilder& tar, const QString&) {
        tar.file("new.txt", "new");
    };

    const Unpacked refused = unpackBuilt(build);
    QVERIFY_OUTCOME(refused.outcome.failedWith(Kind::TargetExists), refused.outcome);
    QCOMPARE(refused.inTarget.keys(), QStringList{QStringLiteral("old.txt")});
    QCOMPARE(refused.beside, without(refused.before, QStringLiteral("target")));

    UnpackOptions replace;
    replace.replaceExisting = true;
    const Unpacked replaced = unpackBuilt(build, replace);
    QVERIFY_OUTCOME(replaced.outcome.succeeded(), replaced.outcome);
    QCOMPARE(replaced.inTarget.keys(), QStringList{QStringLiteral("new.txt")});
    // Neither the old folder nor a temporary one is left beside the target.
    QCOMPARE(replaced.beside, without(replaced.before, QStringLiteral("target")));

    // A file where the folder would go is not replaced.
    QVERIFY(QDir(target).removeRecursively());
    QVERIFY(writeFile(target, "a file"));
    const Unpacked file = unpackBuilt(build, replace);
    QVERIFY_OUTCOME(file.outcome.failedWith(Kind::TargetExists), file.outcome);
    QCOMPARE(readFile(target), QByteArray("a file"));
}

void TestArchive::unpackCorruptArchives_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("error");
    QTest::newRow("truncated tar.gz") << QStringLiteral("truncated") << int(Kind::Corrupt);
    QTest::newRow("garbage") << QStringLiteral("garbage") << int(Kind::Corrupt);
    QTest::newRow("bad checksum") << QStringLiteral("checksum") << int(Kind::Corrupt);
    QTest::newRow("missing") << QStringLiteral("missing") << int(Kind::SourceUnreadable);
}

void TestArchive::unpackCorruptArchives()
{
    QFETCH(QString, kind);
    QFETCH(int, error);
    const QString archive = path(QStringLiteral("archive"));
    if (kind == QLatin1String("truncated")) {
        const QString source = path(QStringLiteral("source"));
        makeTree(source);
        QVERIFY(run(new ArchivePackJob(source, archive)).succeeded());
        QFile file(archive);
        QVERIFY(file.resize(file.size() / 2));
    } else if (kind == QLatin1String("garbage")) {
        QByteArray noise(64 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(7);
        for (char& c : noise)
            c = char(generator.bounded(256));
        QVERIFY(writeFile(archive, noise));
    } else if (kind == QLatin1String("checksum")) {
        TarBuilder tar(archive);
        tar.file("a.txt", "a");
        tar.file("b.txt", "b");
        QVERIFY(tar.finish());
        QByteArray bytes = readFile(archive);
        bytes[1024 + 10] = 'X'; // in b.txt's header name
        QVERIFY(writeFile(archive, bytes));
    }
    const Unpacked u = unpackFile(archive);
    QVERIFY_OUTCOME(u.outcome.failedWith(Kind(error)), u.outcome);
    QVERIFY(!u.outcome.error.text().isEmpty());
    QVERIFY(!u.targetExists);
    QCOMPARE(u.beside, u.before);
}

void TestArchive::cancelUnpack()
{
    const QString archive = bigArchive();
    QVERIFY(!archive.isEmpty());
    const QString parent = path(QStringLiteral("parent"));
    QVERIFY(writeFile(parent + QStringLiteral("/sentinel.txt"), "sentinel"));
    const Tree before = snapshot(parent);
    const auto c = cancelMidway(new ArchiveUnpackJob(archive, parent + QStringLiteral("/target")), parent);
    QVERIFY_OUTCOME(c.outcome.failedWith(Kind::Canceled), c.outcome);
    QVERIFY(c.cancelled);
    QVERIFY2(c.cancelToEndMs < 1500, qPrintable(QString::number(c.cancelToEndMs)));
    // The temporary folder with the half-written file: the cancel came mid-unpack.
    QCOMPARE(c.whileRunning.size(), before.size() + 2);
    QVERIFY(c.outcome.result.contentBytes < kGiB);
    QCOMPARE(snapshot(parent), before);
}

void TestArchive::destroyRunningUnpack()
{
    const QString archive = bigArchive();
    QVERIFY(!archive.isEmpty());
    const QString parent = path(QStringLiteral("parent"));
    QVERIFY(QDir().mkpath(parent));
    auto* job = new ArchiveUnpackJob(archive, parent + QStringLiteral("/target"));
    QSignalSpy finished(job, &ArchiveJob::finished);
    QSignalSpy failed(job, &ArchiveJob::failed);
    QEventLoop loop;
    QObject::connect(job, &ArchiveJob::progress, &loop, [&](qint64 done, qint64) {
        if (done > 0)
            loop.quit();
    });
    job->start();
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    QVERIFY(!snapshot(parent).isEmpty()); // the work is under way
    delete job;                           // waits for the worker, which removes what it wrote
    QVERIFY2(snapshot(parent).isEmpty(), qPrintable(listTree(snapshot(parent))));
    QTest::qWait(50);
    QCOMPARE(finished.size() + failed.size(), 0);
}

void TestArchive::cancelBeforeStart()
{
    auto* job = new ArchivePackJob(path(QStringLiteral("missing")), path(QStringLiteral("a.tar.gz")));
    QSignalSpy failed(job, &ArchiveJob::failed);
    job->cancel();
    QCOMPARE(failed.size(), 0); // signals come from the event loop
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().first().value<ArchiveError>().kind, Kind::Canceled);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("a.tar.gz"))));
}

QTEST_GUILESS_MAIN(TestArchive)
#include "tst_archive.moc"
