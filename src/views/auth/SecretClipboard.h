#pragma once

#include <QByteArray>
#include <QObject>

#include <chrono>

// Puts a secret on the clipboard and takes it off again after a while (60 s) if the clipboard still holds
// it, so a copied key does not linger for whatever is pasted next. Only a hash of the secret is kept to
// recognise it; the object lives on (parented to the application) after the dialog that copied is gone.
class SecretClipboard : public QObject
{
    Q_OBJECT
public:
    static SecretClipboard* instance();

    void copy(const QString& secret);
    // For tests: how long the secret may stay on the clipboard.
    void setClearAfter(std::chrono::milliseconds delay) { m_clearAfter = delay; }
    std::chrono::milliseconds clearAfter() const { return m_clearAfter; }

signals:
    void cleared();

private:
    explicit SecretClipboard(QObject* parent);
    void clearIfStillThere(const QByteArray& hash);

    std::chrono::milliseconds m_clearAfter{60000};
};
