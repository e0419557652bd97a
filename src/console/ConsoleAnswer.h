#pragma once

#include "core/Error.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

// How one run of the console ended: the registry's whole answer when it sent one (data, errors[], both when
// the data is partial), the error when there is no data (the first of errors[], or why no answer came), and
// the figures people like to see.
struct ConsoleAnswer
{
    QJsonObject answer;   // empty when no JSON answer came (network, deadline, size cap, cancel)
    int httpStatus = 0;   // 0 without an HTTP answer
    bool hasData = false; // data came, possibly with errors[] beside it
    int errorCount = 0;   // entries of errors[]
    Error error;          // without data: why; with data: none
    qint64 elapsedMs = 0;
    qint64 bytesReceived = 0;

    bool isCancelled() const { return error.reason == Error::Reason::Cancelled; }
    // The answer as indented JSON, for the text view.
    QString text() const;
    // One line for the status bar: "200 · 12 ms · 1.2 KB", "Partial data with 2 errors", the error's
    // sentence.
    QString summary() const;
};

Q_DECLARE_METATYPE(ConsoleAnswer)
