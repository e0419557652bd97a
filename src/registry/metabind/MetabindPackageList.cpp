#include "MetabindPackageList.h"

#include "MetabindDecoder.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

MetabindPackageList::MetabindPackageList(GraphQlClient* client, QObject* jobParent)
    : GraphQlPart(client, jobParent)
{}

namespace {

// The most rows the server gives in one page (both pagings cap there).
constexpr int kLargestPage = 100;
// A project with more versions than this many pages is not read to its end for one sidebar click.
constexpr int kMostPagesRead = 50;

// Drops from the decoded page what `keep` refuses in the raw answer; the paging stays the answer's.
std::optional<PackagePage> kept(std::optional<PackagePage> page, const QJsonObject& data,
                                const std::function<bool(const QJsonObject&)>& keep)
{
    if (!page || !keep)
        return page;
    QSet<QString> versions;
    const QJsonArray rows =
        data.value(QStringLiteral("packages")).toObject().value(QStringLiteral("data")).toArray();
    for (const QJsonValue& row : rows) {
        if (keep(row.toObject()))
            versions.insert(row.toObject().value(QStringLiteral("version")).toString());
    }
    page->items.removeIf([&versions](const Package& package) { return !versions.contains(package.id.name); });
    return page;
}

} // namespace

void MetabindPackageList::whenKnown(PackagePageJob* job, std::function<void()> then)
{
    if (m_paging != Paging::Unknown) {
        then();
        return;
    }
    GraphQlJob* arguments = m_client->run(QStringLiteral("PackagesArguments"));
    QObject::connect(job, &RegistryJob::cancelRequested, arguments, &GraphQlJob::cancel);
    QObject::connect(arguments, &GraphQlJob::finished, job, [this, job, then](const QJsonObject& data) {
        if (job->isFinished())
            return; // cancelled meanwhile
        if (m_paging == Paging::Unknown)
            m_paging = MetabindDecoder::pagesByNumber(data) ? Paging::Number : Paging::Cursor;
        then();
    });
    // No introspection (a server may refuse it): the real schema's paging, and its errors if it is not that.
    QObject::connect(arguments, &GraphQlJob::failed, job, [this, job, then] {
        if (job->isFinished())
            return;
        if (m_paging == Paging::Unknown)
            m_paging = Paging::Cursor;
        then();
    });
}

PackagePageJob* MetabindPackageList::page(const PageRequest& request)
{
    auto* job = new PackagePageJob(m_jobParent);
    whenKnown(job, [this, job, request] { fetch(job, request); });
    return job;
}

PackagePageJob* MetabindPackageList::holding(const QString& list, const QString& name)
{
    auto* job = new PackagePageJob(m_jobParent);
    const Keep keep = [list, name](const QJsonObject& row) {
        for (const QJsonValue& part : row.value(list).toArray()) {
            if (part.toObject().value(QStringLiteral("name")).toString() == name)
                return true;
        }
        return false;
    };
    auto found = std::make_shared<PackagePage>();
    auto pages = std::make_shared<int>(0);
    // One page after the other, each a job of its own that ends in `job`.
    auto next = std::make_shared<std::function<void(const QString&)>>();
    *next = [this, job, keep, found, pages, weakNext = std::weak_ptr(next)](const QString& cursor) {
        auto* step = new PackagePageJob(job);
        QObject::connect(job, &RegistryJob::cancelRequested, step, &RegistryJob::cancel);
        QObject::connect(step, &RegistryJob::failed, job, [job](const Error& error) { job->fail(error); });
        QObject::connect(step, &RegistryJob::finished, job, [job, step, found, pages, weakNext] {
            const PackagePage& page = step->result();
            found->items.append(page.items);
            const auto again = weakNext.lock();
            if (page.hasMore && ++*pages < kMostPagesRead && again)
                (*again)(page.nextCursor);
            else
                job->finish(*found);
        });
        fetch(step, PageRequest{cursor, kLargestPage}, keep);
    };
    // The job keeps the steps alive as long as it runs.
    QObject::connect(job, &QObject::destroyed, [next] { Q_UNUSED(next) });
    whenKnown(job, [next] { (*next)(QString()); });
    return job;
}

void MetabindPackageList::fetch(PackagePageJob* job, const PageRequest& request, const Keep& keep)
{
    const int limit = request.limit > 0 ? request.limit : kDefaultPageSize;
    QJsonObject variables{{QStringLiteral("limit"), limit}};
    if (m_paging == Paging::Number) {
        bool isNumber = false;
        const int number = request.cursor.toInt(&isNumber);
        variables.insert(QStringLiteral("page"), isNumber && number > 0 ? number : 1);
        JobSupport::bind(m_client->runFrom(QStringLiteral("metabind-docs"), QStringLiteral("PackagesByPage"),
                                           variables, m_client->defaultOptions()),
                         job, [keep](const QJsonObject& data, QString* whyNot) {
                             return kept(MetabindDecoder::packageNumberPage(data, whyNot), data, keep);
                         });
        return;
    }
    if (!request.cursor.isEmpty())
        variables.insert(QStringLiteral("cursor"), request.cursor);
    JobSupport::bind(m_client->run(QStringLiteral("Packages"), variables), job,
                     [keep](const QJsonObject& data, QString* whyNot) {
                         return kept(MetabindDecoder::packagePage(data, whyNot), data, keep);
                     });
}
