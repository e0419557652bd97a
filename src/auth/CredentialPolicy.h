#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// May a credential be sent to (or stored for) a registry at this address? Only over HTTPS, or over plain
// HTTP to the machine itself (127.0.0.0/8, ::1, localhost), where nobody on the network can read it.
// Everything else is refused with a sentence people can act on. GraphQlClient enforces the same rule on
// every request; this class lets auth/ and the views refuse earlier, before a key is stored or typed in.
class CredentialPolicy
{
    Q_DECLARE_TR_FUNCTIONS(CredentialPolicy)
public:
    static bool allows(const QUrl& registry) { return refusal(registry).isEmpty(); }
    // Empty when allowed, else a translated sentence saying why not.
    static QString refusal(const QUrl& registry);
    static bool isLoopbackHost(const QString& host);
};
