#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

// One credential for one registry, in the form it travels: a header name and value (e.g.
// "X-API-Key: base64(id.secret)" or "Authorization: Bearer <jwt>"). The registry backend that made it
// decides the form; auth/ stores and sends it without knowing the dialect. The value is a secret: never
// log it, never put it in settings, a window title or an error message.
struct Credential
{
    enum class Kind {
        ApiKey,       // long-lived; kept in the keychain when the user agrees
        SessionToken, // a sign-in token (JWT); memory only, forgotten on sign-out or exit
    };

    Kind kind = Kind::ApiKey;
    QByteArray headerName;
    QByteArray headerValue;
    QString account; // the username or key label it belongs to (not secret), may be empty
    QString keyId;   // the registry's id of an API key (not secret), to match it in key lists
    // Where on the registry's origin the credential is read, when not everywhere: a path prefix ("/app/").
    // A session token with a scope is sent only there, and the API key everywhere else (Metabind reads its
    // sign-in on its REST side and its key on GraphQL). Empty: the whole origin.
    QString scopePath;

    bool isValid() const { return !headerName.isEmpty() && !headerValue.isEmpty(); }

    // Printable ASCII without spaces: what a key, an id or a token may be made of, so that nothing pasted or
    // answered can smuggle a line break (a second header) into a request.
    static bool isHeaderSafe(QByteArrayView bytes)
    {
        for (const char c : bytes) {
            if (c <= ' ' || c > '~')
                return false;
        }
        return !bytes.isEmpty();
    }
    // Overwrites the secret bytes before they are released.
    void wipe()
    {
        headerValue.fill('\0');
        headerValue.clear();
    }
};

Q_DECLARE_METATYPE(Credential)
