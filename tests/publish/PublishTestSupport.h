#pragma once

// Shared by the publish tests: awaiting jobs, a signed-in DataPM backend on the local registry, package
// files written the way a person writes them (own key order, two-space indent) and the request log.

#include "auth/Credential.h"
#include "graphql/HeaderProvider.h"
#include "support/JobOutcome.h"
#include "support/LocalRegistry.h"
#include "support/TestDialects.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <mutex>

// No namespace: moc mistakes a test class in a file using one for a member of it.
// A tiny HeaderProvider whose credential the test sets after signing in.
class SessionHeaders : public HeaderProvider
{
public:
    void set(const Credential& credential)
    {
        std::lock_guard lock(m_mutex);
        m_headers.clear();
        if (credential.isValid())
            m_headers.append({credential.headerName, credential.headerValue});
    }
    Headers headersFor(const QUrl&) const override
    {
        std::lock_guard lock(m_mutex);
        return m_headers;
    }

private:
    mutable std::mutex m_mutex;
    Headers m_headers;
};

struct Column
{
    QString name;
    QString type;
};

// A package file as a person writes it: its own key order, two-space indentation, "\n" line ends.
inline QByteArray packageFile(const QString& slug, const QString& version, const QList<Column>& columns,
                              const QString& readme = QStringLiteral("# Test data\n\nRows for a test."))
{
    QStringList properties;
    for (const Column& column : columns)
        properties.append(
            QStringLiteral(
                "        \"%1\": { \"title\": \"%1\", \"types\": { \"%2\": { \"recordCount\": 3 } } }")
                .arg(column.name, column.type));
    const QString escapedReadme = QString(readme).replace(QLatin1String("\n"), QLatin1String("\\n"));
    const QString text = QStringLiteral(R"({
  "$schema": "https://datapm.io/docs/package-file-schema-v0.32.1.json",
  "packageSlug": "%1",
  "displayName": "Test data %1",
  "description": "Rows made by the publish tests.",
  "version": "%2",
  "updatedDate": "2026-01-05T10:00:00.000Z",
  "canonical": true,
  "readmeMarkdown": "%3",
  "licenseMarkdown": "# License\n\nPublic domain.",
  "schemas": [
    {
      "title": "rows",
      "properties": {
%4
      }
    }
  ],
  "sources": [
    {
      "slug": "csv",
      "type": "http",
      "connectionConfiguration": { "uri": "https://example.com/rows.csv" },
      "streamSets": [ { "slug": "rows", "schemaTitles": [ "rows" ], "updateMethods": [ "BATCH_FULL_SET" ] } ]
    }
  ]
}
)")
                             .arg(slug, version, escapedReadme, properties.join(QStringLiteral(",\n")));
    return text.toUtf8();
}

inline QList<Column> threeColumns()
{
    return {{QStringLiteral("name"), QStringLiteral("string")},
            {QStringLiteral("count"), QStringLiteral("integer")},
            {QStringLiteral("share"), QStringLiteral("number")}};
}

// Operation names in the registry's request log (oldest first).
inline QStringList operationsIn(const QJsonArray& log)
{
    QStringList names;
    for (const QJsonValue& entry : log)
        names.append(entry.toObject().value(QLatin1String("operationName")).toString());
    return names;
}

inline const QStringList& publishOperations()
{
    static const QStringList names{QStringLiteral("PublishPackageState"), QStringLiteral("CreatePackage"),
                                   QStringLiteral("UpdatePackage"),       QStringLiteral("CreateVersion"),
                                   QStringLiteral("DeletePackage"),       QStringLiteral("CreateCatalog")};
    return names;
}
