#pragma once

#include "registry/parts/PackageFilePublishing.h"

#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// Fetches the first part of a CSV file at an http(s) URL (a plain GET: no credential ever goes to a data
// host), with a size cap and a deadline, and turns it into a package file (DataPmCsvInference). Only the
// first rows are needed, so the download stops once enough bytes are in. It uses the backend's network access
// manager (the system proxy, one connection pool).
class DataPmCsvDraftJob : public PackageFileDraftJob
{
public:
    static constexpr qint64 kMaxBytes = qint64(2) * 1024 * 1024; // plenty for the first 1000 rows
    static constexpr int kDeadlineMs = 30000;
    static constexpr int kInactivityMs = 15000;

    DataPmCsvDraftJob(QNetworkAccessManager* network, const QUrl& url, const PackageFileFields& fields,
                      QObject* parent = nullptr);

private:
    void start();
    void readSome();
    void done(bool complete);
    void failWith(Error::Kind kind, Error::Reason reason, const QString& sentence, int httpStatus = 0);

    QUrl m_url;
    PackageFileFields m_fields;
    QPointer<QNetworkAccessManager> m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer* m_deadline;
    QByteArray m_data;
};
