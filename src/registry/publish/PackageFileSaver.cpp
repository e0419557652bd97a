#include "PackageFileSaver.h"

#include <QFile>
#include <QSaveFile>

bool PackageFileSaver::save(const QString& path, const QByteArray& expectedCurrent, const QByteArray& newText,
                            QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (newText.isEmpty())
        return fail(tr("The version could not be located in the file, so the file was left as it is."));
    QFile current(path);
    if (!current.open(QIODevice::ReadOnly))
        return fail(tr("The file could not be read again: %1").arg(current.errorString()));
    if (current.readAll() != expectedCurrent)
        return fail(
            tr("The file was changed by another program since Depot read it, so it was left as it is."));
    current.close();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("The file could not be written: %1").arg(file.errorString()));
    if (file.write(newText) != newText.size() || !file.commit())
        return fail(tr("The file could not be written: %1").arg(file.errorString()));
    return true;
}
