#include "CertificateText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <QtNetwork/qtnetworkglobal.h>
#if QT_CONFIG(ssl)
#include <QSslCertificate>
#endif

namespace {

#if QT_CONFIG(ssl)
// "Example Registry (Example Org)": the common name, and the organization when there is one.
QString party(const QSslCertificate& certificate, bool issuer)
{
    const auto info = [&](QSslCertificate::SubjectInfo field) {
        return (issuer ? certificate.issuerInfo(field) : certificate.subjectInfo(field))
            .join(QStringLiteral(", "));
    };
    const QString name = info(QSslCertificate::CommonName);
    const QString organization = info(QSslCertificate::Organization);
    if (organization.isEmpty() || organization == name)
        return name;
    return QStringLiteral("%1 (%2)").arg(name, organization);
}
#endif

} // namespace

namespace CertificateText {

QString describe(const QByteArray& pem)
{
#if QT_CONFIG(ssl)
    const QSslCertificate certificate(pem);
    if (certificate.isNull())
        return QString::fromLatin1(pem);
    const QLocale locale;
    QStringList names = certificate.subjectAlternativeNames().values(QSsl::DnsEntry);
    names += certificate.subjectAlternativeNames().values(QSsl::IpAddressEntry);
    const QString fingerprint =
        QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    QStringList lines{
        QCoreApplication::translate("CertificateText", "Issued to: %1").arg(party(certificate, false)),
        QCoreApplication::translate("CertificateText", "Issued by: %1").arg(party(certificate, true)),
        QCoreApplication::translate("CertificateText", "Valid from %1 to %2")
            .arg(locale.toString(certificate.effectiveDate().toLocalTime(), QLocale::ShortFormat),
                 locale.toString(certificate.expiryDate().toLocalTime(), QLocale::ShortFormat)),
        QCoreApplication::translate("CertificateText", "Names: %1")
            .arg(names.isEmpty() ? QCoreApplication::translate("CertificateText", "none")
                                 : names.join(QStringLiteral(", "))),
        QCoreApplication::translate("CertificateText", "SHA-256 fingerprint: %1").arg(fingerprint),
        QString(),
        QString::fromLatin1(certificate.toPem()).trimmed(),
    };
    return lines.join(QLatin1Char('\n'));
#else
    return QString::fromLatin1(pem);
#endif
}

} // namespace CertificateText
