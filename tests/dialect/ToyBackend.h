#pragma once

#include "registry/RegistryBackend.h"
#include "registry/parts/PackageGroups.h"
#include "registry/parts/PackageSearch.h"

#include <QList>

// A registry kind that lives only in this test (Discover's dummy-backend pattern): 120 packages in three
// "shelves", kept in memory, answered from the event loop like a network would. It offers the latest
// packages, package pages, search and one kind of package group, and nothing else.
class ToyBackend : public RegistryBackend, public PackageSearch, public PackageGroups
{
    Q_OBJECT
public:
    static constexpr int kPackageCount = 120;
    static const QStringList& shelves();

    explicit ToyBackend(const QUrl& endpoint, QObject* parent = nullptr);

    Dialect dialect() const override;
    QUrl endpoint() const override { return m_endpoint; }
    StatusJob* status() override;
    PackagePageJob* latestPackages(const PageRequest& page) override;
    PackageJob* package(const PackageId& id) override;

    PackagePageJob* searchPackages(const QString& query, const PageRequest& page) override;

    QString singularName() const override { return QStringLiteral("Shelf"); }
    QString pluralName() const override { return QStringLiteral("Shelves"); }
    GroupJob* group(const QString& slug) override;
    PackagePageJob* groupPackages(const QString& slug, const PageRequest& page) override;
    Listing listing() const override { return Listing::All; }
    GroupPageJob* listGroups(const QString& query, const PageRequest& page) override;

    // How many requests the models made of it.
    int requests() const { return m_requests; }

private:
    PackagePageJob* pageOf(const QList<Package>& rows, const PageRequest& page);
    template <typename Job, typename Value> Job* answer(Value value);
    template <typename Job> Job* notFound(const QString& what);

    QUrl m_endpoint;
    QList<Package> m_packages; // newest first
    int m_requests = 0;
};
