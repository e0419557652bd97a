#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Writes a changed package file back to the user's disk, atomically (QSaveFile), and only when the file
// still holds what Depot read: a file changed by someone else meanwhile is never overwritten.
class PackageFileSaver
{
    Q_DECLARE_TR_FUNCTIONS(PackageFileSaver)
public:
    static bool save(const QString& path, const QByteArray& expectedCurrent, const QByteArray& newText,
                     QString* error = nullptr);
};
