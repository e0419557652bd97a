#include "CredentialJob.h"

void CredentialJob::succeed(const QByteArray& secret)
{
    if (m_ended)
        return;
    m_ended = true;
    m_secret = secret;
    emit finished();
    m_secret.fill('\0'); // do not leave the secret in a heap block that outlives the handler
    m_secret.clear();
    deleteLater();
}

void CredentialJob::fail(KeychainError error, const QString& detail)
{
    if (m_ended)
        return;
    m_ended = true;
    m_error = error;
    QString text = keychainErrorText(error);
    if (!detail.isEmpty())
        text += QLatin1Char(' ') + detail;
    emit failed(error, text);
    deleteLater();
}
