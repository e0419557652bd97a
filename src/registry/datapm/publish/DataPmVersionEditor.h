#pragma once

#include <QByteArray>
#include <QString>

#include <utility>

// Changes the version of a package file the way a careful person would in an editor: only the characters
// of the top-level "version" string value change; indentation, key order, other values and the line ends
// stay byte for byte. Pure (no I/O).
class DataPmVersionEditor
{
public:
    // Byte offsets [begin, end) of the top-level "version" value including its quotes, or {-1, -1} when
    // `text` is not a JSON object, has no such string value, or has more than one "version" key.
    static std::pair<qsizetype, qsizetype> versionSpan(const QByteArray& text);
    // `text` with the version replaced; empty when versionSpan() finds none.
    static QByteArray withVersion(const QByteArray& text, const QString& version);
};
