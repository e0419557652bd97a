#include "HeaderProvider.h"

namespace {

const QByteArray kBearer = QByteArrayLiteral("Bearer ");

// The scheme of an Authorization-style value ("Bearer "), kept in front of a placeholder.
QByteArray schemeOf(const QByteArray& value)
{
    return value.startsWith(kBearer) ? kBearer : QByteArray();
}

// What of `value` may appear on its own in what a person types: the whole value, the token after its scheme,
// and, for a base64 wire form (DataPM's base64(id.secret)), the decoded text and its last part.
QList<QByteArray> recognisableParts(const QByteArray& value)
{
    QList<QByteArray> parts{value};
    const QByteArray token = value.mid(schemeOf(value).size());
    parts << token;
    const auto decoding = QByteArray::fromBase64Encoding(token, QByteArray::AbortOnBase64DecodingErrors);
    if (decoding) {
        const QByteArray& decoded = decoding.decoded;
        parts << decoded;
        const qsizetype cut = qMax(decoded.lastIndexOf('.'), decoded.lastIndexOf(':'));
        if (cut >= 0)
            parts << decoded.mid(cut + 1);
    }
    // "org:project:key": the key alone is a credential too (Metabind accepts it bare).
    const qsizetype colon = token.lastIndexOf(':');
    if (colon >= 0)
        parts << token.mid(colon + 1);
    return parts;
}

} // namespace

HeaderProvider::Headers HeaderProvider::usableHeadersFor(const QUrl& url) const
{
    Headers usable;
    for (const auto& header : headersFor(url)) {
        if (!header.first.trimmed().isEmpty() && !header.second.trimmed().isEmpty())
            usable.append(header);
    }
    return usable;
}

HeaderProvider::Headers HeaderProvider::placeholdersFor(const QUrl& url, const QByteArray& placeholder) const
{
    Headers shown;
    for (const auto& [name, value] : headersFor(url))
        shown.append({name, schemeOf(value) + placeholder});
    return shown;
}

bool HeaderProvider::occursIn(const QUrl& url, const QString& text) const
{
    const QByteArray utf8 = text.toUtf8();
    for (const auto& header : headersFor(url)) {
        for (const QByteArray& part : recognisableParts(header.second)) {
            if (part.size() >= 8 && utf8.contains(part))
                return true;
        }
    }
    return false;
}

QString HeaderProvider::cacheIdentity(const QUrl& /*url*/) const
{
    return {};
}
