#pragma once

#include "RegistryEntry.h"

#include <QList>
#include <QObject>
#include <QUrl>

class QSettings;

// The user's registries, kept with QSettings (names, URLs and dialects only: never a credential).
// The first run offers the presets: the local registry (when its URL is known) and the public DataPM,
// Wasmer and Metabind endpoints.
class RegistryList : public QObject
{
    Q_OBJECT
public:
    explicit RegistryList(QObject* parent = nullptr);

    const QList<RegistryEntry>& entries() const { return m_entries; }
    int indexOfUrl(const QUrl& url) const;

    void add(const RegistryEntry& entry);
    void replace(int index, const RegistryEntry& entry);
    void remove(int index);

    // Reads the list from settings; on the first run fills it with presets(localRegistryUrl).
    // Returns true when the list now differs from the stored one (the first run's presets, or the local
    // registry's presets moved to another address), so that the caller saves it only then.
    bool load(QSettings& settings, const QUrl& localRegistryUrl = {});
    void save(QSettings& settings) const;

    // Presets: the local registry's three endpoints (if localRegistryUrl is valid, e.g.
    // http://127.0.0.1:4000) and the public endpoints from registries.md.
    static QList<RegistryEntry> presets(const QUrl& localRegistryUrl = {});

signals:
    void changed();

private:
    QList<RegistryEntry> m_entries;
};
