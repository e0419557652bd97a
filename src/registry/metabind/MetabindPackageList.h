#pragma once

#include "registry/GraphQlPart.h"
#include "registry/Jobs.h"

#include <functional>

// The project's package list, newest first, paged the way the server offers: packages(cursor, limit) as in
// the real schema, or packages(page, limit) with a total as in the public docs (registries.md). Which one is
// found once, by introspection, before the first page; a server that refuses introspection gets the real
// schema's. The PageRequest cursor is the server's cursor, or a page number for number paging.
class MetabindPackageList : protected GraphQlPart
{
public:
    enum class Paging { Unknown, Cursor, Number };

    MetabindPackageList(GraphQlClient* client, QObject* jobParent);

    PackagePageJob* page(const PageRequest& request);
    // Every package holding the component or asset (`list`: "components" or "assets") named `name`, newest
    // first, in one page: the list read to its end.
    PackagePageJob* holding(const QString& list, const QString& name);
    Paging paging() const { return m_paging; }

private:
    // Which rows of an answer to keep (all when null).
    using Keep = std::function<bool(const QJsonObject& row)>;
    void fetch(PackagePageJob* job, const PageRequest& request, const Keep& keep = {});
    // page(), once the paging is known.
    void whenKnown(PackagePageJob* job, std::function<void()> then);

    Paging m_paging = Paging::Unknown;
};
