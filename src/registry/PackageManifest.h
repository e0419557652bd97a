#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// The file that describes a package as its publisher wrote it (a DataPM package file, a wasmer.toml), and
// what a package page shows of it besides README and licence: the data schemas it declares. Decoded by the
// dialect so that views never parse a registry's file format.
struct PackageManifest
{
    struct Property
    {
        QString name;        // the key in the schema's properties
        QStringList types;   // "string", "integer", "array of string" ...; several when values vary
        QString description; // may be empty
        bool hidden = false;
        QList<Property> children; // properties of an object-typed property
    };
    struct Schema
    {
        QString title;
        QString description;
        qint64 recordCount = -1; // -1 when the file does not say
        QList<Property> properties;
    };

    QString fileName;      // how people know the file: "datapm-package-file.json", "wasmer.toml"
    QString text;          // the file as published, laid out for reading (keys in the publisher's order)
    QList<Schema> schemas; // data schemas, where the registry kind has them

    bool isEmpty() const { return text.isEmpty() && schemas.isEmpty(); }
};

Q_DECLARE_METATYPE(PackageManifest)
