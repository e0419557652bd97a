#pragma once

#include "registry/RegistryEntry.h"

#include <QAbstractListModel>
#include <QPointer>

class RegistryList;

// The user's registries for the sidebar: one row per entry, its name with the registry kind under it.
// Follows the RegistryList (not owned) and resets when it changes.
class RegistryListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        NameRole = Qt::UserRole,
        UrlRole,         // QUrl
        DialectRole,     // the dialect id ("datapm"...), empty while unknown
        DialectNameRole, // "DataPM", or "Unknown kind" while not detected
        EntryRole,       // RegistryEntry
        DetailRole,      // the second line in the sidebar: "DataPM · host"
    };
    Q_ENUM(Roles)

    explicit RegistryListModel(RegistryList* list, QObject* parent = nullptr);

    RegistryList* registryList() const;
    int rowOfUrl(const QUrl& url) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString dialectText(const RegistryEntry& entry) const;
    QString detailText(const RegistryEntry& entry) const;

    QPointer<RegistryList> m_list;
};
