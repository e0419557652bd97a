#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

// A new package file made from data at a URL (e.g. a CSV file), for the publish wizard to edit and send.
struct PackageFileDraft
{
    struct Column
    {
        QString name;
        QString type; // the registry's type name: "integer", "number", "boolean", "date", "string"
    };

    QByteArray text;       // the package file (JSON)
    QUrl source;           // where the data is; the file's source points there, never to a local path
    QList<Column> columns; // inferred from the first rows
    int rowsInspected = 0;
};

Q_DECLARE_METATYPE(PackageFileDraft)
