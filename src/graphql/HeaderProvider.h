#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

// The only way credentials reach graphql/: an opaque per-registry provider of extra request headers.
// GraphQlClient never logs header values. An implementation returns at most one credential header and
// never an empty value.
class HeaderProvider
{
public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;
    virtual ~HeaderProvider() = default;
    // Headers to add to a request for `url` (the registry's endpoint). Empty = anonymous request.
    virtual Headers headersFor(const QUrl& url) const = 0;
    // headersFor(url) without a header whose name or value is empty: what is really sent. Never an empty
    // X-API-Key: an empty credential is one the server rejects (registries.md).
    Headers usableHeadersFor(const QUrl& url) const;
    // Who requests for `url` are made for, in words that are not secret (an account name, a key's id), so
    // that a cached answer is only ever shown to the identity it was fetched for. Empty when unknown: then
    // answers to requests with a credential are not cached at all.
    virtual QString cacheIdentity(const QUrl& url) const;
    // Whose credential a request for `url` carries, in its non-secret words (a user name, a key's
    // "organization:project"); empty when unknown or when none is sent.
    virtual QString accountFor(const QUrl& url) const
    {
        Q_UNUSED(url);
        return {};
    }

    // The headers a request for `url` gets, each value replaced by `placeholder` (after its scheme, so
    // "Authorization: Bearer <token>" becomes "Authorization: Bearer $PLACEHOLDER"): what a command shown to
    // a person may say instead of the secret (the console's "Copy as curl").
    Headers placeholdersFor(const QUrl& url, const QByteArray& placeholder) const;
    // Whether the credential sent to `url`, or a recognisable part of it (the token after its scheme, what a
    // base64 value decodes to and its last ':' or '.' part), occurs in `text`: such text must not be written
    // to disk. Parts shorter than 8 characters are not looked for (too short to tell from ordinary text).
    bool occursIn(const QUrl& url, const QString& text) const;
};
