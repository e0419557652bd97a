#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// What a package page shows of a DataPM package file besides README and licence: its schemas with their
// properties, and the file itself indented for reading. Decoded here so that views never parse JSON.
struct PackageFileSummary
{
    struct Property
    {
        QString name;        // the key in "properties"
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

    QList<Schema> schemas;
    QString prettyJson; // the file as sent, indented, with its keys in the publisher's order

    // The summary of a package file's text; nullopt when the text is not a JSON object. Unknown or
    // malformed parts (a schema without properties, a property without types) are shown as far as they go.
    static std::optional<PackageFileSummary> fromJson(const QString& text);
    // Indents JSON text two spaces a level and keeps the order of keys (QJsonDocument would sort them).
    // Expects valid JSON; returns the text unchanged when it is not.
    static QString indentJson(const QString& text);
};

Q_DECLARE_METATYPE(PackageFileSummary)
