#include "ApiKeyListModel.h"

#include <QLocale>

ApiKeyListModel::ApiKeyListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

ApiKeyListModel::~ApiKeyListModel()
{
    cancelInFlight();
}

void ApiKeyListModel::cancelInFlight()
{
    if (!m_job)
        return;
    ApiKeyListJob* job = m_job;
    m_job = nullptr;
    disconnect(job, nullptr, this, nullptr);
    if (!job->isFinished())
        job->cancel();
}

void ApiKeyListModel::load(ApiKeyManagement* keys)
{
    cancelInFlight();
    if (!keys) {
        clear();
        return;
    }
    m_lastError = {};
    setState(State::Loading);
    ApiKeyListJob* job = keys->listKeys();
    m_job = job;
    connect(job, &RegistryJob::finished, this, [this, job] {
        m_job = nullptr;
        setKeys(job->result());
    });
    connect(job, &RegistryJob::failed, this, [this](const Error& error) {
        m_job = nullptr;
        m_lastError = error;
        setState(State::Failed);
    });
}

void ApiKeyListModel::setKeys(const QList<ApiKey>& keys)
{
    beginResetModel();
    m_keys = keys;
    // Oldest first, as people remember creating them; keys without a date keep their order at the end.
    std::stable_sort(m_keys.begin(), m_keys.end(), [](const ApiKey& a, const ApiKey& b) {
        if (a.createdAt.isValid() != b.createdAt.isValid())
            return a.createdAt.isValid();
        return a.createdAt < b.createdAt;
    });
    endResetModel();
    setState(State::Loaded);
}

void ApiKeyListModel::clear()
{
    cancelInFlight();
    beginResetModel();
    m_keys.clear();
    endResetModel();
    m_lastError = {};
    setState(State::Idle);
}

void ApiKeyListModel::setCurrentKeyId(const QString& id)
{
    if (m_currentKeyId == id)
        return;
    m_currentKeyId = id;
    if (!m_keys.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ApiKeyListModel::setState(State state)
{
    if (m_state == state && state != State::Failed)
        return;
    m_state = state;
    emit stateChanged(state);
}

ApiKey ApiKeyListModel::keyAt(int row) const
{
    return row >= 0 && row < m_keys.size() ? m_keys.at(row) : ApiKey{};
}

int ApiKeyListModel::rowOfId(const QString& id) const
{
    for (int row = 0; row < m_keys.size(); ++row) {
        if (m_keys.at(row).id == id)
            return row;
    }
    return -1;
}

int ApiKeyListModel::rowOfLabel(const QString& label) const
{
    for (int row = 0; row < m_keys.size(); ++row) {
        if (m_keys.at(row).label == label)
            return row;
    }
    return -1;
}

int ApiKeyListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int ApiKeyListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApiKeyListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApiKey& key = m_keys.at(index.row());
    const bool current = !m_currentKeyId.isEmpty() && key.id == m_currentKeyId;
    switch (role) {
    case IdRole:
        return key.id;
    case LabelRole:
        return key.label;
    case CreatedRole:
        return key.createdAt;
    case LastUsedRole:
        return key.lastUsed;
    case ScopesRole:
        return key.scopes;
    case IsCurrentRole:
        return current;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case LabelColumn:
            //: API key list: the key Depot uses is marked; %1 is the key's label
            return current ? tr("%1 (used by Depot)").arg(key.label) : key.label;
        case CreatedColumn:
            return key.createdAt.isValid()
                       ? QLocale().toString(key.createdAt.toLocalTime(), QLocale::ShortFormat)
                       : tr("unknown");
        case LastUsedColumn:
            return key.lastUsed.isValid()
                       ? QLocale().toString(key.lastUsed.toLocalTime(), QLocale::ShortFormat)
                       : tr("never");
        case ScopesColumn:
            return key.scopes.join(QStringLiteral(", "));
        default:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ScopesColumn)
            return key.scopes.join(QLatin1Char('\n'));
        break;
    default:
        break;
    }
    return {};
}

QVariant ApiKeyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return tr("Label");
    case CreatedColumn:
        return tr("Created");
    case LastUsedColumn:
        return tr("Last used");
    case ScopesColumn:
        return tr("Scopes");
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> ApiKeyListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "keyId");
    names.insert(LabelRole, "label");
    names.insert(CreatedRole, "createdAt");
    names.insert(LastUsedRole, "lastUsed");
    names.insert(ScopesRole, "scopes");
    names.insert(IsCurrentRole, "isCurrent");
    return names;
}
