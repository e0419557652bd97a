#include "CredentialPolicy.h"

#include <QHostAddress>

bool CredentialPolicy::isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    // QUrl keeps IPv6 hosts without brackets; QHostAddress knows 127.0.0.0/8 and ::1 (and their mapped
    // forms).
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString CredentialPolicy::refusal(const QUrl& registry)
{
    if (!registry.isValid() || registry.host().isEmpty())
        return tr("The address of this registry is not valid, so no key is sent to it.");
    const QString scheme = registry.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(registry.host()))
            return {};
        //: %1 is a host name, e.g. registry.example.com
        return tr("%1 uses plain HTTP: a key or password sent to it could be read on the network. Use its "
                  "https:// address instead.")
            .arg(registry.host());
    }
    return tr("Credentials are only sent over HTTPS (or plain HTTP to this computer).");
}
