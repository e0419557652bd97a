#include "MetabindKey.h"

#include <QByteArray>
#include <QList>

Credential MetabindKey::credentialFromPastedKey(const QString& pasted)
{
    QByteArray text = pasted.trimmed().toUtf8();
    Credential credential;
    const qsizetype colons = text.count(':');
    bool wellFormed = Credential::isHeaderSafe(text) && (colons == 0 || colons == 2);
    if (wellFormed && colons == 2) {
        const qsizetype first = text.indexOf(':');
        const qsizetype second = text.indexOf(':', first + 1);
        wellFormed = first > 0 && second > first + 1 && second < text.size() - 1;
        if (wellFormed) {
            // org and project are not secret: they say which key this is.
            credential.account = QString::fromUtf8(text.left(second));
        }
    }
    if (wellFormed) {
        credential.kind = Credential::Kind::ApiKey;
        credential.headerName = QByteArrayLiteral("x-api-key");
        credential.headerValue = text;
    }
    text.fill('\0');
    return credential;
}
