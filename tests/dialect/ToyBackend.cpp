#include "ToyBackend.h"

#include <QTimer>

namespace {
QString toyId()
{
    return QStringLiteral("toy");
}
} // namespace

const QStringList& ToyBackend::shelves()
{
    static const QStringList names{QStringLiteral("blocks"), QStringLiteral("puzzles"),
                                   QStringLiteral("robots")};
    return names;
}

ToyBackend::ToyBackend(const QUrl& endpoint, QObject* parent)
    : RegistryBackend(parent)
    , m_endpoint(endpoint)
{
    Parts parts;
    parts.search = this;
    parts.catalogs = this;
    offer(parts);
    const QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    for (int i = kPackageCount - 1; i >= 0; --i) {
        Package package;
        package.id = {shelves().at(i % shelves().size()),
                      QStringLiteral("toy-%1").arg(i, 3, 10, QLatin1Char('0'))};
        package.displayName = QStringLiteral("Toy %1").arg(i);
        package.description = QStringLiteral("A toy from the test registry, number %1.").arg(i);
        package.latestVersion = QStringLiteral("1.%1.0").arg(i);
        package.updatedAt = start.addDays(i);
        m_packages.append(package);
    }
}

Dialect ToyBackend::dialect() const
{
    return Dialect(toyId());
}

template <typename Job, typename Value> Job* ToyBackend::answer(Value value)
{
    ++m_requests;
    auto* job = new Job(this);
    // From the event loop, as a network answer would come: the caller connects first.
    QTimer::singleShot(0, job, [job, value = std::move(value)]() mutable { job->finish(std::move(value)); });
    return job;
}

template <typename Job> Job* ToyBackend::notFound(const QString& what)
{
    ++m_requests;
    auto* job = new Job(this);
    Error error = Error::local(Error::Kind::GraphQl, Error::Reason::NotFound, QString());
    error.explanation.clear();
    error.subject = what;
    QTimer::singleShot(0, job, [job, error] { job->fail(error); });
    return job;
}

StatusJob* ToyBackend::status()
{
    return answer<StatusJob>(RegistryStatus{true, QStringLiteral("1.0"), QStringLiteral("toy")});
}

PackagePageJob* ToyBackend::pageOf(const QList<Package>& rows, const PageRequest& page)
{
    const int offset = page.cursor.isEmpty() ? 0 : page.cursor.toInt();
    PackagePage result;
    result.items = rows.mid(offset, page.limit);
    result.total = int(rows.size());
    result.hasMore = offset + page.limit < rows.size();
    if (result.hasMore)
        result.nextCursor = QString::number(offset + page.limit);
    return answer<PackagePageJob>(result);
}

PackagePageJob* ToyBackend::latestPackages(const PageRequest& page)
{
    return pageOf(m_packages, page);
}

PackagePageJob* ToyBackend::searchPackages(const QString& query, const PageRequest& page)
{
    QList<Package> found;
    for (const Package& package : m_packages) {
        if (query.isEmpty() || package.id.toString().contains(query, Qt::CaseInsensitive))
            found.append(package);
    }
    return pageOf(found, page);
}

PackageJob* ToyBackend::package(const PackageId& id)
{
    for (const Package& package : m_packages) {
        if (package.id == id) {
            Package details = package;
            details.readmeMarkdown =
                QStringLiteral("# %1\n\nPlays well with others.").arg(package.displayName);
            details.versions = {PackageVersion{
                package.latestVersion, package.updatedAt, QStringLiteral("toymaker"), {}, {}, -1, {}}};
            return answer<PackageJob>(details);
        }
    }
    return notFound<PackageJob>(id.toString());
}

GroupJob* ToyBackend::group(const QString& slug)
{
    if (!shelves().contains(slug))
        return notFound<GroupJob>(slug);
    PackageGroup shelf;
    shelf.slug = slug;
    shelf.displayName = slug.at(0).toUpper() + slug.mid(1);
    shelf.description = QStringLiteral("The %1 shelf.").arg(slug);
    return answer<GroupJob>(shelf);
}

PackagePageJob* ToyBackend::groupPackages(const QString& slug, const PageRequest& page)
{
    QList<Package> rows;
    for (const Package& package : m_packages) {
        if (package.id.scope == slug)
            rows.append(package);
    }
    return pageOf(rows, page);
}

GroupPageJob* ToyBackend::listGroups(const QString& query, const PageRequest&)
{
    Page<PackageGroup> page;
    for (const QString& slug : shelves()) {
        if (query.isEmpty() || slug.contains(query, Qt::CaseInsensitive))
            page.items.append(PackageGroup{slug, slug.at(0).toUpper() + slug.mid(1), {}, {}, true});
    }
    page.total = int(page.items.size());
    return answer<GroupPageJob>(page);
}
