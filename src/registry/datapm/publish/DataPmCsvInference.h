#pragma once

#include "registry/publish/PackageFileDraft.h"
#include "registry/publish/PackageFileFields.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrl>

// CSV text -> columns with inferred types -> a DataPM package file (v0.32.1) whose source is the URL the
// CSV came from (never a local path). Pure: no I/O and no event loop, so it can be fuzzed.
class DataPmCsvInference
{
public:
    static constexpr int kMaxRows = 1000; // the "first rows" the types are inferred from

    struct Column
    {
        QString name;
        QString type;        // integer, number, boolean, date, date-time or string
        int valueCount = 0;  // non-empty values seen
        int numberCount = 0; // of which numbers (for the range)
        double minNumber = 0;
        double maxNumber = 0;
        qsizetype minLength = 0;
        qsizetype maxLength = 0;
    };
    struct Table
    {
        QList<Column> columns;
        int rows = 0;          // data rows inspected (the header excluded)
        bool complete = false; // the whole text was read (the row count is exact)
    };

    // Splits CSV text into rows with libcsv (RFC 4180 quoting; comma, semicolon or tab: the one found most
    // often outside quotes in the header).
    // `complete` false: the text was cut off, so a last partial row is dropped.
    static QList<QStringList> parse(const QByteArray& text, bool complete, int maxRows = kMaxRows + 1);
    static Table infer(const QList<QStringList>& rows, bool complete);
    static QString typeOf(const QString& value);
    // The package file for `table` found at `source`, with `fields` laid over the generated names and texts.
    static QJsonObject packageFile(const Table& table, const QUrl& source, const PackageFileFields& fields);
    static PackageFileDraft draft(const QByteArray& text, bool complete, const QUrl& source,
                                  const PackageFileFields& fields);
    // "world-cities.csv" -> "world-cities"; always a valid package slug.
    static QString slugFor(const QUrl& source);
};
