#pragma once

#include <QSslConfiguration>
#include <QString>
#include <QTemporaryDir>

// Throwaway TLS certificates made with openssl for one test: a self-signed one for 127.0.0.1, and from a
// test authority one for 127.0.0.1 (fine once the authority is trusted), one that has expired and one for
// another host (registry.example.org). For TLS servers (QSslServer) that Depot must refuse.
class TestCertificates
{
public:
    // Names of the certificates make() writes.
    static constexpr const char* selfSigned = "self.pem";
    static constexpr const char* fromAuthority = "leaf.pem";
    static constexpr const char* expired = "expired.pem";
    static constexpr const char* wrongHost = "wrong-host.pem";

    // False (and why) when openssl is missing or fails.
    bool make(QString* error);
    // A server's configuration that shows certificate `name` (one of the above).
    QSslConfiguration serverConfiguration(const QString& name) const;
    QSslCertificate certificate(const QString& name) const;
    QSslCertificate authority() const;

private:
    QByteArray read(const QString& file) const;

    QTemporaryDir m_dir;
};
