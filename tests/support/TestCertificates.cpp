#include "TestCertificates.h"

#include <QFile>
#include <QProcess>
#include <QSslKey>

namespace {

// Runs openssl with `arguments` in `dir`; false when it is missing or fails.
bool openssl(const QString& dir, const QStringList& arguments)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral("openssl"), arguments);
    return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

QStringList args(std::initializer_list<const char*> words)
{
    QStringList list;
    for (const char* word : words)
        list.append(QString::fromLatin1(word));
    return list;
}

} // namespace

bool TestCertificates::make(QString* error)
{
    const QString d = m_dir.path();
    const QStringList newKey = args({"-newkey", "rsa:2048", "-nodes"});
    // The leaf key is used twice: Qt also matches the common name, so the wrong-host one needs another name.
    if (!openssl(d, args({"req", "-x509"}) + newKey +
                        args({"-keyout", "self.key", "-out", "self.pem", "-days", "2", "-subj",
                              "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"})) ||
        !openssl(d, args({"req", "-x509"}) + newKey +
                        args({"-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj",
                              "/CN=Depot Test Authority"})) ||
        !openssl(d, args({"req"}) + newKey +
                        args({"-keyout", "leaf.key", "-out", "leaf.csr", "-subj", "/CN=127.0.0.1"})) ||
        !openssl(d, args({"req", "-new", "-key", "leaf.key", "-out", "other.csr", "-subj",
                          "/CN=registry.example.org"}))) {
        *error = QStringLiteral("openssl could not make the test certificates");
        return false;
    }
    // Signed by the authority; "-days -1" ends the validity a day before it starts (expired, not future).
    struct Signed
    {
        const char* name;
        const char* request;
        const char* days;
        const char* extension;
    };
    for (const Signed& spec :
         {Signed{fromAuthority, "leaf.csr", "2", "subjectAltName=IP:127.0.0.1"},
          Signed{expired, "leaf.csr", "-1", "subjectAltName=IP:127.0.0.1"},
          Signed{wrongHost, "other.csr", "2", "subjectAltName=DNS:registry.example.org"}}) {
        QFile extensions(m_dir.filePath(QString::fromLatin1(spec.name) + QStringLiteral(".ext")));
        if (!extensions.open(QIODevice::WriteOnly) ||
            extensions.write(QByteArray(spec.extension) + '\n') <= 0) {
            *error = QStringLiteral("could not write %1").arg(extensions.fileName());
            return false;
        }
        extensions.close();
        if (!openssl(d, args({"x509", "-req", "-in", spec.request, "-CA", "ca.pem", "-CAkey", "ca.key",
                              "-CAcreateserial", "-out", spec.name, "-days", spec.days, "-extfile"}) +
                            QStringList{extensions.fileName()})) {
            *error = QStringLiteral("openssl could not sign %1").arg(QString::fromLatin1(spec.name));
            return false;
        }
    }
    return true;
}

QByteArray TestCertificates::read(const QString& file) const
{
    QFile in(m_dir.filePath(file));
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

QSslCertificate TestCertificates::certificate(const QString& name) const
{
    return QSslCertificate(read(name));
}

QSslCertificate TestCertificates::authority() const
{
    return QSslCertificate(read(QStringLiteral("ca.pem")));
}

QSslConfiguration TestCertificates::serverConfiguration(const QString& name) const
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate(name));
    const bool self = name == QLatin1String(selfSigned);
    tls.setPrivateKey(
        QSslKey(read(self ? QStringLiteral("self.key") : QStringLiteral("leaf.key")), QSsl::Rsa));
    return tls;
}
