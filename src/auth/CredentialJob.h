#pragma once

#include "KeychainError.h"

#include <QByteArray>
#include <QObject>

// One keychain operation. Ends exactly once with finished() or failed(), then deletes itself.
// The secret of a read is available from secret() inside the finished() handler only.
class CredentialJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    QByteArray secret() const { return m_secret; }
    KeychainError error() const { return m_error; }
    bool isFinished() const { return m_ended; }

    // For CredentialStore: end the job.
    void succeed(const QByteArray& secret = {});
    void fail(KeychainError error, const QString& detail);

signals:
    void finished();
    // `text` is for people (keychainErrorText plus a technical detail); it never contains a secret.
    void failed(KeychainError error, const QString& text);

private:
    QByteArray m_secret;
    KeychainError m_error = KeychainError::None;
    bool m_ended = false;
};
