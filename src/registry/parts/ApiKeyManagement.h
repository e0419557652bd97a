#pragma once

#include "registry/Jobs.h"

#include <QUrl>

// The signed-in user's API keys (DataPM API keys, Wasmer tokens): list, create (the secret exists only in the
// answer) and revoke.
class ApiKeyManagement
{
public:
    virtual ~ApiKeyManagement() = default;
    virtual ApiKeyListJob* listKeys() = 0;
    virtual CreatedApiKeyJob* createKey(const QString& label) = 0;
    virtual DoneJob* deleteKey(const QString& keyId) = 0;

    // The label Depot proposes for a new key: machine and registry host, e.g. "depot@laptop for datapm.io".
    static QString proposedKeyLabel(const QUrl& endpoint);
};
