#pragma once

#include <QMetaType>
#include <QString>

// What a registry says about itself (DataPM registryStatus; others: reachable + dialect name).
struct RegistryStatus
{
    bool healthy = false;
    QString version; // server version, may be empty
    QString detail;  // e.g. the status string the server reported
};

Q_DECLARE_METATYPE(RegistryStatus)
