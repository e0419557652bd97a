// Acceptance 2, run after every other test (properties.cmake): no secret the suite created (raw API key
// secrets, base64(id.secret), "id.secret", every session token) is in any file under the test HOME (settings,
// caches, keyrings, the local registries' data folders kept there), under build/Testing (CTest's logs, which
// hold the output of every test) or in this run's own output. The secrets come from the ledger the tests
// write (tests/secrets/SecretLedger.h), outside those folders. An empty ledger fails: a scan that cannot find
// anything proves nothing. Hits are reported by file and ledger line, never by value.
#include "SecretLedger.h"

#include <QDirIterator>
#include <QTest>

#ifndef DEPOT_TESTING_DIR
#define DEPOT_TESTING_DIR ""
#endif

namespace {

constexpr qint64 maxFileSize = 512LL * 1024 * 1024;

struct Needle
{
    int ledgerLine;
    QByteArray bytes;
};

QList<Needle> needles(const QList<QByteArray>& secrets)
{
    QList<Needle> list;
    for (int i = 0; i < secrets.size(); ++i) {
        const QByteArray& secret = secrets.at(i);
        // The forms a secret takes when something encodes it on the way to a file.
        for (const QByteArray& form :
             {secret, secret.toBase64(),
              secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
              secret.toPercentEncoding()}) {
            if (form.size() >= 8)
                list.append({i + 1, form});
        }
    }
    return list;
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT
private slots:
    void noSecretLeftAnywhere()
    {
        const QList<QByteArray> secrets = SecretLedger::read();
        QVERIFY2(!secrets.isEmpty(),
                 qPrintable(QStringLiteral("the secret ledger %1 is empty: the tests that "
                                           "create secrets did not run or did not record them")
                                .arg(SecretLedger::path())));
        const QList<Needle> list = needles(secrets);

        QStringList roots{SecretLedger::testHome()};
        const QString testing = QStringLiteral(DEPOT_TESTING_DIR);
        if (!testing.isEmpty() && QFileInfo::exists(testing))
            roots << testing;
        QVERIFY2(!QFileInfo(SecretLedger::path())
                      .canonicalFilePath()
                      .startsWith(QFileInfo(SecretLedger::testHome()).canonicalFilePath() + QLatin1Char('/')),
                 "the ledger lies inside the searched HOME");

        int files = 0;
        QStringList hits;
        for (const QString& root : roots) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                if (file.size() > maxFileSize || !file.open(QIODevice::ReadOnly))
                    continue;
                ++files;
                const QByteArray content = file.readAll();
                for (const Needle& needle : list) {
                    if (content.contains(needle.bytes))
                        hits << QStringLiteral("%1 (ledger line %2)").arg(path).arg(needle.ledgerLine);
                }
            }
        }
        qInfo("searched %d files under %s for %d secrets (%d forms)", files,
              qPrintable(roots.join(QLatin1String(", "))), int(secrets.size()), int(list.size()));
        QVERIFY2(files > 0, "nothing to search");
        QVERIFY2(hits.isEmpty(),
                 qPrintable(QStringLiteral("secrets found in: ") + hits.join(QLatin1String("; "))));
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
