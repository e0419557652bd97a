#pragma once

#include <QByteArray>
#include <QList>
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
};
