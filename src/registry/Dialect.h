#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>

// A registry kind, named by the id it registered with in the dialect table ("datapm"), which is also its
// folder under resources/graphql/ and src/registry/. Only the table and each dialect's own folder know which
// ids exist; everything else passes dialects around without looking inside.
class Dialect
{
public:
    Dialect() = default;
    explicit Dialect(const QString& id)
        : m_id(id.toLower())
    {}

    const QString& id() const { return m_id; }
    bool isValid() const { return !m_id.isEmpty(); }

    friend bool operator==(const Dialect&, const Dialect&) = default;

private:
    QString m_id;
};

inline size_t qHash(const Dialect& dialect, size_t seed = 0)
{
    return qHash(dialect.id(), seed);
}

Q_DECLARE_METATYPE(Dialect)
