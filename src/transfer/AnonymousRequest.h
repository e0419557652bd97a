#pragma once

#include <QNetworkRequest>
#include <QUrl>

// A request that carries no credential of any kind (no header, no cookie, no cached HTTP authentication)
// and is neither answered from nor stored in a cache: download and upload addresses are signed, expire, and
// belong to nobody but the request that asked for them.
inline QNetworkRequest anonymousRequest(const QUrl& url, int inactivityTimeoutMs)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("Depot/" DEPOT_VERSION " Qt/") + qVersion());
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // CDN addresses may redirect; never from https to plain http.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(inactivityTimeoutMs);
    return request;
}
