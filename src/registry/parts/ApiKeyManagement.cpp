#include "ApiKeyManagement.h"

#include <QSysInfo>

QString ApiKeyManagement::proposedKeyLabel(const QUrl& endpoint)
{
    // Labels are unique per user on some registries: host + machine tells the user's keys apart.
    return QStringLiteral("depot@%1 for %2").arg(QSysInfo::machineHostName(), endpoint.host());
}
