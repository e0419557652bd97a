#include "TlsDiagnosis.h"

#include <QtNetwork/qtnetworkglobal.h>
#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslError>
#endif

#include <algorithm>

namespace {

#if QT_CONFIG(ssl)
Error::TlsProblem problemOf(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
        return Error::TlsProblem::SelfSigned;
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::UnableToDecryptCertificateSignature:
    case QSslError::InvalidCaCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
        return Error::TlsProblem::UntrustedIssuer;
    case QSslError::CertificateExpired:
        return Error::TlsProblem::Expired;
    case QSslError::CertificateNotYetValid:
        return Error::TlsProblem::NotYetValid;
    case QSslError::HostNameMismatch:
        return Error::TlsProblem::WrongHost;
    case QSslError::CertificateRevoked:
        return Error::TlsProblem::Revoked;
    default:
        return Error::TlsProblem::Other;
    }
}

// The names the certificate is for, as a short list fit for a sentence: a hostile server chooses them.
QString namesOf(const QSslCertificate& certificate)
{
    QStringList names = certificate.subjectAlternativeNames().values(QSsl::DnsEntry);
    names += certificate.subjectAlternativeNames().values(QSsl::IpAddressEntry);
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    QStringList shown;
    for (const QString& name : std::as_const(names)) {
        const bool plain = std::all_of(name.begin(), name.end(), [](QChar c) {
            return c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-') ||
                   c == QLatin1Char('*') || c == QLatin1Char(':') || c == QLatin1Char('_');
        });
        if (plain && !name.isEmpty() && name.size() <= 80 && !shown.contains(name))
            shown.append(name);
        if (shown.size() == 3)
            break;
    }
    if (shown.size() < names.size())
        shown.append(QStringLiteral("…"));
    return shown.join(QStringLiteral(", "));
}
#endif

} // namespace

namespace TlsDiagnosis {

void describe(const QList<QSslError>& errors, const QSslCertificate& peer, Error& error)
{
#if QT_CONFIG(ssl)
    QSslCertificate leaf = peer;
    for (const QSslError& sslError : errors) {
        const Error::TlsProblem problem = problemOf(sslError.error());
        if (!error.tlsProblems.contains(problem))
            error.tlsProblems.append(problem);
        if (leaf.isNull() && !sslError.certificate().isNull())
            leaf = sslError.certificate();
    }
    std::sort(error.tlsProblems.begin(), error.tlsProblems.end());
    if (leaf.isNull())
        return;
    error.certificatePem = leaf.toPem();
    error.certificateNames = namesOf(leaf);
    if (error.tlsProblems.contains(Error::TlsProblem::Expired))
        error.certificateExpiry = leaf.expiryDate();
    else if (error.tlsProblems.contains(Error::TlsProblem::NotYetValid))
        error.certificateExpiry = leaf.effectiveDate();
#else
    Q_UNUSED(errors);
    Q_UNUSED(peer);
    Q_UNUSED(error);
#endif
}

} // namespace TlsDiagnosis
