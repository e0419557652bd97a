#pragma once

#include "Dialect.h"
#include "RegistryJob.h"

#include <QUrl>

class QNetworkAccessManager;

using DialectJob = ResultJob<Dialect>;

// Finds a URL's dialect by introspection (__schema { queryType { fields { name } } }) and the fields only one
// dialect has. Fails with a clear error for a GraphQL endpoint of an unknown kind (Kind::Unsupported), for a
// URL that is not GraphQL (Kind::Decode / Http / Network), and when introspection is refused (the user then
// picks the dialect). On failure, Error::message is a translated sentence that explains what the URL is (or
// is not) and what to do; show it with the add-registry form (Error::userText() alone is generic for these
// kinds).
namespace DialectDetector {
DialectJob* detect(QNetworkAccessManager* network, const QUrl& endpoint, QObject* parent = nullptr);
} // namespace DialectDetector
