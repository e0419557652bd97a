#pragma once

#include "core/Error.h"

#include <QList>

class QSslCertificate;
class QSslError;

// What the TLS errors of a failed handshake say about the registry's certificate, as Error's raw details
// (problems, names, dates, the certificate itself): the sentence comes from the reason (ErrorText.cpp) and
// the views show the certificate. Diagnosis only: the errors are never ignored.
namespace TlsDiagnosis {

// Adds to `error` the problems `errors` name and the certificate `peer` showed (may be null).
void describe(const QList<QSslError>& errors, const QSslCertificate& peer, Error& error);

} // namespace TlsDiagnosis
