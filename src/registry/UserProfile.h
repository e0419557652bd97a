#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

// The public fields of a registry user (DataPM user, Wasmer user). Private fields are never shown.
struct UserProfile
{
    QString username;
    QString displayName; // first + last name where the registry has them, may be empty
    QString description;
    QString location;
    QUrl website;
    bool isAdmin = false; // only for the signed-in user (DataPM me.isAdmin)
};

Q_DECLARE_METATYPE(UserProfile)
