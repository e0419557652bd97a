#pragma once

#include <QByteArray>
#include <QString>

// A certificate as people compare it with what a registry's owners publish: who it is for and from, when it
// is valid, the names it covers and its SHA-256 fingerprint, then the certificate itself (PEM) to copy.
namespace CertificateText {

QString describe(const QByteArray& pem);

} // namespace CertificateText
