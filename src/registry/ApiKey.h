#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

// An API key as listed by a registry. The secret is never part of this value: it exists only in the
// answer that created the key and goes straight to auth/.
struct ApiKey
{
    QString id;
    QString label;
    QDateTime createdAt;
    QDateTime lastUsed;
    QStringList scopes;
};

Q_DECLARE_METATYPE(ApiKey)
