#pragma once

#include "registry/parts/ApiKeyManagement.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

// The API keys of the signed-in user on one registry (label, created, last used, scopes). Never holds a
// secret: listed keys have none. load() asks the backend; an answer for an older load() is dropped.
class ApiKeyListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LabelColumn, CreatedColumn, LastUsedColumn, ScopesColumn, ColumnCount };
    Q_ENUM(Column)

    enum Roles {
        IdRole = Qt::UserRole, // the registry's key id (QString, not secret)
        LabelRole,
        CreatedRole,   // QDateTime, invalid when the registry did not say
        LastUsedRole,  // QDateTime, invalid for a key never used
        ScopesRole,    // QStringList
        IsCurrentRole, // bool: the key Depot uses for this registry
    };
    Q_ENUM(Roles)

    enum class State { Idle, Loading, Loaded, Failed };
    Q_ENUM(State)

    explicit ApiKeyListModel(QObject* parent = nullptr);
    ~ApiKeyListModel() override;

    // Lists the keys through `keys` (replacing the rows when the answer arrives); null clears the list.
    void load(ApiKeyManagement* keys);
    void setKeys(const QList<ApiKey>& keys);
    void clear();
    // Marks the key Depot uses (IsCurrentRole, shown in the label column).
    void setCurrentKeyId(const QString& id);

    State state() const { return m_state; }
    const Error& lastError() const { return m_lastError; }
    ApiKey keyAt(int row) const;
    int rowOfId(const QString& id) const;
    int rowOfLabel(const QString& label) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void stateChanged(ApiKeyListModel::State state);

private:
    void setState(State state);
    void cancelInFlight();

    QList<ApiKey> m_keys;
    QString m_currentKeyId;
    State m_state = State::Idle;
    Error m_lastError;
    QPointer<ApiKeyListJob> m_job;
};
