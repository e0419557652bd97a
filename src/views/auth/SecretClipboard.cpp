#include "SecretClipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QPointer>
#include <QTimer>

namespace {

QByteArray hashOf(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

SecretClipboard::SecretClipboard(QObject* parent)
    : QObject(parent)
{}

SecretClipboard* SecretClipboard::instance()
{
    // A QPointer: the instance goes with the application object, and a test may create another one.
    static QPointer<SecretClipboard> clipboard;
    if (!clipboard)
        clipboard = new SecretClipboard(QCoreApplication::instance());
    return clipboard;
}

void SecretClipboard::copy(const QString& secret)
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    clipboard->setText(secret, QClipboard::Clipboard);
    const QByteArray hash = hashOf(secret);
    QTimer::singleShot(m_clearAfter, this, [this, hash] { clearIfStillThere(hash); });
}

void SecretClipboard::clearIfStillThere(const QByteArray& hash)
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    // Something else copied since: that is the user's, leave it.
    if (hashOf(clipboard->text(QClipboard::Clipboard)) != hash)
        return;
    clipboard->clear(QClipboard::Clipboard);
    emit cleared();
}
