#include "JobSupport.h"

#include <QJsonDocument>

namespace JobSupport {

Error withoutSecret(Error error, const QString& secret)
{
    if (secret.isEmpty())
        return error;
    error.message.replace(secret, QStringLiteral("…"));
    error.subject.replace(secret, QStringLiteral("…"));
    // The extensions are kept for their codes; if the secret is anywhere in them, they all go.
    if (QString::fromUtf8(QJsonDocument(error.extensions).toJson(QJsonDocument::Compact)).contains(secret))
        error.extensions = {};
    return error;
}

} // namespace JobSupport
