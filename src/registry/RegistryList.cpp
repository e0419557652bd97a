#include "RegistryList.h"

#include "DialectTable.h"

#include <QHostAddress>
#include <QSettings>
#include <QSignalBlocker>

namespace {

const QString kArray = QStringLiteral("registries");
const QString kName = QStringLiteral("name");
const QString kUrl = QStringLiteral("url");
const QString kForced = QStringLiteral("forcedDialect");
const QString kDetected = QStringLiteral("detectedDialect");
// The local registry URL the local presets were last made for: a new one (another port) updates them,
// the same one leaves the user's edits (including removals) alone.
const QString kLocalUrl = QStringLiteral("localRegistryUrl");

QString idOrEmpty(const std::optional<Dialect>& dialect)
{
    return dialect ? dialect->id() : QString();
}

QUrl withPath(QUrl base, const QString& path)
{
    QString basePath = base.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    base.setPath(basePath + path);
    return base;
}

bool isLoopback(const QUrl& url)
{
    if (url.host().compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    return QHostAddress(url.host()).isLoopback();
}

QList<RegistryEntry> localPresets(const QUrl& localRegistryUrl)
{
    QList<RegistryEntry> list;
    if (!localRegistryUrl.isValid() || localRegistryUrl.isEmpty())
        return list;
    for (const DialectRegistration& registration : DialectTable::all()) {
        if (registration.localRegistryPath.isEmpty())
            continue;
        RegistryEntry entry;
        entry.name = RegistryList::tr("Local %1").arg(registration.displayName);
        entry.url = withPath(localRegistryUrl, registration.localRegistryPath);
        // The path tells the dialect: no introspection round trip needed.
        entry.detectedDialect = registration.dialect;
        list.append(entry);
    }
    return list;
}

// A dialect id read from the settings; nothing when no registered kind has it (a kind Depot lost).
std::optional<Dialect> knownDialect(const QString& id)
{
    return id.isEmpty() ? std::nullopt : DialectTable::fromId(id);
}

} // namespace

RegistryList::RegistryList(QObject* parent)
    : QObject(parent)
{}

int RegistryList::indexOfUrl(const QUrl& url) const
{
    const QUrl wanted = url.adjusted(QUrl::StripTrailingSlash);
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).url.adjusted(QUrl::StripTrailingSlash) == wanted)
            return int(i);
    }
    return -1;
}

void RegistryList::add(const RegistryEntry& entry)
{
    m_entries.append(entry);
    emit changed();
}

void RegistryList::replace(int index, const RegistryEntry& entry)
{
    if (index < 0 || index >= m_entries.size())
        return;
    if (m_entries.at(index) == entry)
        return;
    m_entries[index] = entry;
    emit changed();
}

void RegistryList::remove(int index)
{
    if (index < 0 || index >= m_entries.size())
        return;
    m_entries.removeAt(index);
    emit changed();
}

bool RegistryList::load(QSettings& settings, const QUrl& localRegistryUrl)
{
    m_entries.clear();
    const bool firstRun = !settings.contains(kArray + QStringLiteral("/size"));
    bool changed = firstRun;
    if (firstRun) {
        m_entries = presets(localRegistryUrl);
    } else {
        const int count = settings.beginReadArray(kArray);
        for (int i = 0; i < count; ++i) {
            settings.setArrayIndex(i);
            RegistryEntry entry;
            entry.name = settings.value(kName).toString();
            entry.url = QUrl(settings.value(kUrl).toString());
            entry.forcedDialect = knownDialect(settings.value(kForced).toString());
            entry.detectedDialect = knownDialect(settings.value(kDetected).toString());
            if (entry.url.isValid() && !entry.url.isEmpty())
                m_entries.append(entry);
        }
        settings.endArray();

        const QUrl previousLocal(settings.value(kLocalUrl).toString());
        if (localRegistryUrl.isValid() && !localRegistryUrl.isEmpty() && previousLocal != localRegistryUrl) {
            changed = true;
            // The local registry moved (another port) or is new: update its presets in place, add missing
            // ones at the top, in preset order.
            qsizetype insertAt = 0;
            for (const RegistryEntry& preset : localPresets(localRegistryUrl)) {
                qsizetype found = -1;
                for (qsizetype i = 0; i < m_entries.size() && found < 0; ++i) {
                    const RegistryEntry& entry = m_entries.at(i);
                    if (entry.name == preset.name ||
                        (isLoopback(entry.url) && entry.url.path() == preset.url.path()))
                        found = i;
                }
                if (found >= 0) {
                    m_entries[found].url = preset.url;
                    if (!m_entries[found].forcedDialect)
                        m_entries[found].detectedDialect = preset.detectedDialect;
                } else {
                    m_entries.insert(insertAt++, preset);
                }
            }
        }
    }
    // Written only when it changes: a settings file rewritten (and synced to disk) on every start cost
    // several milliseconds of each cold start (bench figure 1).
    if (localRegistryUrl.isValid() && !localRegistryUrl.isEmpty() &&
        settings.value(kLocalUrl).toString() != localRegistryUrl.toString())
        settings.setValue(kLocalUrl, localRegistryUrl.toString());
    emit this->changed();
    return changed;
}

void RegistryList::save(QSettings& settings) const
{
    // Unchanged: nothing is written (a QSettings change rewrites and syncs the whole file).
    if (settings.contains(kArray + QStringLiteral("/size"))) {
        RegistryList stored;
        QSignalBlocker quiet(&stored);
        stored.load(settings);
        if (stored.m_entries == m_entries)
            return;
    }
    settings.remove(kArray);
    // An explicit size (also 0) marks the list as saved, so an emptied list stays empty on the next run.
    settings.beginWriteArray(kArray, int(m_entries.size()));
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const RegistryEntry& entry = m_entries.at(i);
        settings.setArrayIndex(int(i));
        settings.setValue(kName, entry.name);
        settings.setValue(kUrl, entry.url.toString());
        settings.setValue(kForced, idOrEmpty(entry.forcedDialect));
        settings.setValue(kDetected, idOrEmpty(entry.detectedDialect));
    }
    settings.endArray();
}

QList<RegistryEntry> RegistryList::presets(const QUrl& localRegistryUrl)
{
    QList<RegistryEntry> list = localPresets(localRegistryUrl);
    for (const DialectRegistration& registration : DialectTable::all()) {
        for (const QUrl& url : registration.publicEndpoints) {
            RegistryEntry entry;
            // Product names; a kind with several public endpoints tells them apart by host.
            entry.name = registration.publicEndpoints.size() == 1
                             ? registration.displayName
                             : QStringLiteral("%1 (%2)").arg(registration.displayName, url.host());
            entry.url = url;
            // Known dialect: starting Depot needs no network.
            entry.detectedDialect = registration.dialect;
            list.append(entry);
        }
    }
    return list;
}
