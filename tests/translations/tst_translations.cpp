// Every user-visible string goes through tr() and has a German translation: lupdate runs over the sources
// into a temporary copy of translations/depot_de.ts (the committed file stays as it is), then the copy must
// have no unfinished entry, and at most 10% of its translations may equal their source text (a few do
// rightly: "OK", "README", product names; many would mean copy-and-paste instead of translation).

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Entry
{
    QString context;
    QString source;
    QStringList translations; // one, or one per numerus form
    QString type;             // "", "unfinished", "vanished", "obsolete"
};

QList<Entry> readTs(const QString& path, QString* error)
{
    QList<Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return entries;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            entry = Entry{context, {}, {}, {}};
        } else if (name == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            entry.type = xml.attributes().value(QLatin1String("type")).toString();
            // Either text, or <numerusform> children.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    entry.translations.append(xml.readElementText());
            }
            if (entry.translations.isEmpty())
                entry.translations.append(text);
            entries.append(entry);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return entries;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void germanIsComplete();
    void englishPluralsAreComplete();
};

void TestTranslations::germanIsComplete()
{
    const QString lupdate = QStringLiteral(DEPOT_LUPDATE);
    if (!QFile::exists(lupdate))
        QSKIP("lupdate is not installed");
    const QDir source(QStringLiteral(DEPOT_SOURCE_DIR));
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString copy = temp.filePath(QStringLiteral("depot_de.ts"));
    QVERIFY(QFile::copy(source.filePath(QStringLiteral("translations/depot_de.ts")), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    // The options of the depot_lupdate target (app/CMakeLists.txt).
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(lupdate, {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                            QStringLiteral("none"), source.filePath(QStringLiteral("src")),
                            source.filePath(QStringLiteral("app/main.cpp")), QStringLiteral("-ts"), copy});
    QVERIFY2(process.waitForFinished(240000), qPrintable(process.errorString()));
    const QString output = QString::fromUtf8(process.readAll());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(output));

    QString error;
    const QList<Entry> entries = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(entries.size() > 100, qPrintable(output)); // lupdate found the sources

    QStringList unfinished;
    int translated = 0;
    QStringList same;
    for (const Entry& entry : entries) {
        if (entry.type == QLatin1String("vanished") || entry.type == QLatin1String("obsolete"))
            continue;
        if (entry.type == QLatin1String("unfinished") ||
            std::any_of(entry.translations.cbegin(), entry.translations.cend(),
                        [](const QString& text) { return text.isEmpty(); })) {
            unfinished.append(QStringLiteral("%1: %2").arg(entry.context, entry.source));
            continue;
        }
        ++translated;
        if (entry.translations.size() == 1 && entry.translations.first() == entry.source)
            same.append(entry.source);
    }
    if (!unfinished.isEmpty()) {
        qWarning().noquote() << "Unfinished German translations (cmake --build <dir> --target depot_lupdate, "
                                "then translate translations/depot_de.ts):\n "
                             << unfinished.mid(0, 40).join(QStringLiteral("\n  "));
    }
    QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("%1 unfinished").arg(unfinished.size())));
    const double share = translated > 0 ? double(same.size()) / translated : 0.0;
    QVERIFY2(share <= 0.10, qPrintable(QStringLiteral("%1 of %2 translations equal their source: %3")
                                           .arg(same.size())
                                           .arg(translated)
                                           .arg(same.mid(0, 30).join(QStringLiteral(" | ")))));
}

// English is the source language, but "%n catalog(s)" needs its plural forms translated too, or people read
// "2 catalog(s)". translations/plurals/depot_en.ts holds them (lupdate -pluralonly).
void TestTranslations::englishPluralsAreComplete()
{
    const QString lupdate = QStringLiteral(DEPOT_LUPDATE);
    const QString lrelease = QStringLiteral(DEPOT_LRELEASE);
    if (!QFile::exists(lupdate) || !QFile::exists(lrelease))
        QSKIP("lupdate or lrelease is not installed");
    const QDir source(QStringLiteral(DEPOT_SOURCE_DIR));
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString copy = temp.filePath(QStringLiteral("depot_en.ts"));
    QVERIFY(QFile::copy(source.filePath(QStringLiteral("translations/plurals/depot_en.ts")), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(lupdate, {QStringLiteral("-pluralonly"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                            QStringLiteral("none"), source.filePath(QStringLiteral("src")),
                            source.filePath(QStringLiteral("app/main.cpp")), QStringLiteral("-ts"), copy});
    QVERIFY2(process.waitForFinished(240000), qPrintable(process.errorString()));
    QVERIFY2(process.exitCode() == 0, qPrintable(QString::fromUtf8(process.readAll())));
    QString error;
    const QList<Entry> entries = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!entries.isEmpty());
    for (const Entry& entry : entries) {
        QVERIFY2(entry.type != QLatin1String("unfinished") && entry.translations.size() == 2,
                 qPrintable(QStringLiteral("%1: %2").arg(entry.context, entry.source)));
    }
    // And a person reads "1 catalog", "2 catalogs".
    const QString qm = temp.filePath(QStringLiteral("depot_en.qm"));
    process.start(lrelease, {copy, QStringLiteral("-qm"), qm});
    QVERIFY(process.waitForFinished(60000) && process.exitCode() == 0);
    QTranslator english;
    QVERIFY(english.load(qm));
    QCoreApplication::installTranslator(&english);
    const QString one = QCoreApplication::translate("PublishCatalogPage", "%n catalog(s) of yours.", nullptr, 1);
    const QString two = QCoreApplication::translate("PublishCatalogPage", "%n catalog(s) of yours.", nullptr, 2);
    QCoreApplication::removeTranslator(&english);
    QCOMPARE(one, QStringLiteral("1 catalog of yours."));
    QCOMPARE(two, QStringLiteral("2 catalogs of yours."));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
